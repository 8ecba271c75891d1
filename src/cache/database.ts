/**
 * The cache's SQLite file: its tables, opening it, and what happens when it is corrupt (moved aside, never
 * trusted). The reading and writing of results is store.ts; `cache info|clear` is admin.ts.
 */
import { existsSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Database from "better-sqlite3";

export const CACHE_FILE = "annotations.sqlite";
/** Bumped when the table layout changes: an older file is emptied, never misread. */
const SCHEMA_VERSION = 10;
/** How long a run waits for another run's write transaction before giving up on a batch. */
const BUSY_TIMEOUT_MS = 5_000;

export type Db = Database.Database;

/**
 * better-sqlite3's addon where its build puts it, named to it: without a name it asks the `bindings` package,
 * which reads a stack trace for its caller's folder and tries its list of build folders (opening the cache
 * 4.7-11.9 ms of CPU against 3.0-6.9 ms named, 4 alternated runs at load ~20). Undefined when it is not
 * there (another layout): better-sqlite3 then searches as before.
 */
const NATIVE_BINDING: string | undefined = (() => {
  try {
    const root = path.dirname(createRequire(import.meta.url).resolve("better-sqlite3/package.json"));
    const addon = path.join(root, "build", "Release", "better_sqlite3.node");
    return existsSync(addon) ? addon : undefined;
  } catch {
    return undefined;
  }
})();

/** SQLite errors that mean the file itself cannot be trusted (as opposed to busy, read-only, ...). */
export function isCorruption(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? "");
  return code.startsWith("SQLITE_CORRUPT") || code === "SQLITE_NOTADB";
}

export function sidecars(file: string): string[] {
  return [file, `${file}-wal`, `${file}-shm`];
}

