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

/**
 * How textLines reads lines. The defaults are a records file's (JSON Lines): only "\n" ends a line ("\r\n" too, its
 * "\r" dropped), a BOM is dropped, a line longer than MAX_LINE_CHARS is skipped. `merge` reads its inputs as Node's
 * readline did before it read them here (file-lines.ts), and keeps that: a lone "\r" ends a line too, a BOM stays
 * in the first line's text (a merge input starting with one is "not JSON"), no line is too long.
 */
export interface LineRules {
  loneCr?: boolean;
  keepBom?: boolean;
  maxChars?: number;
}

/**
 * UTF-8 lines, numbered from 1, one at a time. A line is assembled from its chunks' pieces only once its end is
 * seen, so a line spanning many chunks costs its length, not its length times its chunks.
 */
export async function* textLines(chunks: AsyncIterable<Buffer>, rules: LineRules = {}): AsyncGenerator<Line> {
  const { loneCr = false, keepBom = false, maxChars = MAX_LINE_CHARS } = rules;
  const decoder = new TextDecoder("utf-8", { ignoreBOM: keepBom });
  /** The pieces of the line under way, and their length. */
  let head: string[] = [];
  let headChars = 0;
  let number = 0;
  let skipping = false;
  /** A lone-"\r" reading ended the last piece with "\r": a "\n" opening the next belongs to that line's end. */
  let afterCr = false;
  const finish = (text: string): Line => {
    number += 1;
    head = [];
    headChars = 0;
    if (skipping) {
      skipping = false;
      return { number, tooLong: true };
    }
    return { number, text: !loneCr && text.endsWith("\r") ? text.slice(0, -1) : text };
  };
  const nextBreak = (text: string, from: number): number => {
    const lf = text.indexOf("\n", from);
    if (!loneCr) return lf;
    const cr = text.indexOf("\r", from);
    return cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
  };
  function* linesOf(text: string): Generator<Line> {
    if (text.length === 0) return;
    let start = afterCr && text[0] === "\n" ? 1 : 0;
    afterCr = false;
    for (let end = nextBreak(text, start); end >= 0; end = nextBreak(text, start)) {
      const piece = text.slice(start, end);
      yield finish(head.length > 0 ? head.join("") + piece : piece);
      start = end + 1;
      if (text[end] === "\r") {
        if (start === text.length) afterCr = true;
        else if (text[start] === "\n") start += 1;
      }
    }
    if (start < text.length) {
      head.push(text.slice(start));
      headChars += text.length - start;
      if (headChars > maxChars) {
        skipping = true;
        head = [];
        headChars = 0;
      }
    }
  }
  for await (const chunk of chunks) yield* linesOf(decoder.decode(chunk, { stream: true }));
  yield* linesOf(decoder.decode());
  if (head.length > 0 || skipping) yield finish(head.join(""));
}
