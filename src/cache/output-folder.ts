/**
 * The housekeeping of the output files (cache/output-files.ts) as a folder: removing the ones a row no longer
 * names, cleaning orphans and stale temporary files, and their bytes for `cache info`.
 */
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { OUTPUTS_DIR } from "./output-files.js";

/**
 * Output files no row names are removed once this old, by a run's own cleaning (cache/corpus.ts) and by `cache
 * clear --stale` (cache/admin.ts): a younger one may be another run's, not yet recorded.
 */
export const ORPHAN_AGE_MS = 60_000;
/** Temporary files of a run killed before it could remove them are removed after this long. */
const STALE_TEMP_MS = 60 * 60 * 1000;

/** Removes output files, ignoring those already gone (another run's maintenance). */
export function removeOutputFiles(cacheDirectory: string, files: Iterable<string>): void {
  for (const file of files) rmSync(path.join(cacheDirectory, OUTPUTS_DIR, file), { force: true });
}

/** The outputs folder and the names in it (none when it does not exist or cannot be read). */
function outputFolder(cacheDirectory: string): { directory: string; names: string[] } {
  const directory = path.join(cacheDirectory, OUTPUTS_DIR);
  try {
    return { directory, names: readdirSync(directory) };
  } catch {
    return { directory, names: [] };
  }
}

/**
 * Removes the output files no row names (`referenced`) last changed over `minAgeMs` ago, and temporary files
 * over an hour old: what a run killed between writing a file and recording it, or a cleared or replaced
 * row, left behind. A file younger than that may be another run's, about to be recorded (removing it
 * anyway would only make that run's result a miss). Returns the bytes of the files kept.
 */
export function cleanOutputFiles(
  cacheDirectory: string,
  referenced: ReadonlySet<string>,
  minAgeMs: number,
): number {
  const { directory, names } = outputFolder(cacheDirectory);
  const now = Date.now();
  let kept = 0;
  for (const name of names) {
    const file = path.join(directory, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat?.isFile()) continue;
    const age = now - stat.mtimeMs;
    const orphan = name.endsWith(".tmp")
      ? age > Math.max(minAgeMs, STALE_TEMP_MS)
      : !referenced.has(name) && age > minAgeMs;
    if (orphan) rmSync(file, { force: true });
    else kept += stat.size;
  }
  return kept;
}

/** The bytes of every file in the outputs folder (what `cache info` shows beside the database's size). */
export function outputFilesBytes(cacheDirectory: string): number {
  const { directory, names } = outputFolder(cacheDirectory);
  return names.reduce(
    (sum, name) => sum + (statSync(path.join(directory, name), { throwIfNoEntry: false })?.size ?? 0),
    0,
  );
}
