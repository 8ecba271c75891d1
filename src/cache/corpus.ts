/**
 * Corpus-level results: a command's whole output over a corpus, stored under a key that names the command
 * line, the code and every file's identity (cli/memo.ts makes the key; this file only keeps the rows). A
 * small output is kept in its row; a bigger one in a file beside the database, which the row names with its
 * length (cache/output-files.ts).
 */
import type { Db } from "./database.js";
import { inlineOutput, OUTPUT_FILES_BUDGET, openOutputFile, type StoredOutput } from "./output-files.js";
import { cleanOutputFiles, ORPHAN_AGE_MS, removeOutputFiles } from "./output-folder.js";

/** A command's output as recorded: text kept in the row, a finished output file, or none kept. */
export type RecordedOutput = string | { file: string; bytes: number } | null;

export interface CorpusResult<Output = RecordedOutput> {
  /**
   * What the command printed, exactly; null when it was not kept (too big, or its file is gone or damaged):
   * a command that prints stored records (annotate) then prints them, any other runs.
   */
  output: Output;
  /** What it warned about on stderr, in order (the documents' diagnostics included). */
  warnings: string[];
  /** Its exit code. */
  exit: number;
  /** As read: whether the row named an output file that is missing or damaged (kept again if printed). */
  lost?: boolean;
}

/**
 * The result stored under `key`, its output opened to be copied (close it if not copied); undefined when
 * there is none, or its row is damaged (a miss).
 */
export function getCorpusResult(
  db: Db,
  directory: string,
  key: string,
): CorpusResult<StoredOutput | null> | undefined {
  // As bytes: decoding a big output into a string and encoding it again to print it costs CPU for nothing.
  const row = db
    .prepare("SELECT CAST(output AS BLOB), file, bytes, warnings, exit FROM corpus_results WHERE key = ?")
    .raw()
    .get(key) as [Uint8Array | null, string | null, number | null, string, number] | undefined;
  if (row === undefined) return undefined;
  const [inline, file, bytes, warningsJson, exit] = row;
  let warnings: unknown;
  try {
    warnings = JSON.parse(warningsJson);
  } catch {
    return undefined;
  }
  if (!Array.isArray(warnings) || !warnings.every((w) => typeof w === "string")) return undefined;
  const output =
    file !== null && bytes !== null
      ? (openOutputFile(directory, file, bytes, key) ?? null)
      : inline !== null
        ? inlineOutput(inline)
        : null;
  return { output, warnings, exit, lost: file !== null && output === null };
}

/**
 * Stores a result, and deletes the older results of its scope (the same command line), never read again,
 * with their output files; then keeps the output files within their budget, oldest out first.
 */
export function putCorpusResult(
  db: Db,
  directory: string,
  key: string,
  scope: string,
  code: string,
  result: CorpusResult,
  budget = OUTPUT_FILES_BUDGET,
): void {
  const { output } = result;
  const inline = typeof output === "string" ? output : null;
  const file = output !== null && typeof output === "object" ? output : null;
  const replaced = db
    .transaction(() => {
      const files = db
        .prepare("SELECT file FROM corpus_results WHERE scope = ? AND key != ? AND file IS NOT NULL")
        .pluck()
        .all(scope, key) as string[];
      db.prepare("DELETE FROM corpus_results WHERE scope = ? AND key != ?").run(scope, key);
      db.prepare(
        `INSERT OR REPLACE INTO corpus_results (key, scope, code, output, file, bytes, warnings, exit, created)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        key,
        scope,
        code,
        inline,
        file?.file ?? null,
        file?.bytes ?? null,
        JSON.stringify(result.warnings),
        result.exit,
        Date.now(),
      );
      return files.filter((f) => f !== file?.file);
    })
    .immediate();
  removeOutputFiles(directory, replaced);
  if (file) keepWithinBudget(db, directory, budget);
}

/** Deletes the oldest results kept in files beyond OUTPUT_FILES_BUDGET, and files no row names. */
function keepWithinBudget(db: Db, directory: string, budget: number): void {
  const over = db
    .transaction(() => {
      const rows = db
        .prepare(
          "SELECT key, file, bytes FROM corpus_results WHERE file IS NOT NULL ORDER BY created DESC, rowid DESC",
        )
        .raw()
        .all() as [string, string, number][];
      let total = 0;
      const dropped: string[] = [];
      const remove = db.prepare("DELETE FROM corpus_results WHERE key = ?");
      for (const [key, file, bytes] of rows) {
        total += bytes;
        if (total <= budget) continue;
        remove.run(key);
        dropped.push(file);
      }
      return dropped;
    })
    .immediate();
  removeOutputFiles(directory, over);
  cleanOutputFiles(directory, referencedFiles(db), ORPHAN_AGE_MS);
}

/** The output files the rows name. */
export function referencedFiles(db: Db): Set<string> {
  return new Set(
    db.prepare("SELECT file FROM corpus_results WHERE file IS NOT NULL").pluck().all() as string[],
  );
}
