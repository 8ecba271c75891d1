import { existsSync } from "node:fs";
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
