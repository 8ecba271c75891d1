import { fileChunks, type Line, textLines } from "./bytes.js";

/** A line of an input file, numbered from 1 for messages. */
export interface FileLine {
  text: string;
  number: number;
}

/**
 * The non-blank lines of a file, read as a stream (a shard's output, which `merge` reads, is never held whole in
 * memory); a gzip-compressed file (by its magic bytes, whatever its name) is decompressed on the way. Read as
 * readline read them (bytes.ts LineRules: a lone "\r" ends a line, a BOM is kept, no line is too long). `name` is
 * the file in messages; a reading that fails (a missing file, a damaged gzip stream) throws `fail(message)`.
 */
export async function* readFileLines(
  file: string,
  name: string,
  fail: (message: string) => Error,
): AsyncGenerator<FileLine> {
  const lines = textLines(fileChunks(file), {
    loneCr: true,
    keepBom: true,
    maxChars: Number.POSITIVE_INFINITY,
  });
  try {
    for (;;) {
      let next: IteratorResult<Line>;
      try {
        next = await lines.next();
      } catch (error) {
        throw fail(`${name}: ${(error as Error).message}`);
      }
      if (next.done) return;
      const line = next.value;
      if ("text" in line && line.text.trim().length > 0) yield { text: line.text, number: line.number };
    }
  } finally {
    await lines.return(undefined);
  }
}
