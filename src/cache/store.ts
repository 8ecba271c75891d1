import { mkdirSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import type { FileIdentities, FileIdentity, IdentitySeq } from "../corpus/index.js";
import type { Diagnostic } from "../types.js";
import { type CorpusResult, getCorpusResult, putCorpusResult } from "./corpus.js";
import { CACHE_FILE, type Db, isCorruption, openWithRecovery } from "./database.js";
import { FileIndexReader, type IndexRow } from "./file-index.js";
import { knownAnnotations } from "./known.js";
import { OutputFileWriter, type StoredOutput } from "./output-files.js";
import { ANNOTATION_PARTS, type AnnotationPart, joinedAnnotationSql } from "./parts.js";
import { getCorpusPart, hasCorpusPart, keepCorpusParts, putCorpusPart } from "./parts-of-corpus.js";
import type { Accept, PartsRead, StoredResult, StoredRow } from "./results.js";
import {
  type PendingFile,
  type PendingResult,
  prepareWrites,
  WRITE_BATCH,
  type WriteStatements,
  writeBatch,
} from "./writes.js";

export type { Accept, PartsRead, StoredResult, StoredRow } from "./results.js";

/** A row of select: result rowid, chars, diagnostics, annotation (its pieces joined: see cache/parts.ts). */
type ResultRow = [number, number, string, string];

export interface CacheStats {
  hits: number;
  /** Hits found through the file index, without reading the file. */
  unread: number;
  misses: number;
  writes: number;
}

/**
 * Per-document results keyed by content hash and pipeline fingerprint (see key.ts), stored without the
 * document's id and path, which the pipeline patches back on read: a file moved or copied is still a hit.
 * The store keeps strings; what they mean is the pipeline's business (pipeline/cached.ts).
 */
export class ResultCache {
  readonly stats: CacheStats = { hits: 0, unread: 0, misses: 0, writes: 0 };
  private db: Db | null = null;
  private select: Database.Statement | null = null;
  private selectWords: Database.Statement | null = null;
  private writes: WriteStatements | null = null;
  private index: FileIndexReader | null = null;
  private expected: IdentitySeq | null = null;
  private pending: PendingResult[] = [];
  private pendingFiles: PendingFile[] = [];
  /** The cache's folder (output files are kept beside the database). */
  readonly directory: string;
  private readonly flushOnExit = () => this.flush();
  private readonly parts: readonly AnnotationPart[];

  /** The annotation with the parts a run reads, joined by SQLite (one string per row, made in C). */
  private columns(table: string): string {
    return joinedAnnotationSql(table, this.parts);
  }

  private constructor(
    readonly file: string,
    db: Db,
    private readonly variant: string,
    private readonly warn: (message: string) => void,
    parts: PartsRead,
  ) {
    this.parts = ANNOTATION_PARTS.filter((p) => parts === "all" || parts.includes(p));
    this.directory = path.dirname(file);
    this.use(db);
    process.on("exit", this.flushOnExit);
  }

  private use(db: Db | null): void {
    this.db = db;
    // The word counts (40% of a row) are read only by the commands that use them (see unpack).
    this.select =
      db
        ?.prepare(
          `SELECT rowid, chars, diagnostics, ${this.columns("")} FROM results WHERE content = ? AND variant = ?`,
        )
        .raw() ?? null;
    this.selectWords = db?.prepare("SELECT words FROM results WHERE rowid = ?").pluck() ?? null;
    this.writes = db ? prepareWrites(db) : null;
    this.index = db ? new FileIndexReader(db, this.variant, this.columns("r.")) : null;
    if (db && this.expected) this.index?.expect(this.expected);
  }

  /** Opens (or creates) the cache; null, after a warning, when it cannot be used at all. */
  static open(
    directory: string,
    variant: string,
    warn: (message: string) => void,
    parts: PartsRead = "all",
  ): ResultCache | null {
    const file = path.join(directory, CACHE_FILE);
    try {
      mkdirSync(directory, { recursive: true });
      return new ResultCache(file, openWithRecovery(file, warn), variant, warn, parts);
    } catch (error) {
      warn(`cache unavailable (${(error as Error).message}); running without it`);
      return null;
    }
  }

  /** The stored result with this content key, if `accept` takes it; undefined (a miss) otherwise. */
  get<T>(key: string, accept: Accept<T>): T | undefined {
    const row = this.guard(() => this.select?.get(key, this.variant) as ResultRow | undefined);
    const result = row === undefined ? undefined : accept(this.stored(row[0], row[1], row[2], row[3]));
    if (result !== undefined) this.stats.hits += 1;
    else this.stats.misses += 1;
    return result;
  }

  /**
   * The result of a file known unchanged since it was last read (same path, size, times and inode, and
   * changed well before that read), if `accept` takes it, with the diagnostics reading it gave; undefined
   * when it must be read.
   */
  getByIdentity<T>(
    identity: FileIdentity,
    accept: Accept<T>,
  ): { result: T; diagnostics: Diagnostic[] } | undefined {
    const row = this.indexRow(identity);
    if (row === undefined) return undefined;
    const diagnostics = parseDiagnostics(row[3]);
    const result = diagnostics ? accept(this.stored(row[0], row[1], row[2], row[5])) : undefined;
    if (result === undefined || !diagnostics) return undefined;
    this.stats.hits += 1;
    this.stats.unread += 1;
    return { result, diagnostics };
  }

  private stored(rowid: number, chars: number, diagnostics: string, annotation: string): StoredRow {
    return { chars, annotation, diagnostics, words: () => this.readWords(rowid) };
  }

  /**
   * Whether getByIdentity would likely find this file (nothing is read, counted or parsed; the result
   * itself is not looked up): to estimate a run's work.
   */
  knows(identity: FileIdentity): boolean {
    return this.guard(() => this.index?.knows(identity)) ?? false;
  }

  /** The files the run will look up by identity, in about this order: their entries are read in windows. */
  expectFiles(identities: IdentitySeq): void {
    this.expected = identities;
    this.index?.expect(identities);
  }

  /** The file index's row for an identity, with its result; undefined if absent or not to be trusted. */
  private indexRow(identity: FileIdentity): IndexRow | undefined {
    return this.guard(() => this.index?.row(identity));
  }

  /**
   * Records which content a file held when it was read (its identity taken before reading, so that a
   * change during the read shows as a different identity next time), and the diagnostics reading it gave.
   */
  noteFile(identity: FileIdentity, content: string, diagnostics: readonly Diagnostic[]): void {
    this.pendingFiles.push({
      identity,
      content,
      diagnostics: JSON.stringify(diagnostics),
      checked: Date.now(),
    });
    if (this.pendingFiles.length >= WRITE_BATCH) this.flush();
  }

  /** The word counts of a row found by get(); none if the row has gone since (a concurrent cache clear). */
  private readWords(rowid: number): string | undefined {
    return this.guard(() => this.selectWords?.get(rowid) as string | undefined);
  }

  /** Queues a result for writing under its content key; written in the next batch transaction. */
  put(key: string, stored: StoredResult): void {
    this.pending.push({ content: key, ...stored });
    if (this.pending.length >= WRITE_BATCH) this.flush();
  }

  /** Writes the queued results in one transaction: all of them or, if interrupted, none. */
  flush(): void {
    const batch = this.pending;
    const files = this.pendingFiles;
    this.pending = [];
    this.pendingFiles = [];
    const { db, writes } = this;
    if ((batch.length === 0 && files.length === 0) || !db || !writes) return;
    this.guard(() => {
      writeBatch(db, writes, this.variant, batch, files);
      this.stats.writes += batch.length;
    });
  }

  /**
   * The stored annotations of files all known unchanged, in their order, given to `each` (see known.ts);
   * false, having given none, unless every file's is found.
   */
  knownAnnotations(identities: FileIdentities, each: (index: number, annotation: string) => void): boolean {
    const { db } = this;
    if (!db) return false;
    return (
      this.guard(() => knownAnnotations(db, this.variant, this.columns("r."), identities, each)) ?? false
    );
  }

  /**
   * The corpus-level result under `key` (see cache/corpus.ts), if stored, its output opened to be copied
   * (null when not kept, or its file is missing or damaged).
   */
  getCorpus(key: string): CorpusResult<StoredOutput | null> | undefined {
    return this.guard(() => (this.db ? getCorpusResult(this.db, this.directory, key) : undefined));
  }

  /** Stores a corpus-level result, replacing the older ones of its scope (and their output files). */
  putCorpus(key: string, scope: string, code: string, result: CorpusResult): void {
    this.guard(() => this.db && putCorpusResult(this.db, this.directory, key, scope, code, result));
  }

  /** Whether the aggregate of a piece of a corpus is stored (cache/parts-of-corpus.ts). */
  hasPart(key: string): boolean {
    return this.guard(() => (this.db ? hasCorpusPart(this.db, key) : false)) ?? false;
  }

  /** The stored aggregate of a piece of a corpus, if any. */
  getPart(key: string): string | undefined {
    return this.guard(() => (this.db ? getCorpusPart(this.db, key) : undefined));
  }

  /** Stores the aggregate of a piece of a corpus. */
  putPart(key: string, scope: string, code: string, state: string): void {
    this.guard(() => this.db && putCorpusPart(this.db, key, scope, code, state));
  }

  /** Deletes the pieces of a command line not among `kept` (its run's pieces). */
  keepParts(scope: string, kept: readonly string[]): void {
    this.guard(() => this.db && keepCorpusParts(this.db, scope, kept));
  }

  /** A file to write the output of the corpus-level result `key` into (cache/output-files.ts). */
  outputWriter(key: string): OutputFileWriter | null {
    return this.db ? OutputFileWriter.create(this.directory, key) : null;
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

/** Stored diagnostics, or undefined when the text is not a JSON list (a damaged row is a miss). */
function parseDiagnostics(text: string): Diagnostic[] | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as Diagnostic[]) : undefined;
  } catch {
    return undefined;
  }
}