/** Moves a corrupt database (and its WAL) aside, so that it can be inspected and is never read again. */
export function moveAside(file: string): string {
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

/** SQLite's "database is locked" (SQLITE_BUSY and its extended codes, SQLITE_LOCKED). */
export function isBusy(error: unknown): boolean {
  const code = String((error as { code?: unknown }).code ?? "");
  return code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED");
}

/** A synchronous pause (opening happens before anything else can run). */
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/**
 * Opens the cache file, creating its tables if it is new. Runs started together on a new cache all open
 * it at once; SQLite answers some steps of opening with "database is locked" at once, without waiting for
 * the busy timeout (one run in ~300 of ten at a time on a new file, on a loaded machine: the warning the
 * hostile e2e once showed, and a run then went without its cache). So opening is tried again, with a short
 * pause, until the busy timeout has passed, like any statement waiting for another run's lock.
 */
export function openDatabase(file: string): Db {
  const deadline = Date.now() + BUSY_TIMEOUT_MS;
  for (let attempt = 1; ; attempt++) {
    try {
      return openOnce(file);
    } catch (error) {
      if (!isBusy(error) || Date.now() >= deadline) throw error;
      pause(Math.min(10 * attempt, 100));
    }
  }
}

function openOnce(file: string): Db {
  const db = new Database(file, {
    timeout: BUSY_TIMEOUT_MS,
    ...(NATIVE_BINDING === undefined ? {} : { nativeBinding: NATIVE_BINDING }),
  });
  try {
    // WAL: readers never block the writer, and a killed writer leaves only an uncommitted tail, ignored on
    // open. Switching needs the file to itself: done only when it is not WAL already (a new file).
    if (db.pragma("journal_mode", { simple: true }) !== "wal") db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    // The layout is checked and created in one write transaction: two runs opening a new (or older) file
    // at once must not both see it as old, one dropping the tables the other has just created.
    // (A file of this version has its tables: they were made in the transaction that set the version.)
    const version = () => db.pragma("user_version", { simple: true }) as number;
    let dropped = false;
    if (version() !== SCHEMA_VERSION) {
      db.transaction(() => {
        if (version() === SCHEMA_VERSION) return;
        dropped = db.prepare("SELECT count(*) FROM sqlite_master").pluck().get() !== 0;
        db.exec("DROP TABLE IF EXISTS results");
        db.exec("DROP TABLE IF EXISTS files");
        db.exec("DROP TABLE IF EXISTS corpus_results");
        db.exec("DROP TABLE IF EXISTS corpus_parts");
        createTables(db);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();
    }
    // The space of an older layout's tables is given back; a concurrent reader may prevent it, for now.
    if (dropped) {
      try {
        db.exec("VACUUM");
      } catch {}
    }
    // Reading the first page of the table catches a file whose header is fine but whose pages are not.
    db.prepare("SELECT content FROM results LIMIT 1").get();
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

function createTables(db: Db): void {
  // A rowid table with a unique index, not WITHOUT ROWID: values are kilobytes, and SQLite's clustered
  // (WITHOUT ROWID) layout is slow for rows that big (3x slower lookups, measured on 19,609 entries).
  // The annotation is kept as the exact JSON that annotate prints (see unpack), cut in pieces at its
  // top-level members (cache/parts.ts: head, the parts a command may not need, tail) so that a command reads
  // only the parts it uses; its length in characters apart so that a row can be checked against the
  // document without parsing it.
  db.exec(`CREATE TABLE IF NOT EXISTS results (
      content TEXT NOT NULL,
      variant TEXT NOT NULL,
      chars INTEGER NOT NULL,
      head TEXT NOT NULL,
      mentions TEXT,
      entities TEXT,
      quotes TEXT,
      summary TEXT,
      tail TEXT NOT NULL,
      diagnostics TEXT NOT NULL,
      words TEXT NOT NULL,
      created INTEGER NOT NULL,
      UNIQUE (content, variant)
    )`);
  // The file index: which content a file held when it was last read, by its identity (see FileIdentity),
  // so that a warm run finds an unchanged file's result without reading or hashing it, and the diagnostics
  // reading it gave (JSON, as the results' own). Per variant, as those belong to the code that read it.
  // `result` is the rowid of the result, checked against `content` on use (a replaced result has a new
  // rowid): one integer lookup instead of a second index search (19,779 files: 0.38 s with the join on
  // content, 0.2 s this way).
  db.exec(`CREATE TABLE IF NOT EXISTS files (
      path TEXT NOT NULL,
      variant TEXT NOT NULL,
      size INTEGER NOT NULL,
      mtime REAL NOT NULL,
      ctime REAL NOT NULL,
      ino INTEGER NOT NULL,
      content TEXT NOT NULL,
      result INTEGER NOT NULL,
      diagnostics TEXT NOT NULL,
      checked INTEGER NOT NULL,
      PRIMARY KEY (path, variant)
    ) WITHOUT ROWID`);
  // Corpus-level results (see cli/memo.ts): a command's whole output over a corpus none of whose files
  // changed, so that a warm run lists and stats the files, looks up one row and prints it. `scope` is the
  // command line without its corpus state: a newer result of the same command line replaces the older
  // (a corpus growing every day keeps one row per command line, not one per day). `code` is the program
  // fingerprint, for `cache clear --stale`; `warnings` the JSON list of what the run said on stderr. The
  // output is in the row (`output`), or in a file beside the database (`file`, `bytes` long: a big one, see
  // cache/output-files.ts), or neither (not kept: annotate prints the stored records instead).
  db.exec(`CREATE TABLE IF NOT EXISTS corpus_results (
      key TEXT PRIMARY KEY,
      scope TEXT NOT NULL,
      code TEXT NOT NULL,
      output TEXT,
      file TEXT,
      bytes INTEGER,
      warnings TEXT NOT NULL,
      exit INTEGER NOT NULL,
      created INTEGER NOT NULL
    )`);
  db.exec("CREATE INDEX IF NOT EXISTS corpus_results_scope ON corpus_results (scope)");
  // A command's aggregate over one piece of a corpus (see cache/parts-of-corpus.ts): a corpus that grows
  // by a file re-aggregates the piece the file falls in and reuses the others. Keyed like corpus_results
  // (command line, program, the piece's files' identities); `scope` is the command line, whose pieces no
  // longer in the corpus are deleted by its next run.
  db.exec(`CREATE TABLE IF NOT EXISTS corpus_parts (
      key TEXT PRIMARY KEY,
      scope TEXT NOT NULL,
      code TEXT NOT NULL,
      state TEXT NOT NULL,
      created INTEGER NOT NULL
    )`);
  db.exec("CREATE INDEX IF NOT EXISTS corpus_parts_scope ON corpus_parts (scope)");
}

/** Opens the cache file; one found corrupt (now, or as `cause`) is moved aside with a warning and replaced. */
export function openWithRecovery(file: string, warn: (message: string) => void, cause?: Error): Db {
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
