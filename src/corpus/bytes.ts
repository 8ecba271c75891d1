import { createReadStream } from "node:fs";
import { pipeline, Readable } from "node:stream";
import { createGunzip } from "node:zlib";

/** gzip's magic number: compressed input is recognized by its content, so stdin may be gzipped too. */
export const isGzipData = (head: Uint8Array): boolean => head[0] === 0x1f && head[1] === 0x8b;

/**
 * The bytes of a file ("-": stdin) as a stream of chunks, gunzipped on the fly when the data is gzip:
 * nothing is read ahead of what the consumer pulls (async iteration carries the back-pressure), so a
 * multi-gigabyte .jsonl.gz is read in flat memory.
 */
export async function* fileChunks(filePath: string): AsyncGenerator<Buffer> {
  const raw: Readable =
    filePath === "-" ? process.stdin : createReadStream(filePath, { highWaterMark: 1 << 16 });
  const chunks = raw[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const first = await chunks.next();
  if (first.done) return;
  const head = first.value;
  async function* all(): AsyncGenerator<Buffer> {
    yield head;
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
  }
  if (!isGzipData(head)) {
    yield* all();
    return;
  }
  const gunzip = createGunzip();
  // Errors surface through the iteration of gunzip (pipeline destroys it with the source's error).
  pipeline(Readable.from(all()), gunzip, () => {});
  yield* gunzip as AsyncIterable<Buffer>;
}

/** Longest line a record may take (characters): a longer one is skipped, not held in memory whole. */
export const MAX_LINE_CHARS = 64 * 1024 * 1024;

export type Line = { number: number; text: string } | { number: number; tooLong: true };

/** UTF-8 lines (a BOM dropped, "\r\n" ends handled), numbered from 1, one at a time. */
export async function* textLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<Line> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: false });
  let pending = "";
  let number = 0;
  let skipping = false;
  const finish = (text: string): Line => {
    number += 1;
    if (skipping) {
      skipping = false;
      return { number, tooLong: true };
    }
    return { number, text: text.endsWith("\r") ? text.slice(0, -1) : text };
  };
  for await (const chunk of chunks) {
    pending += decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let end = pending.indexOf("\n"); end >= 0; end = pending.indexOf("\n", start)) {
      yield finish(pending.slice(start, end));
      start = end + 1;
    }
    pending = pending.slice(start);
    if (pending.length > MAX_LINE_CHARS) {
      skipping = true;
      pending = "";
    }
  }
  pending += decoder.decode();
  if (pending.length > 0 || skipping) yield finish(pending);
}
