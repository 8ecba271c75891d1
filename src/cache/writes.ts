/**
 * The cache's writes, batched: results and file-index entries are queued and written together in one
 * transaction (one commit, one fsync) per WRITE_BATCH entries or at the end of a run, not one per document.
 */
import type Database from "better-sqlite3";
import type { FileIdentity } from "../corpus/index.js";
import type { Db } from "./database.js";
import { ANNOTATION_PARTS, cutAnnotation } from "./parts.js";
import type { StoredResult } from "./results.js";

/** Entries written per transaction: one commit (one fsync) per batch, not per document. */
export const WRITE_BATCH = 256;
/** The columns of a result row an upsert rewrites (all but its key). */
const UPDATED = ["chars", "head", ...ANNOTATION_PARTS, "tail", "diagnostics", "words", "created"];

/** A result to store under its content key. */
export interface PendingResult extends StoredResult {
  content: string;
}

/** A file-index entry to store: which content a file held when it was read, and what reading it said. */
export interface PendingFile {
  identity: FileIdentity;
  content: string;
  diagnostics: string;
  checked: number;
}

/** The statements of a batch, prepared once per database. */
export interface WriteStatements {
  insert: Database.Statement;
  insertFile: Database.Statement;
  selectRowid: Database.Statement;
}

export function prepareWrites(db: Db): WriteStatements {
  return {
    // An upsert, not INSERT OR REPLACE: a replaced row gets a new rowid, and the file-index entries written
    // earlier for the same content (a copy of a file, noted in an earlier batch) pointed at the old one,
    // so those files looked unknown to the next run (the first warm annotate after a cold one re-read a
    // file and missed its corpus-level result, on Reuters' duplicate texts).
    insert: db
      .prepare(
        `INSERT INTO results (content, variant, chars, head, ${ANNOTATION_PARTS.join(", ")}, tail, diagnostics, words, created)
         VALUES (?, ?, ?, ?, ${ANNOTATION_PARTS.map(() => "?").join(", ")}, ?, ?, ?, ?)
         ON CONFLICT (content, variant) DO UPDATE SET ${UPDATED.map((c) => `${c} = excluded.${c}`).join(", ")}
         RETURNING rowid`,
      )
      .pluck(),
    insertFile: db.prepare(
      `INSERT OR REPLACE INTO files (path, variant, size, mtime, ctime, ino, content, result, diagnostics, checked)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    selectRowid: db.prepare("SELECT rowid FROM results WHERE content = ? AND variant = ?").pluck(),
  };
}

/** Writes a batch in one transaction: all of it or, if interrupted, none. */
export function writeBatch(
  db: Db,
  statements: WriteStatements,
  variant: string,
  results: readonly PendingResult[],
  files: readonly PendingFile[],
): void {
  const { insert, insertFile, selectRowid } = statements;
  const now = Date.now();
  // BEGIN IMMEDIATE: the write lock is taken first, waiting for another run's write (busy timeout).
  // A deferred transaction that read first (selectRowid, when a batch holds only file-index entries)
  // would begin on a snapshot, and its first write, after another run's commit, fails at once with
  // SQLITE_BUSY without waiting: a "database is locked" warning under concurrent runs.
  const write = db.transaction(() => {
    // The file index points at result rowids: those of this batch are known from their inserts.
    const inserted = new Map<string, number>();
    for (const e of results) {
      const { head, parts, tail } = cutAnnotation(e.annotation);
      const rowid = insert.get(
        e.content,
        variant,
        e.chars,
        head,
        ...ANNOTATION_PARTS.map((p) => parts[p]),
        tail,
        e.diagnostics,
        e.words,
        now,
      ) as number;
      inserted.set(e.content, rowid);
    }
    for (const { identity: i, content, diagnostics, checked } of files) {
      const rowid = inserted.get(content) ?? (selectRowid.get(content, variant) as number | undefined);
      if (rowid === undefined) continue;
      const { path: where, size, mtimeMs, ctimeMs, ino } = i;
      insertFile.run(where, variant, size, mtimeMs, ctimeMs, ino, content, rowid, diagnostics, checked);
    }
  });
  write.immediate();
}
