import { type FileLine, readFileLines } from "../corpus/file-lines.js";

/** A line of an input file, numbered from 1 for messages. */
export type Line = FileLine;

/**
 * Lines of a merge input, read by src/corpus (the only code that reads input files) as a stream; a failure of
 * the reading is a MergeError naming the file. `name` is the file in messages.
 */
export function readLines(file: string, name = file): AsyncGenerator<Line> {
  return readFileLines(file, name, (message) => new MergeError(message));
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
