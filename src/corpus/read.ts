import { readFile, stat } from "node:fs/promises";
import type { Document } from "../types.js";
import { decodeText } from "./decode.js";
import { parseHeader } from "./header.js";
import type { InputFile } from "./inputs.js";

/** Files larger than this are skipped with a warning: no news article is 256 MB. */
export const MAX_FILE_BYTES = 256 * 1024 * 1024;

export type ReadResult = { ok: true; doc: Document; warning?: string } | { ok: false; warning: string };

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Builds a Document from text already decoded (also used by tests and the evaluation scripts). */
export function makeDocument(
  id: string,
  filePath: string,
  text: string,
  encoding: Document["encoding"] = "utf-8",
): Document {
  const header = parseHeader(text);
  return {
    id,
    path: filePath,
    text,
    date: header.date,
    headers: header.headers,
    bodyStart: header.bodyStart,
    encoding,
  };
}

/** Reads one input; a problem with the file is a warning, never an exception. */
export async function readDocument(file: InputFile): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    if (file.path === "-") {
      bytes = await readStdin();
    } else {
      const info = await stat(file.path);
      if (info.size > MAX_FILE_BYTES)
        return { ok: false, warning: `${file.path}: larger than 256 MB, skipped` };
      bytes = await readFile(file.path);
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return { ok: false, warning: `${file.path}: cannot read (${code}), skipped` };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, warning: `${file.path}: ${decoded.reason}, skipped` };
  const doc = makeDocument(file.id, file.path, decoded.text, decoded.encoding);
  return decoded.encoding === "utf-8"
    ? { ok: true, doc }
    : { ok: true, doc, warning: `${file.path}: not valid UTF-8, decoded as Windows-1252` };
}
