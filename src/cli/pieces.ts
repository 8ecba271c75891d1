/**
 * A corpus in pieces, so that a run over a corpus that grew (or changed) by a few files aggregates those
 * files' pieces and reuses the others' aggregates from the cache (cache/parts-of-corpus.ts). A piece is a
 * run of consecutive files (in the run's order) ending at a file whose path hashes to a boundary: pieces
 * are cut by the files themselves, not by their count, so a file added or removed changes the piece it
 * falls in and no other. A command folds the pieces' aggregates in order, which gives what folding its
 * documents in order gives (each aggregate's merge keeps first-seen order: aggregate/*), so the output is
 * the same bytes as a run that reads every document.
 *
 * A piece keeps, beside the command's aggregate, the warnings its documents gave and the typography
 * problems only counted (cli/report.ts): a run that reuses it says on stderr what reading it said.
 */
import * as crypto from "node:crypto";
import { RACY_MS } from "../cache/file-index.js";
import type { ResultCache } from "../cache/store.js";
import type { InputFile } from "../corpus/file-list.js";
import type { DocumentResult } from "../pipeline/result.js";
import type { AnnotatedPaths } from "./documents.js";
import type { Logger } from "./logger.js";
import type { DiagnosticReporter } from "./report.js";

/**
 * Files per piece, on average (a boundary where a path's hash is 0 modulo this). Smaller pieces make a
 * grown corpus re-read fewer documents, bigger ones fewer aggregates to read and merge (each piece repeats
 * the names and terms its neighbours hold). CORPUS_CLI_PIECE_FILES sets it (tests cut a small corpus in many).
 */
const PIECE_FILES = pieceFiles(process.env.CORPUS_CLI_PIECE_FILES);
/** Documents per piece of a run that keeps none (no cache, a shard, merge's replay): only how often state is handed over. */
const UNKEPT_PIECE = 512;

/** A command's aggregate of some documents, which can be kept as JSON and folded in order with others. */
export interface PieceAggregate<S> {
  /** The aggregate's form (part of the key: a change of form must not read older pieces). */
  kind: string;
  empty(): S;
  add(state: S, result: DocumentResult): void;
  toJSON(state: S): unknown;
  fromJSON(json: unknown): S;
  /**
   * Folds a piece's state into another (as the command folds them). With it, a run also keeps the fold of all
   * its pieces but the last (a checkpoint: see keptPieceRuns), for a corpus that grows at its end.
   */
  merge?(into: S, piece: S): void;
}

/** The pieces of one run: each piece's aggregate, in the order of the corpus. */
export type Pieces = <S>(aggregate: PieceAggregate<S>) => AsyncGenerator<S>;

/**
 * A piece as a run of kept pieces folds it: its aggregate, its files (from, to: places in the run's list, `to`
 * excluded), and whether the aggregate came from the cache (its documents were not read) or was made from them.
 */
export interface PieceRun<S> {
  state: S;
  from: number;
  to: number;
  stored: boolean;
}

/** Kept pieces with their places: what `annotate` needs to print its records after a vote from the pieces. */
export type PieceRuns = <S>(aggregate: PieceAggregate<S>) => AsyncGenerator<PieceRun<S>>;

/** Pieces of a run that keeps none: its results, handed over every UNKEPT_PIECE documents. */
export function unkeptPieces(results: AsyncIterable<DocumentResult>): Pieces {
  return async function* <S>(aggregate: PieceAggregate<S>): AsyncGenerator<S> {
    let state = aggregate.empty();
    let count = 0;
    for await (const result of results) {
      aggregate.add(state, result);
      if (++count % UNKEPT_PIECE === 0) {
        yield state;
        state = aggregate.empty();
      }
    }
    if (count % UNKEPT_PIECE !== 0) yield state;
  };
}

/** What a run that may keep pieces knows of its corpus-level key (cli/memo.ts). */
export interface PieceMemo {
  cache: ResultCache;
  scope: string;
  code: string;
  /** Whether every file of the corpus is settled (see cli/memo.ts): pieces no longer used are then deleted. */
  settled: boolean;
  /** When the files were stated: a piece is kept when its files changed RACY_MS before. */
  stated: number;
}

interface StoredPiece {
  state: unknown;
  warnings: string[];
  counted: [number, number];
}

/** The pieces of a run whose corpus is files all stated (a corpus-level memo was made for it). */
export function keptPieces(runs: PieceRuns): Pieces {
  return async function* <S>(aggregate: PieceAggregate<S>): AsyncGenerator<S> {
    for await (const { state } of runs(aggregate)) yield state;
  };
}

