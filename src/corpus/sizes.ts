/**
 * How big a list of input files is, for the pool decision (src/pipeline/pool-decision.ts): their bytes on
 * disk, and an even sample of them. Here because only src/corpus touches files.
 */
import { statSync } from "node:fs";
import { stat } from "node:fs/promises";
import type { FileSeq } from "./file-list.js";
import type { InputFile } from "./inputs.js";

/** Files whose sizes are summed exactly; above, the sum is estimated from this many spread evenly. */
const SIZE_SAMPLE = 256;

const sizeOf = (file: InputFile): Promise<number> =>
  file.path === "-"
    ? Promise.resolve(0)
    : stat(file.path).then(
        (s) => s.size,
        () => 0,
      );

/**
 * The corpus's size in bytes (stdin counts as small): summed for a few files, estimated from an even sample
 * for many (stating all 19,779 bench files took 140-190 ms of CPU; a threshold needs no exact sum).
 */
export async function corpusBytes(files: FileSeq): Promise<number> {
  const sample = evenSample(files, SIZE_SAMPLE);
  const sizes = await Promise.all(sample.map(sizeOf));
  const sum = sizes.reduce((total, size) => total + size, 0);
  return files.length <= SIZE_SAMPLE ? sum : (sum * files.length) / SIZE_SAMPLE;
}

/** `count` of the files spread evenly (the middle of each of `count` equal stretches); all when fewer. */
export function evenSample(files: FileSeq, count: number): InputFile[] {
  if (files.length <= count) return Array.from({ length: files.length }, (_, i) => files.at(i) as InputFile);
  const step = files.length / count;
  return Array.from({ length: count }, (_, i) => files.at(Math.floor(i * step + step / 2)) as InputFile);
}

/**
 * Whether the first of `files` (at most `most` of them) hold at least `enough` bytes, stated at once (stdin and a
 * file that cannot be stated count as 0): for a records file, whose size alone tells the work, before the first
 * record's decision (two-stages.ts startStagesEarly).
 */
export function holdsBytesSync(files: FileSeq, enough: number, most: number): boolean {
  let sum = 0;
  for (let i = 0; i < Math.min(files.length, most) && sum < enough; i++) {
    const file = files.at(i) as InputFile;
    if (file.path === "-") continue;
    try {
      sum += statSync(file.path, { throwIfNoEntry: false })?.size ?? 0;
    } catch {
      // Unreadable: the read reports it; here it counts as empty.
    }
  }
  return sum >= enough;
}
