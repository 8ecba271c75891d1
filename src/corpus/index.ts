import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export { DEFAULT_EXTENSIONS, InputError, type InputFile, listInputs } from "./inputs.js";
export { type FileIdentity, fileIdentity, makeDocument, readDocument } from "./read.js";

/** The sample corpus shipped inside the package. */
export const BUNDLED_SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

/** With no PATH: ./seeds when the working directory has one, else the bundled sample corpus. */
export function defaultInputs(): { inputs: string[]; source: string } {
  if (existsSync("seeds")) return { inputs: ["seeds"], source: "./seeds in the working directory" };
  return { inputs: [BUNDLED_SEEDS], source: `the bundled sample corpus (${BUNDLED_SEEDS})` };
}
