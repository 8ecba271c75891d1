/** A merge's standard input kept in a file (commands/merge.ts reads every input twice: checked, then merged). */
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pipeline } from "node:stream/promises";

/** Standard input in a temporary file (removed at exit), so that it can be read twice. */
export async function spoolStdin(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-merge-"));
  process.once("exit", () => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, "stdin");
  await pipeline(process.stdin, createWriteStream(file));
  return file;
}
