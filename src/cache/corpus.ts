/**
 * Corpus-level results: a command's whole output over a corpus, stored under a key that names the command
 * line, the code and every file's identity (cli/memo.ts makes the key; this file only keeps the rows).
 */
import type { Db } from "./database.js";

export interface CorpusResult<Output = string> {
  /** What the command printed, exactly (read back as its UTF-8 bytes: printed without decoding). */
  output: Output;
  /** What it warned about on stderr, in order (the documents' diagnostics included). */
  warnings: string[];
  /** Its exit code. */
  exit: number;
}

/** The result stored under `key`; undefined when there is none, or it is damaged (a miss). */
export function getCorpusResult(db: Db, key: string): CorpusResult<Uint8Array> | undefined {
  // As bytes: decoding 43 MB of annotate's output into a string and encoding it again to print it took
  // 0.1 s of CPU.
  const row = db
    .prepare("SELECT CAST(output AS BLOB), warnings, exit FROM corpus_results WHERE key = ?")
    .raw()
    .get(key) as [Uint8Array | null, string, number] | undefined;
  if (row === undefined) return undefined;
  try {
    const warnings: unknown = JSON.parse(row[1]);
    if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === "string")) return undefined;
    return { output: row[0] ?? new Uint8Array(0), warnings, exit: row[2] };
  } catch {
    return undefined;
  }
}

/** Stores a result, and deletes the older results of its scope (the same command line), never read again. */
export function putCorpusResult(
  db: Db,
  key: string,
  scope: string,
  code: string,
  result: CorpusResult,
): void {
  db.transaction(() => {
    db.prepare("DELETE FROM corpus_results WHERE scope = ? AND key != ?").run(scope, key);
    db.prepare(
      `INSERT OR REPLACE INTO corpus_results (key, scope, code, output, warnings, exit, created)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(key, scope, code, result.output, JSON.stringify(result.warnings), result.exit, Date.now());
  }).immediate();
}
