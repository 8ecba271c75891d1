/**
 * Reading the cache's file index (see ResultCache.getByIdentity): which stored result a file held when a run
 * last read it, found by the file's identity. A run that knows its files in order (`expect`) reads their
 * entries a window at a time, in one statement per WINDOW files: one lookup per file crossed into SQLite
 * 19,780 times (146-165 ms of CPU for the entities part of the Reuters files, against 97-109 ms in windows
 * of 512), the daily case of a corpus with one new file, which reads every other file's result.
 */
import type Database from "better-sqlite3";
import type { FileIdentity, IdentitySeq } from "../corpus/index.js";
import type { Db } from "./database.js";

/**
 * A file index entry is trusted only for a file last changed this long before the entry was written: a
 * file rewritten within one tick of the file system's clock after it was read would otherwise keep its
 * size and times (the "racy git" problem). Such a file is read and hashed instead, and its entry renewed.
 */
export const RACY_MS = 2_000;
/** Files whose entries are read in one statement. */
const WINDOW = 512;
/** Expected files a look-up may skip (files not looked up by identity) before the places are mapped. */
const LOOK_AHEAD = 64;

/** A file's entry with its result: result rowid, chars, diagnostics, read diagnostics, checked, annotation. */
export type IndexRow = [number, number, string, string, number, string];
/** A window's row: the entry's path and identity, then an IndexRow. */
type WindowRow = [string, number, number, number, number, ...IndexRow];

const trusted = (identity: FileIdentity, checked: number): boolean =>
  Math.max(identity.mtimeMs, identity.ctimeMs) <= checked - RACY_MS;

/** The path of an expected file's identity; undefined for a file not stated. */
const pathAt = (expected: IdentitySeq, i: number): string | undefined => expected.at(i)?.path;

export class FileIndexReader {
  private readonly single: Database.Statement;
  private readonly known: Database.Statement;
  private readonly windowed: Database.Statement;
  /** The files expected, in order (the caller's list, not a copy). */
  private expected: IdentitySeq = [];
  /** Where the next look-up is expected: the pipeline looks its files up in their order. */
  private cursor = 0;
  /**
   * Each expected path's place, made only when a look-up leaves that order: a map of every path cost
   * ~40 bytes a file for the whole run (3 copies of the Reuters files: 2.3 MB of a run's live heap).
   */
  private places: Map<string, number> | null = null;
  /** The expected files whose entries are in `window`: from windowStart to windowEnd (excluded). */
  private windowStart = 0;
  private windowEnd = 0;
  private window = new Map<string, WindowRow>();

  /** `joined`: the SQL of the annotation's pieces a run reads, on table alias `r.` (see parts.ts). */
  constructor(
    db: Db,
    private readonly variant: string,
    joined: string,
  ) {
    const columns = `r.rowid, r.chars, r.diagnostics, f.diagnostics, f.checked, ${joined}`;
    const join = "JOIN results r ON r.rowid = f.result AND r.content = f.content AND r.variant = f.variant";
    this.single = db
      .prepare(
        `SELECT ${columns} FROM files f ${join}
         WHERE f.path = ? AND f.variant = ? AND f.size = ? AND f.mtime = ? AND f.ctime = ? AND f.ino = ?`,
      )
      .raw();
    // CROSS JOIN keeps json_each the outer loop (see known.ts).
    this.windowed = db
      .prepare(
        `SELECT f.path, f.size, f.mtime, f.ctime, f.ino, ${columns}
         FROM json_each(?) AS j CROSS JOIN files f ON f.path = j.value AND f.variant = ? CROSS ${join}`,
      )
      .raw();
    this.known = db
      .prepare(
        "SELECT checked FROM files WHERE path = ? AND variant = ? AND size = ? AND mtime = ? AND ctime = ? AND ino = ?",
      )
      .pluck();
  }

  /** The files a run will look up, in about this order (others are looked up one at a time). */
  expect(identities: IdentitySeq): void {
    this.expected = identities;
    this.cursor = 0;
    this.places = null;
    this.windowStart = 0;
    this.windowEnd = 0;
    this.window = new Map();
  }

  /** The entry of a file with this identity, with its result; undefined if absent or not to be trusted. */
  row(identity: FileIdentity): IndexRow | undefined {
    const { path: where, size, mtimeMs, ctimeMs, ino } = identity;
    const place = this.placeOf(where);
    if (place === undefined) {
      const row = this.single.get(where, this.variant, size, mtimeMs, ctimeMs, ino) as IndexRow | undefined;
      return row !== undefined && trusted(identity, row[4]) ? row : undefined;
    }
    if (place < this.windowStart || place >= this.windowEnd) this.fill(place);
    const found = this.window.get(where);
    if (
      found === undefined ||
      found[1] !== size ||
      found[2] !== mtimeMs ||
      found[3] !== ctimeMs ||
      found[4] !== ino ||
      !trusted(identity, found[9])
    )
      return undefined;
    return found.slice(5) as IndexRow;
  }

  /** Whether the index has a trusted entry for this identity (its result not looked up). */
  knows(identity: FileIdentity): boolean {
    const { path: where, size, mtimeMs, ctimeMs, ino } = identity;
    const checked = this.known.get(where, this.variant, size, mtimeMs, ctimeMs, ino) as number | undefined;
    return checked !== undefined && trusted(identity, checked);
  }

  /** Where a path comes among the expected files; undefined when it is not expected. */
  private placeOf(where: string): number | undefined {
    const { expected } = this;
    const end = Math.min(expected.length, this.cursor + LOOK_AHEAD);
    for (let i = this.cursor; i < end; i++) {
      if (pathAt(expected, i) !== where) continue;
      this.cursor = i + 1;
      return i;
    }
    if (this.places === null) {
      this.places = new Map();
      for (let i = 0; i < expected.length; i++) {
        const path = pathAt(expected, i);
        if (path !== undefined && !this.places.has(path)) this.places.set(path, i);
      }
    }
    return this.places.get(where);
  }

  private fill(start: number): void {
    this.windowStart = start;
    this.windowEnd = start + WINDOW;
    this.window = new Map();
    const inWindow: string[] = [];
    const end = Math.min(this.expected.length, start + WINDOW);
    for (let i = start; i < end; i++) {
      const path = pathAt(this.expected, i);
      if (path !== undefined) inWindow.push(path);
    }
    const paths = JSON.stringify(inWindow);
    for (const row of this.windowed.iterate(paths, this.variant) as IterableIterator<WindowRow>)
      this.window.set(row[0], row);
  }
}
