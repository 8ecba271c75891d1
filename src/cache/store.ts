import { existsSync, mkdirSync, renameSync, statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { FileIdentity, InputFile } from "../corpus/index.js";
import { type PackedResult, unpack, unpackTarget } from "../pipeline/packed.js";
import type { DocumentResult } from "../pipeline/result.js";
import type { Document } from "../types.js";
import { contentHash } from "./key.js";

export const CACHE_FILE = "annotations.sqlite";
/** Bumped when the table layout changes: an older file is emptied, never misread. */
const SCHEMA_VERSION = 5;
/** Entries written per transaction: one commit (one fsync) per batch, not per document. */
const WRITE_BATCH = 256;
/**
 * A file index entry is trusted only for a file last changed this long before the entry was written: a
 * file rewritten within one tick of the file system's clock after it was read would otherwise keep its
 * size and times (the "racy git" problem). Such a file is read and hashed instead, and its entry renewed.
 */
const RACY_MS = 2_000;
/** How long a run waits for another run's write transaction before giving up on a batch. */
const BUSY_TIMEOUT_MS = 5_000;

type Db = Database.Database;

export interface CacheStats {
  hits: number;
  /** Hits found through the file index, without reading the file. */
  unread: number;
  misses: number;
  writes: number;
}

export interface CacheInfo {
  file: string;
  bytes: number;
  entries: number;
  current: number;
  variants: number;
  /** Files in the file index (see getByIdentity), any version. */
  files: number;
}

/** SQLite errors that mean the file itself cannot be trusted (as opposed to busy, read-only, ...). */
function isCorruption(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? "");
  return code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB";
}

