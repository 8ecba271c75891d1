import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** A line of an input file, numbered from 1 for messages. */
export interface Line {
  text: string;
  number: number;
}

/** Lines of a file ("-": stdin), read as a stream: a shard's output is never held whole in memory. */
export async function* readLines(file: string): AsyncGenerator<Line> {
  const input = file === "-" ? process.stdin : createReadStream(file, { encoding: "utf8" });
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const text of lines) {
    number += 1;
    if (text.trim().length > 0) yield { text, number };
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
