import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The package's `models/` directory holds files that are data, not code. It sits at the package root:
 * three levels above this file when run from `src/` with tsx, four above it when built into `dist/src/...`.
 */
let modelsDir: string | null = null;

export function modelPath(file: string): string {
  if (modelsDir === null) {
    let dir = dirname(fileURLToPath(import.meta.url));
    for (let up = 0; up < 6 && !existsSync(join(dir, "models", "ner-gazetteer.json")); up++)
      dir = dirname(dir);
    modelsDir = join(dir, "models");
  }
  return join(modelsDir, file);
}

/**
 * A shipped model file's JSON (the tagger's weights, the gazetteer, the word clusters). This module is the one place
 * the package's model files are read: their JSON here, their packs' bytes and stamps below (for model-pack.ts). Not
 * input: src/corpus reads that.
 */
export function readModelJson<T>(file: string): T {
  return JSON.parse(readFileSync(modelPath(file), "utf8")) as T;
}

/** A model file's bytes (a pack, or a pack's source to hash) at `path`; throws when it cannot be read. */
export const readModelBytes = (path: string): Buffer => readFileSync(path);

/** A model file's size and modification time ("missing" when absent): what tells a pack its source changed. */
export function modelFileStamp(path: string): string {
  const stat = statSync(path, { throwIfNoEntry: false });
  return stat === undefined ? "missing" : `${stat.size}:${stat.mtimeMs}`;
}