function sidecars(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

/** Moves a corrupt database (and its WAL) aside, so that it can be inspected and is never read again. */
function moveAside(file: string): string {
  const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, "-")}`;
  for (const f of sidecars(file)) {
    try {
      renameSync(f, f.replace(file, aside));
    } catch {
      // Already moved by a concurrent run, or never created.
    }
  }
  return aside;
}

function openDatabase(file: string): Db {
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  try {
    // WAL: readers never block the writer, and a killed writer leaves only an uncommitted tail, ignored on open.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version !== SCHEMA_VERSION) {
      db.exec("DROP TABLE IF EXISTS results");
      db.exec("DROP TABLE IF EXISTS files");
      db.exec("VACUUM");
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
    }
    // A rowid table with a unique index, not WITHOUT ROWID: values are kilobytes, and SQLite's clustered
    // (WITHOUT ROWID) layout is slow for rows that big (3x slower lookups, measured on 19,609 entries).
    // The annotation is kept as the exact JSON that annotate prints (see unpack), its length in
    // characters apart so that a row can be checked against the document without parsing it.
    db.exec(`CREATE TABLE IF NOT EXISTS results (
      content TEXT NOT NULL,
      variant TEXT NOT NULL,
      chars INTEGER NOT NULL,
      annotation TEXT NOT NULL,
      diagnostics TEXT NOT NULL,
      words TEXT NOT NULL,
      created INTEGER NOT NULL,
      UNIQUE (content, variant)
    )`);
    // The file index: which content a file held when it was last read, by its identity (see FileIdentity),
    // so that a warm run finds an unchanged file's result without reading or hashing it. Per variant, as
    // the warning a read gives (decoding) belongs to the code that read it. `result` is the rowid of the
    // result, checked against `content` on use (a replaced result has a new rowid): one integer lookup
    // instead of a second index search (19,779 files: 0.38 s with the join on content, 0.2 s this way).
    db.exec(`CREATE TABLE IF NOT EXISTS files (
      path TEXT NOT NULL,
      variant TEXT NOT NULL,
      size INTEGER NOT NULL,
      mtime REAL NOT NULL,
      ctime REAL NOT NULL,
      ino INTEGER NOT NULL,
      content TEXT NOT NULL,
      result INTEGER NOT NULL,
      warning TEXT,
      checked INTEGER NOT NULL,
      PRIMARY KEY (path, variant)
    ) WITHOUT ROWID`);
    // Reading the first page of the table catches a file whose header is fine but whose pages are not.
    db.prepare("SELECT content FROM results LIMIT 1").get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Per-document results keyed by content hash and pipeline fingerprint (see key.ts), stored without the
 * document's id and path, which are patched back on read: a file moved or copied is still a hit.
 */
export class ResultCache {
  readonly stats: CacheStats = { hits: 0, unread: 0, misses: 0, writes: 0 };
  private db: Db | null = null;
  private select: Database.Statement | null = null;
  private selectWords: Database.Statement | null = null;
  private insert: Database.Statement | null = null;
  private selectByFile: Database.Statement | null = null;
  private insertFile: Database.Statement | null = null;
  private selectRowid: Database.Statement | null = null;
  private pending: ({ content: string } & PackedResult)[] = [];
  private pendingFiles: {
    identity: FileIdentity;
    content: string;
    warning: string | null;
    checked: number;
  }[] = [];
  private readonly flushOnExit = () => this.flush();

  private constructor(
    readonly file: string,
    db: Db,
    private readonly variant: string,
    private readonly warn: (message: string) => void,
  ) {
    this.use(db);
    process.on("exit", this.flushOnExit);
  }

  private use(db: Db | null): void {
    this.db = db;
    // The word counts (40% of a row) are read only by the commands that use them (see unpack).
    this.select =
      db
        ?.prepare(
          "SELECT rowid, chars, annotation, diagnostics FROM results WHERE content = ? AND variant = ?",
        )
        .raw() ?? null;
    this.selectWords = db?.prepare("SELECT words FROM results WHERE rowid = ?").pluck() ?? null;
    this.insert =
      db?.prepare(
        `INSERT OR REPLACE INTO results (content, variant, chars, annotation, diagnostics, words, created)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ) ?? null;
    this.selectByFile =
      db
        ?.prepare(
          `SELECT r.rowid, r.chars, r.annotation, r.diagnostics, f.warning, f.checked, f.mtime, f.ctime
           FROM files f JOIN results r ON r.rowid = f.result AND r.content = f.content AND r.variant = f.variant
           WHERE f.path = ? AND f.variant = ? AND f.size = ? AND f.mtime = ? AND f.ctime = ? AND f.ino = ?`,
        )
        .raw() ?? null;
    this.insertFile =
      db?.prepare(
        `INSERT OR REPLACE INTO files (path, variant, size, mtime, ctime, ino, content, result, warning, checked)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ) ?? null;
    this.selectRowid =
      db?.prepare("SELECT rowid FROM results WHERE content = ? AND variant = ?").pluck() ?? null;
  }

  /** Opens (or creates) the cache; null, after a warning, when it cannot be used at all. */
  static open(directory: string, variant: string, warn: (message: string) => void): ResultCache | null {
    const file = path.join(directory, CACHE_FILE);
    try {
      mkdirSync(directory, { recursive: true });
      return new ResultCache(file, openWithRecovery(file, warn), variant, warn);
    } catch (error) {
      warn(`cache unavailable (${(error as Error).message}); running without it`);
      return null;
    }
  }

  /** The stored result for this document, with its id and path; undefined on a miss. */
  get(doc: Document, key = contentHash(doc)): DocumentResult | undefined {
    const row = this.guard(
      () => this.select?.get(key, this.variant) as [number, number, string, string] | undefined,
    );
    const result =
      row === undefined
        ? undefined
        : unpack({ chars: row[1], annotation: row[2], diagnostics: row[3] }, unpackTarget(doc), () =>
            this.readWords(row[0]),
          );
    if (result) this.stats.hits += 1;
    else this.stats.misses += 1;
    return result;
  }

  /**
   * The result of a file known unchanged since it was last read (same path, size, times and inode, and
   * changed well before that read), with the warning reading it gave; undefined when it must be read.
   */
  getByIdentity(
    file: InputFile,
    identity: FileIdentity,
  ): { result: DocumentResult; warning?: string } | undefined {
    const { path: where, size, mtimeMs, ctimeMs, ino } = identity;
    const row = this.guard(
      () =>
        this.selectByFile?.get(where, this.variant, size, mtimeMs, ctimeMs, ino) as
          | [number, number, string, string, string | null, number, number, number]
          | undefined,
    );
    if (row === undefined) return undefined;
    const [rowid, chars, annotation, diagnostics, warning, checked] = row;
    if (Math.max(mtimeMs, ctimeMs) > checked - RACY_MS) return undefined;
    const result = unpack(
      { chars, annotation, diagnostics },
      { id: file.id, path: file.path, chars: null },
      () => this.readWords(rowid),
    );
    if (!result) return undefined;
    this.stats.hits += 1;
    this.stats.unread += 1;
    return warning === null ? { result } : { result, warning: `${file.path}: ${warning}` };
  }

  /**
   * Records which content a file held when it was read (its identity taken before reading, so that a
   * change during the read shows as a different identity next time). `warning` is what reading it said.
   */
  noteFile(file: InputFile, identity: FileIdentity, content: string, warning: string | undefined): void {
    const prefix = `${file.path}: `;
    const bare =
      warning === undefined ? null : warning.startsWith(prefix) ? warning.slice(prefix.length) : warning;
    this.pendingFiles.push({ identity, content, warning: bare, checked: Date.now() });
    if (this.pendingFiles.length >= WRITE_BATCH) this.flush();
  }

  /** The word counts of a row found by get(); none if the row has gone since (a concurrent cache clear). */
  private readWords(rowid: number): string | undefined {
    return this.guard(() => this.selectWords?.get(rowid) as string | undefined);
  }

  /** Queues a result for writing (see pack() in pipeline/packed.ts); written in the next batch transaction. */
  put(doc: Document, packed: PackedResult, key = contentHash(doc)): void {
    this.pending.push({ content: key, ...packed });
    if (this.pending.length >= WRITE_BATCH) this.flush();
  }

  /** Writes the queued results in one transaction: all of them or, if interrupted, none. */
  flush(): void {
    const batch = this.pending;
    const files = this.pendingFiles;
    this.pending = [];
    this.pendingFiles = [];
    const { db, insert, insertFile, selectRowid } = this;
    if ((batch.length === 0 && files.length === 0) || !db || !insert || !insertFile || !selectRowid) return;
    this.guard(() => {
      const now = Date.now();
      db.transaction(() => {
        for (const e of batch) {
          insert.run(e.content, this.variant, e.chars, e.annotation, e.diagnostics, e.words, now);
        }
        for (const { identity: i, content, warning, checked } of files) {
          const rowid = selectRowid.get(content, this.variant) as number | undefined;
          if (rowid === undefined) continue;
          const { path: where, size, mtimeMs, ctimeMs, ino } = i;
          insertFile.run(where, this.variant, size, mtimeMs, ctimeMs, ino, content, rowid, warning, checked);
        }
      })();
      this.stats.writes += batch.length;
    });
  }

  close(): void {
    this.flush();
    process.off("exit", this.flushOnExit);
    this.db?.close();
    this.use(null);
  }

  /** Runs a query; a corrupt file is moved aside and replaced, a busy one skipped, both with a warning. */
  private guard<T>(query: () => T): T | undefined {
    try {
      return query();
    } catch (error) {
      if (isCorruption(error)) {
        this.db?.close();
        this.use(null);
        try {
          this.use(openWithRecovery(this.file, this.warn, error as Error));
        } catch (reopen) {
          this.warn(`cache unavailable (${(reopen as Error).message}); running without it`);
        }
      } else {
        this.warn(`cache: ${(error as Error).message}; continuing without this cache access`);
      }
      return undefined;
    }
  }
}

function openWithRecovery(file: string, warn: (message: string) => void, cause?: Error): Db {
  if (!cause) {
    try {
      return openDatabase(file);
    } catch (error) {
      if (!isCorruption(error)) throw error;
      cause = error as Error;
    }
  }
  const aside = moveAside(file);
  warn(`cache file ${file} is corrupt (${cause.message}): moved to ${aside}, starting a new cache`);
  return openDatabase(file);
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
    };
  } finally {
    db.close();
  }
}

/** Deletes entries (all, or only those another version of the pipeline wrote) and returns how many. */
export function clearCache(directory: string, variant: string, staleOnly: boolean): number {
  const file = path.join(directory, CACHE_FILE);
  if (!existsSync(file)) return 0;
  let db: Db;
  try {
    db = openDatabase(file);
  } catch (error) {
    if (!isCorruption(error)) throw error;
    moveAside(file);
    return 0;
  }
  try {
    const { changes } = staleOnly
      ? db.prepare("DELETE FROM results WHERE variant != ?").run(variant)
      : db.prepare("DELETE FROM results").run();
    if (staleOnly) db.prepare("DELETE FROM files WHERE variant != ?").run(variant);
    else db.prepare("DELETE FROM files").run();
    // Deleting in a transaction is safe beside a running annotate; VACUUM gives the space back.
    db.exec("VACUUM");
    db.pragma("wal_checkpoint(TRUNCATE)");
    return changes;
  } finally {
    db.close();
  }
}