/**
 * keptPieces's pieces with their places and origin. When the aggregate can fold pieces (PieceAggregate.merge),
 * the fold of every piece but the last is kept too, as one entry keyed by those pieces' keys: a corpus grown
 * by files at its end (new files named by date sort last) changes only its last piece, and its run reads that
 * one entry instead of every unchanged piece's: Reuters in 42 pieces, entities' pieces but the last hold 62,655
 * records (6.5 M characters of JSON), their fold 32,839 (3.5 M); reading and folding the pieces was ~25% of a
 * grown entities run's CPU in a profile, and a run +1 new file took 3.09 -> 2.87 s of CPU (entities), 1.51 ->
 * 1.31 (stats), 3.88 -> 3.58 (annotate), medians of 3 alternated at load ~24. A file added elsewhere misses
 * it: the pieces are read as before, and the new fold is kept (a fold made costs ~0.3 s of CPU once).
 */
export function keptPieceRuns(
  memo: PieceMemo,
  documents: AnnotatedPaths,
  logger: Logger,
  warnings: readonly string[],
  reporter: DiagnosticReporter,
): PieceRuns {
  return async function* <S>(aggregate: PieceAggregate<S>): AsyncGenerator<PieceRun<S>> {
    const { cache } = memo;
    const pieces = cutPieces(memo, documents, aggregate.kind);
    // The fold to keep: of every piece but the last (none for a corpus of two pieces or fewer).
    const target = aggregate.merge && pieces.length > 2 ? foldKey(pieces, pieces.length - 1) : null;
    const found = target ? foundFold(cache, pieces, target.pieces) : null;
    const first = found?.pieces ?? 0;
    // The fold of the pieces before the last, made as they come unless it was found (null: one of them is not
    // kept, nor is the fold).
    let fold: { folded: S; warnings: string[]; counted: [number, number] } | null =
      target && first < target.pieces ? { folded: aggregate.empty(), warnings: [], counted: [0, 0] } : null;
    const folding = (i: number, state: S, kept: Omit<StoredPiece, "state"> | null): void => {
      if (fold === null || i >= (target?.pieces ?? 0)) return;
      if (kept === null) fold = null;
      else {
        (aggregate.merge as NonNullable<typeof aggregate.merge>)(fold.folded, state);
        fold.warnings.push(...kept.warnings);
        fold.counted[0] += kept.counted[0];
        fold.counted[1] += kept.counted[1];
      }
    };
    if (found) {
      for (const warning of found.kept.warnings) logger.replay(warning);
      reporter.addCounted(found.kept.counted);
      logger.info(`${first} piece(s) of the corpus from one kept fold of them`);
      const state = aggregate.fromJSON(found.kept.state);
      folding(0, state, found.kept);
      yield { state, from: 0, to: (pieces[first - 1] as Piece).to, stored: true };
    }
    // Which pieces are stored is asked first (their files are read in one pass); each one's text is read
    // and parsed at its turn, garbage before the next's: all of them held at once grew with the corpus
    // (summary's pieces carry every document's line: 13 MB of text for the Reuters files).
    const stored = pieces.map((p, i) => i >= first && cache.hasPart(p.key));
    let missing = 0;
    pieces.forEach((p, i) => {
      if (i >= first && !stored[i]) missing += p.to - p.from;
    });
    // The files of the pieces not stored, 4 bytes each (a cold run's is every file of the corpus).
    const only = new Uint32Array(missing);
    let filled = 0;
    pieces.forEach((p, i) => {
      if (i >= first && !stored[i]) for (let f = p.from; f < p.to; f++) only[filled++] = f;
    });
    const read = only.length > 0 ? documents.documentsOf(only) : null;
    try {
      for (let i = first; i < pieces.length; i++) {
        const piece = pieces[i] as Piece;
        const text = stored[i] ? cache.getPart(piece.key) : undefined;
        const found = text === undefined ? undefined : parsePiece(text);
        if (found !== undefined) {
          for (const warning of found.warnings) logger.replay(warning);
          reporter.addCounted(found.counted);
          const state = aggregate.fromJSON(found.state);
          folding(i, state, found);
          yield { state, from: piece.from, to: piece.to, stored: true };
          continue;
        }
        // A damaged piece, or one gone since (it was found, so its files were not read above), is made
        // from its documents.
        const own = stored[i] ? documents.documentsOf(range(piece.from, piece.to)) : null;
        const state = aggregate.empty();
        const warned = warnings.length;
        const [problems, documentsCounted] = reporter.counted();
        // A document's warnings are given as it comes, so the piece's are those given while its own files come:
        // one each, in order (documentsOf), none asked for before the piece starts. (Asking for the next piece's
        // first document to see this one end gave its warnings to this piece, and the corpus's first document's
        // to none: a grown corpus's run lost them.)
        if (own) {
          for await (const { result } of own) if (result) aggregate.add(state, result);
        } else {
          for (let f = piece.from; f < piece.to; f++) {
            const next = await (
              read as AsyncGenerator<{ seq: number; result: DocumentResult | null }>
            ).next();
            if (next.done) break;
            if (next.value.result) aggregate.add(state, next.value.result);
          }
        }
        if (piece.settled && documents.complete()) {
          const [p, d] = reporter.counted();
          const json = aggregate.toJSON(state);
          const kept: StoredPiece = {
            state: json,
            warnings: warnings.slice(warned),
            counted: [p - problems, d - documentsCounted],
          };
          cache.putPart(piece.key, memo.scope, memo.code, JSON.stringify(kept));
          // The JSON just made is a state too: a command's merge would otherwise make it again from the live one.
          const made = aggregate.fromJSON(json);
          folding(i, made, kept);
          yield { state: made, from: piece.from, to: piece.to, stored: false };
          continue;
        }
        folding(i, state, null);
        yield { state, from: piece.from, to: piece.to, stored: false };
      }
      // Its end, asked for once every piece has its documents: the run's reading finished (--verbose's tally).
      await read?.next();
    } finally {
      await read?.return(undefined);
    }
    if (!documents.complete()) return;
    const kept: StoredPiece | null = fold && {
      state: aggregate.toJSON(fold.folded),
      warnings: fold.warnings,
      counted: fold.counted,
    };
    if (target && kept) cache.putPart(target.key, memo.scope, memo.code, JSON.stringify(kept));
    if (memo.settled)
      cache.keepParts(memo.scope, [
        ...pieces.map((p) => p.key),
        ...(found ? [found.key] : []),
        ...(target && kept ? [target.key] : []),
      ]);
  };
}

