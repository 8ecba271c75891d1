/**
 * Corpus-level results: a command's whole output (and its warnings and exit code) kept in the cache under
 * a key made of the command line, the program's code and every input file's identity (path, size, times,
 * inode: see the cache's file index). A run whose files are all unchanged prints the stored output: it
 * lists and stats the files and looks up one row, where reading 19,779 cached annotations and aggregating
 * them took 1.5-3 s (measured on the Reuters bench corpus). A run with any file added, removed or changed
 * misses, runs as before (unchanged documents from the per-document cache; a command that folds the corpus
 * in pieces reads only the changed pieces' documents: cli/pieces.ts) and stores its output for next time,
 * replacing the result of the same command line over the older corpus.
 */
import * as crypto from "node:crypto";
import path from "node:path";
import type { RecordedOutput } from "../cache/corpus.js";
import { RACY_MS } from "../cache/file-index.js";
import type { OutputFileWriter } from "../cache/output-files.js";
import type { ResultCache } from "../cache/store.js";
import { formatOf, isRecordFormat, RECORD_EXTENSION_ANYWHERE } from "../corpus/formats.js";
import type { OutputStream, Printer } from "../format/printer.js";
import type { AnnotatedPaths } from "./documents.js";
import type { CommonOptions } from "./options.js";

/**
 * Output kept in the database's row at most (characters): a bigger one is written to a file beside it as
 * it is printed (cache/output-files.ts), so that what a run holds to store its output stays bounded
 * whatever the corpus (summary --json over 19,779 Reuters documents is 13.4 M characters: its cold run
 * peaked at 499 MB when it was kept in memory, against 445 MB without).
 */
const INLINE_MAX = 1024 * 1024;
/** Pieces of output joined as they come, so that thousands of small strings are not all kept apart. */
const PIECE = 256 * 1024;
/**
 * Options that change nothing a command prints or warns about: how it runs, and where the output goes; and
 * --verbose, which only chooses which of the kept warnings are shown (cli/logger.ts: a result keeps them all,
 * each tagged with the runs that show it) and says more that is never kept (`info`).
 */
const NOT_IN_KEY = new Set(["jobs", "cache", "quiet", "verbose", "output", "forMerge", "shard"]);

/**
 * Writes through to the output, keeping a copy of what was written: in memory up to INLINE_MAX, then in an
 * output file opened by `spillTo`'s function (none: nothing is kept beyond INLINE_MAX).
 */
export class RecordingOutput implements OutputStream {
  private recording = true;
  private piece: string[] = [];
  private pieceLength = 0;
  private held: string[] = [];
  private heldLength = 0;
  private file: OutputFileWriter | null = null;
  private spill: (() => OutputFileWriter | null) | null = null;

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
    else if (this.recording) {
      this.piece.push(text);
      this.pieceLength += text.length;
      if (this.pieceLength >= PIECE) this.endPiece();
    }
    return this.out.write(text);
  }

  /** Bytes written but still queued (a stream's; none for a file written at once). */
  get writableLength(): number | undefined {
    return (this.out as { writableLength?: number }).writableLength;
  }

  /** Waits for the output to drain, when it is a stream that can fill (a stored output copied to it). */
  once(event: "drain", listener: () => void): void {
    const out = this.out as { once?: (event: "drain", listener: () => void) => unknown };
    if (out.once) out.once(event, listener);
    else listener();
  }

  /** Where an output bigger than INLINE_MAX is written (null: it is not kept). */
  spillTo(open: () => OutputFileWriter | null): void {
    this.spill = open;
  }

  /** Keeps nothing more (the output will not be stored), and drops what was kept. */
  stop(): void {
    this.recording = false;
    this.piece = [];
    this.held = [];
    this.file?.abort();
    this.file = null;
  }

  /**
   * All that was written: its text, or its output file (finished: in place under its name); null when it
   * was not kept. Call once, at the end.
   */
  finish(): RecordedOutput {
    this.endPiece();
    if (!this.recording) return null;
    this.recording = false;
    if (!this.file) return this.held.join("");
    const done = this.file.finish();
    this.file = null;
    return done;
  }

  private endPiece(): void {
    if (this.piece.length === 0 || !this.recording) return;
    const text = this.piece.join("");
    this.piece = [];
    this.pieceLength = 0;
    if (this.file) {
      if (!this.file.write(text)) this.stop();
      return;
    }
    this.held.push(text);
    this.heldLength += text.length;
    if (this.heldLength <= INLINE_MAX) return;
    this.file = this.spill?.() ?? null;
    const file = this.file;
    if (file === null || !this.held.every((t) => file.write(t))) this.stop();
    this.held = [];
  }
}

export interface CorpusMemo {
  cache: ResultCache;
  key: string;
  scope: string;
  code: string;
  /** Every file changed long enough before it was stated for its identity to be trusted next time. */
  settled: boolean;
  /** When the files were stated (a piece of the corpus is kept when its own files are settled: cli/pieces.ts). */
  stated: number;
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
  // By folder and name (a file's format is its name's), not as InputFile objects: 20 ms of a warm run's CPU
  // to ask 19,779 files, ~3 ms this way (Reuters, one thread, load ~20).
  const readEveryRun = (folder: string, name: string): boolean =>
    (folder === "" && name === "-") || isRecordFormat(formatOf(name, format));
  // Names are searched for a records file's extension all at once first: on Reuters no name holds one, and
  // asking each of the 19,779 its format took ~3 ms and ~3 MB of short strings (a fifth of what the run
  // allocated besides the files' Stats objects).
  const mayReadEveryRun = format !== "auto" || files.namesMayMatch(RECORD_EXTENSION_ANYWHERE);
  if (mayReadEveryRun && files.somePath(readEveryRun)) return null;
  const stated = Date.now();
  const identities = documents.identities();
  if (!identities.all()) return null;
  // The numbers go to the hash as binary (the identities' own array: size, mtime, ctime, ino per file), the
  // list as it is held (FileList.describe: folders, names, each file's folder), not file by file: formatting
  // 19,779 files' times as text took longer than stating them, and their paths one by one ~7 MB of strings.
  const corpus = crypto.createHash("sha256");
  files.describe((part) => corpus.update(part));
  corpus.update(identities.numbers);
  const { numbers } = identities;
  let newest = 0;
  for (let i = 0; i < numbers.length; i += 4)
    newest = Math.max(newest, numbers[i + 1] as number, numbers[i + 2] as number);
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
  return { cache, key, scope, code, settled: newest <= stated - RACY_MS, stated, files: files.length };
}
