import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Document } from "../types.js";
import { type InputFile, listInputs } from "./inputs.js";
import { readDocument } from "./read.js";

export { DEFAULT_EXTENSIONS, InputError, type InputFile, listInputs } from "./inputs.js";
export { type FileIdentity, fileIdentity, makeDocument, readDocument } from "./read.js";

/** The sample corpus shipped inside the package. */
export const BUNDLED_SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

/** With no PATH: ./seeds when the working directory has one, else the bundled sample corpus. */
export function defaultInputs(): { inputs: string[]; source: string } {
  if (existsSync("seeds")) return { inputs: ["seeds"], source: "./seeds in the working directory" };
  return { inputs: [BUNDLED_SEEDS], source: `the bundled sample corpus (${BUNDLED_SEEDS})` };
}

export interface CorpusHandlers {
  warn(message: string): void;
}

/** Reads the files one at a time, in order: memory holds one document at a time. */
export async function* readCorpus(
  files: readonly InputFile[],
  handlers: CorpusHandlers,
): AsyncGenerator<Document> {
  for (const file of files) {
    const result = await readDocument(file);
    if (result.warning) handlers.warn(result.warning);
    if (result.ok) yield result.doc;
  }
}

export async function openCorpus(
  inputs: readonly string[],
  extensions: readonly string[],
  handlers: CorpusHandlers,
): Promise<{ files: InputFile[]; documents: AsyncGenerator<Document> }> {
  const { files, warnings } = await listInputs(inputs, { extensions });
  for (const w of warnings) handlers.warn(`${w.path}: ${w.message}`);
  return { files, documents: readCorpus(files, handlers) };
}
