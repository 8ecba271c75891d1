/** `corpus-cli cache info|clear`: the cache file seen from outside a run. */
import { existsSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { referencedFiles } from "./corpus.js";
import { CACHE_FILE, type Db, isCorruption, moveAside, openDatabase, sidecars } from "./database.js";
import { OUTPUT_FILES_BUDGET, OUTPUTS_DIR } from "./output-files.js";
import { cleanOutputFiles, ORPHAN_AGE_MS, outputFilesBytes } from "./output-folder.js";

export interface CacheInfo {
  file: string;
  /** The database's bytes, with its WAL. */
  bytes: number;
  /** The bytes of the output files beside it (cache/output-files.ts: kept within OUTPUT_FILES_BUDGET). */
  outputBytes: number;
  /** What the output files may take together (OUTPUT_FILES_BUDGET). */
  outputBudget: number;
  entries: number;
  current: number;
  variants: number;
  /** Files in the file index (see getByIdentity), any version. */
  files: number;
  /** Commands' whole outputs over a corpus (cache/corpus.ts), one per command line. */
  corpusResults: number;
}

/** Size and contents of the cache at `directory`, for `corpus-cli cache info`. */
export function cacheInfo(directory: string, variant: string): CacheInfo | null {
  const file = path.join(directory, CACHE_FILE);
  if (!existsSync(file)) return null;
  const bytes = sidecars(file).reduce((sum, f) => sum + (existsSync(f) ? statSync(f).size : 0), 0);
  const db = openDatabase(file);
  try {
    const count = (sql: string, ...args: string[]) => (db.prepare(sql).get(...args) as { n: number }).n;
    return {
      file,
      bytes,
      entries: count("SELECT count(*) AS n FROM results"),
      current: count("SELECT count(*) AS n FROM results WHERE variant = ?", variant),
      variants: count("SELECT count(DISTINCT variant) AS n FROM results"),
      files: count("SELECT count(*) AS n FROM files"),
      corpusResults: count("SELECT count(*) AS n FROM corpus_results"),
      outputBytes: outputFilesBytes(directory),
      outputBudget: OUTPUT_FILES_BUDGET,
    };
  } finally {
    db.close();
  }
}

/**
 * Deletes entries (all, or only those another version of the pipeline wrote, and the corpus-level results
 * of another version of the program) and returns how many per-document entries went.
 */
export function clearCache(directory: string, variant: string, program: string, staleOnly: boolean): number {
  const file = path.join(directory, CACHE_FILE);
  if (!existsSync(file)) return 0;
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (error) {
    if (!isCorruption(error)) throw error;
    moveAside(file);
    if (!staleOnly) rmSync(path.join(directory, OUTPUTS_DIR), { recursive: true, force: true });
    return 0;
  }
  try {
    const { changes } = staleOnly
      ? db.prepare("DELETE FROM results WHERE variant != ?").run(variant)
      : db.prepare("DELETE FROM results").run();
    if (staleOnly) {
      db.prepare("DELETE FROM files WHERE variant != ?").run(variant);
      db.prepare("DELETE FROM corpus_results WHERE code != ?").run(program);
      db.prepare("DELETE FROM corpus_parts WHERE code != ?").run(program);
    } else {
      db.prepare("DELETE FROM files").run();
      db.prepare("DELETE FROM corpus_results").run();
      db.prepare("DELETE FROM corpus_parts").run();
    }
    // Deleting in a transaction is safe beside a running annotate; VACUUM gives the space back. A run that
    // records an output meanwhile may lose its file: its next run then misses, never prints another's.
    cleanOutputFiles(directory, referencedFiles(db), staleOnly ? ORPHAN_AGE_MS : 0);
    db.exec("VACUUM");
    db.pragma("wal_checkpoint(TRUNCATE)");
    return changes;
  } finally {
    db.close();
  }
}
