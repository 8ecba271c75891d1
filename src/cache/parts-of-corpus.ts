/**
 * A command's aggregate over one piece of a corpus (a run of consecutive files: cli/pieces.ts cuts them),
 * kept as the command's JSON under a key naming the command line, the program and the piece's files'
 * identities. A corpus that grows by a file misses only the piece the file falls in: the others' aggregates
 * are read here instead of their documents (19,779 Reuters files: summary --json read and added every
 * stored result, 3.4 s of CPU, to print a corpus one file bigger).
 */
import type { Db } from "./database.js";

/** The stored aggregate of a piece, as the command wrote it; undefined when there is none. */
export function getCorpusPart(db: Db, key: string): string | undefined {
  return db.prepare("SELECT state FROM corpus_parts WHERE key = ?").pluck().get(key) as string | undefined;
}

/** Whether a piece's aggregate is stored (not read: a run reads each piece's only at its turn). */
export function hasCorpusPart(db: Db, key: string): boolean {
  return db.prepare("SELECT 1 FROM corpus_parts WHERE key = ?").pluck().get(key) !== undefined;
}

/** Stores a piece's aggregate (replacing one of the same key). */
export function putCorpusPart(db: Db, key: string, scope: string, code: string, state: string): void {
  db.prepare(
    "INSERT OR REPLACE INTO corpus_parts (key, scope, code, state, created) VALUES (?, ?, ?, ?, ?)",
  ).run(key, scope, code, state, Date.now());
}

/**
 * Deletes the pieces of a command line that its last run did not use (`kept`): those of files changed,
 * removed, or cut into other pieces, never read again.
 */
export function keepCorpusParts(db: Db, scope: string, kept: readonly string[]): void {
  db.transaction(() => {
    const keys = db.prepare("SELECT key FROM corpus_parts WHERE scope = ?").pluck().all(scope) as string[];
    const keep = new Set(kept);
    const remove = db.prepare("DELETE FROM corpus_parts WHERE key = ?");
    for (const key of keys) if (!keep.has(key)) remove.run(key);
  }).immediate();
}
