import { existsSync, readFileSync } from "node:fs";
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
 * A shipped model file's JSON (the tagger's weights, the gazetteer, the word clusters): the one place the package's
 * JSON models are read (the packs built from them are read by model-pack.ts). Not input: src/corpus reads that.
 */
export function readModelJson<T>(file: string): T {
  return JSON.parse(readFileSync(modelPath(file), "utf8")) as T;
}
