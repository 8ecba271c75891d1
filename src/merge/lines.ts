import { closeSync, createReadStream, openSync, readSync } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** A line of an input file, numbered from 1 for messages. */
export interface Line {
  text: string;
  number: number;
}

/**
 * Lines of a file, read as a stream (a shard's output is never held whole in memory); a gzip-compressed
 * file (by its magic bytes, whatever its name) is decompressed on the way. `name` is the file in messages.
 */
export async function* readLines(file: string, name = file): AsyncGenerator<Line> {
  const raw = createReadStream(file);
  const input: Readable = isGzip(file) ? raw.pipe(createGunzip()) : raw;
  // A damaged gzip stream fails the reading, with the file's name (pipe does not forward errors).
  const failure = new Promise<never>((_, reject) => {
    input.once("error", (error) => reject(new MergeError(`${name}: ${error.message}`)));
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
    return readSync(fd, head, 0, 2, 0) === 2 && head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    closeSync(fd);
  }
}

/** A merge input that cannot be merged: the CLI prints the message and exits 2. */
export class MergeError extends Error {}

export function parseLine(file: string, line: Line): unknown {
  try {
    return JSON.parse(line.text);
  } catch {
    throw new MergeError(`${file}:${line.number}: not JSON`);
  }
}
