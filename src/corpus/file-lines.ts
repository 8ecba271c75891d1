import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";
import { isGzipData } from "./bytes.js";

/** A line of an input file, numbered from 1 for messages. */
export interface FileLine {
  text: string;
  number: number;
}

/**
 * The non-blank lines of a file, read as a stream (a shard's output, which `merge` reads, is never held whole in
 * memory); a gzip-compressed file (by its magic bytes, whatever its name) is decompressed on the way. `name` is the
 * file in messages; a reading that fails (a damaged gzip stream) throws `fail(message)`.
 */
export async function* readFileLines(
  file: string,
  name: string,
  fail: (message: string) => Error,
): AsyncGenerator<FileLine> {
  const raw = createReadStream(file);
  const input: Readable = isGzip(file) ? raw.pipe(createGunzip()) : raw;
  // A damaged gzip stream fails the reading, with the file's name (pipe does not forward errors).
  const failure = new Promise<never>((_, reject) => {
    input.once("error", (error) => reject(fail(`${name}: ${error.message}`)));
  });
  failure.catch(() => {});
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })[Symbol.asyncIterator]();
  let number = 0;
  for (;;) {
    const next = await Promise.race([lines.next(), failure]);
    if (next.done) return;
    number += 1;
    if (next.value.trim().length > 0) yield { text: next.value, number };
  }
}

function isGzip(file: string): boolean {
  const head = Buffer.alloc(2);
  const fd = openSync(file, "r");
  try {
    return readSync(fd, head, 0, 2, 0) === 2 && isGzipData(head);
  } finally {
    closeSync(fd);
  }
}