/** The key of the fold of a run's first `count` pieces (keyed by theirs). */
function foldKey(pieces: readonly Piece[], count: number): { key: string; pieces: number } {
  const hash = crypto.createHash("sha256").update("fold\n");
  for (let i = 0; i < count; i++) hash.update(`${(pieces[i] as Piece).key}\n`);
  return { key: hash.digest("base64url"), pieces: count };
}

/**
 * The kept fold of the first `most` pieces, or else of the first `most - 1`: the last run's when a file added
 * at the end makes a piece of its own (the last run's last file ended a piece: 1 in PIECE_FILES).
 */
function foundFold(
  cache: ResultCache,
  pieces: readonly Piece[],
  most: number,
): { key: string; pieces: number; kept: StoredPiece } | null {
  for (const count of [most, most - 1]) {
    if (count < 2) continue;
    const { key } = foldKey(pieces, count);
    const text = cache.hasPart(key) ? cache.getPart(key) : undefined;
    const kept = text === undefined ? undefined : parsePiece(text);
    if (kept !== undefined) return { key, pieces: count, kept };
  }
  return null;
}

interface Piece {
  from: number;
  to: number;
  key: string;
  /**
   * Whether its files changed long enough before they were stated for their identities to be trusted
   * next time (as the corpus-level result's, per piece: a file just added leaves the other pieces kept).
   */
  settled: boolean;
}

/** The corpus's pieces, each keyed by the command line, the program, the aggregate's form and its files. */
function cutPieces(memo: PieceMemo, documents: AnnotatedPaths, kind: string): Piece[] {
  const { files } = documents;
  const identities = documents.identities();
  // (A memo is made only when every file was stated.)
  if (!identities.all()) throw new Error("a file was not stated");
  const { numbers } = identities;
  const pieces: Piece[] = [];
  let from = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files.at(i) as InputFile;
    if (i < files.length - 1 && !isBoundary(file.path)) continue;
    const hash = crypto.createHash("sha256").update(`${memo.scope}\n${memo.code}\n${kind}\n`);
    let newest = 0;
    for (let f = from; f <= i; f++) {
      const { id, path } = files.at(f) as InputFile;
      hash.update(`${id}\0${path}\0${identities.pathAt(f)}\0`);
      newest = Math.max(newest, numbers[f * 4 + 1] as number, numbers[f * 4 + 2] as number);
    }
    // The piece's identities as numbers: size, mtime, ctime, ino per file (cf. the hash of them all: memo.ts).
    const key = hash.update(numbers.subarray(from * 4, (i + 1) * 4)).digest("base64url");
    pieces.push({ from, to: i + 1, key, settled: newest <= memo.stated - RACY_MS });
    from = i + 1;
  }
  return pieces;
}

/** Whether a piece ends at this file: FNV-1a of its path, modulo PIECE_FILES. */
function isBoundary(path: string): boolean {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % PIECE_FILES === 0;
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, i) => from + i);

/** A stored piece, or undefined when it is damaged (a miss). */
function parsePiece(text: string): StoredPiece | undefined {
  try {
    const value = JSON.parse(text) as StoredPiece;
    const ok =
      Array.isArray(value.warnings) &&
      value.warnings.every((w) => typeof w === "string") &&
      Array.isArray(value.counted) &&
      value.counted.length === 2;
    return ok ? value : undefined;
  } catch {
    return undefined;
  }
}

function pieceFiles(setting: string | undefined): number {
  const n = Number(setting);
  return Number.isInteger(n) && n > 0 ? n : 512;
}
