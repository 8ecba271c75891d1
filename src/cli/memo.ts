/**
 * Corpus-level results: a command's whole output (and its warnings and exit code) kept in the cache under
 * a key made of the command line, the program's code and every input file's identity (path, size, times,
 * inode: see the cache's file index). A run whose files are all unchanged prints the stored output: it
 * lists and stats the files and looks up one row, where reading 19,779 cached annotations and aggregating
 * them took 1.5-3 s (measured on the Reuters bench corpus). A run with any file added, removed or changed
 * misses, runs as before (unchanged documents from the per-document cache) and stores its output for next
 * time, replacing the result of the same command line over the older corpus.
 */
import * as crypto from "node:crypto";
import path from "node:path";
import type { ResultCache } from "../cache/store.js";
import { formatOf, isRecordFormat } from "../corpus/formats.js";
import type { OutputStream, Printer } from "../format/printer.js";
import type { AnnotatedPaths } from "./documents.js";
import type { CommonOptions } from "./options.js";

/**
 * A file's identity is trusted only when it last changed this long before it was stated (the cache's
 * RACY_MS, for the same reason: a rewrite within one tick of the file system's clock keeps its times).
 */
const RACY_MS = 2_000;
/**
 * Output kept for the cache at most (characters): a bigger output is printed but not stored, so that what
 * a run holds for it stays bounded whatever the corpus (summary --json over 19,779 Reuters documents is
 * 13.4 M characters: its cold run peaked at 499 MB with it kept in small pieces, against 445 MB without).
 */
const MAX_OUTPUT = 16 * 1024 * 1024;
/** Pieces of output joined as they come, so that thousands of small strings are not all kept apart. */
const PIECE = 1024 * 1024;
/** Options that change nothing a command prints or warns about: how it runs, and where the output goes. */
const NOT_IN_KEY = new Set(["jobs", "cache", "quiet", "output", "forMerge", "shard"]);

/** Writes through to the output, keeping a copy of what was written (up to MAX_OUTPUT). */
export class RecordingOutput implements OutputStream {
  private chunks: string[] | null = [];
  private length = 0;
  private piece: string[] = [];
  private pieceLength = 0;

  constructor(private readonly out: OutputStream) {}

  get isTTY(): boolean | undefined {
    return this.out.isTTY;
  }

  get columns(): number | undefined {
    return this.out.columns;
  }

  write(text: string | Uint8Array): unknown {
    // Bytes are a stored output printed again, never recorded.
    if (typeof text !== "string") this.stop();
    else if (this.chunks) {
      this.length += text.length;
      if (this.length > MAX_OUTPUT) {
        this.chunks = null;
        this.piece = [];
      } else {
        this.piece.push(text);
        this.pieceLength += text.length;
        if (this.pieceLength >= PIECE) this.endPiece();
      }
    }
    return this.out.write(text);
  }

  /** Keeps nothing more (the output will not be stored). */
  stop(): void {
    this.chunks = null;
    this.piece = [];
  }

  /** All that was written; null when it was too much to keep. */
  recorded(): string | null {
    this.endPiece();
    return this.chunks?.join("") ?? null;
  }

  private endPiece(): void {
    if (this.piece.length > 0) this.chunks?.push(this.piece.join(""));
    this.piece = [];
    this.pieceLength = 0;
  }
}

export interface CorpusMemo {
  cache: ResultCache;
  key: string;
  scope: string;
  code: string;
  /** Every file changed long enough before it was stated for its identity to be trusted next time. */
  settled: boolean;
  files: number;
}

/**
 * The corpus-level key of this run, or null when results cannot be kept at that level: no cache, a shard,
 * standard input or a records file among the inputs (those are read every run), or a file that cannot be
 * stated. `printer` gives what the output depends on besides options: its colours, width, and whether it
 * is a terminal.
 */
export function corpusMemo(
  command: string,
  paths: readonly string[],
  options: CommonOptions,
  documents: AnnotatedPaths,
  printer: Printer,
): CorpusMemo | null {
  const { files, cache } = documents;
  if (!cache || options.shard !== undefined) return null;
  const format = options.inputFormat ?? "auto";
  if (files.some((f) => f.path === "-" || isRecordFormat(formatOf(f.path, format)))) return null;
  const stated = Date.now();
  // The numbers go to the hash as binary, the names as one string: formatting 19,779 files' times as
  // text took longer than stating them.
  const numbers = new Float64Array(files.length * 4);
  const names: string[] = [];
  let newest = 0;
  const identities = documents.identities();
  for (const [i, file] of files.entries()) {
    const identity = identities[i];
    if (!identity) return null;
    const { size, mtimeMs, ctimeMs, ino } = identity;
    newest = Math.max(newest, mtimeMs, ctimeMs);
    numbers.set([size, mtimeMs, ctimeMs, ino], i * 4);
    names.push(file.id, file.path, identity.path);
  }
  const corpus = crypto.createHash("sha256").update(names.join("\0")).update(numbers);
  const kept = Object.entries(options)
    .filter(([name]) => !NOT_IN_KEY.has(name))
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const scope = crypto
    .createHash("sha256")
    .update(
      JSON.stringify({
        command,
        options: kept,
        // The paths as given name the corpus (its ids are relative to them); files are in the key below.
        paths: paths.map((p) => (p === "-" ? p : path.resolve(p))),
        colour: printer.chalk.level,
        width: printer.width,
        // On a terminal, CSV cells are made safe to show: other bytes than into a file or a pipe.
        terminal: printer.out.isTTY === true,
      }),
    )
    .digest("base64url");
  const code = documents.programFingerprint();
  const key = crypto
    .createHash("sha256")
    .update(`${scope}\n${code}\n${corpus.digest("base64url")}`)
    .digest("base64url");
  return { cache, key, scope, code, settled: newest <= stated - RACY_MS, files: files.length };
}
