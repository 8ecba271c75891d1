import { createHash } from "node:crypto";
import type { DocumentResult } from "../pipeline/result.js";
import { mergeOrdered } from "./kway.js";
import { type Line, MergeError, parseLine, readLines } from "./lines.js";

/**
 * The output of a run with --for-merge: a header line, one line per document with its place in the
 * unsharded file list (`seq`) and its full result, and a trailer that proves the run finished. `merge`
 * interleaves such files by `seq` and replays the run's own command line over the results, so that the
 * command's aggregation (entities, stats, quotes, summaries, any options) runs exactly as in one run.
 */
export const PARTIAL_MARK = "corpus-cli partial results";

export interface PartialHeader {
  format: typeof PARTIAL_MARK;
  version: string;
  /** The pipeline fingerprint (code, models, options): shards must agree on it. */
  fingerprint: string;
  /** The command line of the run, without the program name. */
  argv: string[];
  /** The input paths as given; they may differ between machines. */
  paths: string[];
  shard: string | null;
  /** Files in the unsharded input list: shards of one corpus agree on it. */
  files: number;
  /** A hash of the unsharded list's ids (fileListHash): a file renamed or added between shards shows. */
  fileList?: string;
}

export interface PartialLine {
  seq: number;
  result: DocumentResult;
}

export interface PartialTrailer {
  end: true;
  documents: number;
}

/** The hash of a run's file list (ids in the unsharded order). */
export function fileListHash(ids: readonly string[]): string {
  const hash = createHash("sha256");
  for (const id of ids) hash.update(`${id}\n`);
  return hash.digest("hex").slice(0, 32);
}

/** Writes a partial-results stream. */
export class PartialWriter {
  private documents = 0;
  constructor(
    private readonly write: (text: string) => void,
    header: PartialHeader,
  ) {
    write(`${JSON.stringify(header)}\n`);
  }

  add(seq: number, result: DocumentResult): void {
    this.documents += 1;
    const line: PartialLine = { seq, result };
    this.write(`${JSON.stringify(line)}\n`);
  }

  end(): void {
    const trailer: PartialTrailer = { end: true, documents: this.documents };
    this.write(`${JSON.stringify(trailer)}\n`);
  }
}

export function isPartialHeader(value: unknown): value is PartialHeader {
  return typeof value === "object" && value !== null && (value as PartialHeader).format === PARTIAL_MARK;
}

/** The lines of one partial file after its header, checked: ordered, complete, nothing after the trailer. */
async function* partialLines(file: string, lines: AsyncGenerator<Line>): AsyncGenerator<PartialLine> {
  let last = -1;
  let count = 0;
  for await (const line of lines) {
    const value = parseLine(file, line) as Partial<PartialLine & PartialTrailer>;
    if (value.end === true) {
      if (value.documents !== count) {
        throw new MergeError(
          `${file}: the trailer counts ${value.documents} documents, the file holds ${count}`,
        );
      }
      const extra = await lines.next();
      if (!extra.done)
        throw new MergeError(`${file}:${extra.value.number}: lines after the end of the results`);
      return;
    }
    if (typeof value.seq !== "number" || typeof value.result !== "object" || value.result === null) {
      throw new MergeError(`${file}:${line.number}: not a partial result line`);
    }
    if (value.seq <= last) throw new MergeError(`${file}:${line.number}: results out of order`);
    last = value.seq;
    count += 1;
    yield value as PartialLine;
  }
  throw new MergeError(`${file}: incomplete (no end line): did its run fail or get interrupted?`);
}

/** Options that change how a run works but not what it prints: shards may differ in them. */
const RUN_ONLY_FLAGS = new Set(["--for-merge", "--no-cache", "-q", "--quiet", "-v", "--verbose"]);
const RUN_ONLY_VALUES = new Set(["--shard", "-j", "--jobs"]);

/** A run's command line without its input paths and without the options that do not change the output. */
export function outputDefiningArgs(header: PartialHeader): string[] {
  const paths = new Set(header.paths);
  const kept: string[] = [];
  for (let i = 0; i < header.argv.length; i++) {
    const arg = header.argv[i] as string;
    const [name] = arg.split("=", 1) as [string];
    if (RUN_ONLY_FLAGS.has(arg)) continue;
    if (RUN_ONLY_VALUES.has(name)) {
      if (!arg.includes("=")) i += 1;
      continue;
    }
    if (paths.has(arg)) continue;
    kept.push(arg);
  }
  return kept;
}

export interface OpenedPartials {
  header: PartialHeader;
  /** The merged results, checked as they are read; each call reads the files again. */
  results(): AsyncGenerator<DocumentResult>;
  warnings: string[];
}

/** A partial-results file whose header has been read, and a reader of its lines after the header. */
export interface PartialInput {
  file: string;
  header: PartialHeader;
  lines(): AsyncGenerator<Line>;
}

/**
 * Opens partial-results files and checks they are the shards of exactly one run: same command and options,
 * same file list, every shard once, every file of the list in one shard, each file complete. A missing
 * shard is refused unless `allowPartial` (then it is a warning: the output covers part of the corpus); a
 * pipeline built from different code or models is a warning.
 */
export function openPartials(inputs: readonly PartialInput[], allowPartial = false): OpenedPartials {
  const opened = [...inputs];
  const warnings: string[] = [];
  // The first shard's command line is replayed: order the inputs by shard so the choice is stable.
  opened.sort((a, b) => shardIndex(a.header) - shardIndex(b.header));
  const base = opened[0];
  if (!base) throw new MergeError("nothing to merge");
  const args = JSON.stringify(outputDefiningArgs(base.header));
  const seen = new Set<string>();
  for (const { file, header } of opened) {
    if (JSON.stringify(outputDefiningArgs(header)) !== args) {
      throw new MergeError(
        `${file} comes from a different command line (${header.argv.join(" ")}) than ${base.file} (${base.header.argv.join(" ")})`,
      );
    }
    if (header.files !== base.header.files || header.fileList !== base.header.fileList) {
      throw new MergeError(
        `${file} was run over another file list (${header.files} files) than ${base.file} (${base.header.files} files): not the same corpus, or files were added, removed or renamed between the shards' runs`,
      );
    }
    if (header.fingerprint !== base.header.fingerprint) {
      warnings.push(`${file} was annotated by another version of the pipeline than ${base.file}`);
    }
    const shard = header.shard ?? "whole corpus";
    if (seen.has(shard)) throw new MergeError(`${file}: shard ${shard} is given twice`);
    seen.add(shard);
  }
  const counts = new Set(opened.map((o) => o.header.shard?.split("/")[1] ?? "1"));
  if (counts.size > 1)
    throw new MergeError(`the inputs are slices of different shardings (${[...counts].join(", ")})`);
  const count = Number([...counts][0]);
  if (seen.size < count) {
    const missing: string[] = [];
    for (let i = 1; i <= count && missing.length < 5; i++)
      if (!seen.has(`${i}/${count}`)) missing.push(`${i}/${count}`);
    const list = `shard(s) ${missing.join(", ")}${count - seen.size > missing.length ? ", ..." : ""} missing`;
    if (!allowPartial) throw new MergeError(`${list} (--allow-partial merges what is there)`);
    warnings.push(`${list}: the output covers part of the corpus`);
  }
  async function* results(): AsyncGenerator<DocumentResult> {
    const streams = opened.map(({ file, lines }) => partialLines(file, lines()));
    let last = -1;
    for await (const line of mergeOrdered(streams, (a, b) => a.seq - b.seq)) {
      if (line.seq === last) throw new MergeError(`document #${line.seq} appears in two inputs`);
      last = line.seq;
      yield line.result;
    }
  }
  return { header: base.header, results, warnings };
}

function shardIndex(header: PartialHeader): number {
  return header.shard ? Number(header.shard.split("/")[0]) : 0;
}

/** The first line of an input, and a reader of the lines after it (each call reads the file again). */
export async function peekFirstLine(
  file: string,
  name = file,
): Promise<{ first: Line | null; lines: () => AsyncGenerator<Line> }> {
  const reader = readLines(file, name);
  const head = await reader.next();
  await reader.return(undefined);
  async function* rest(): AsyncGenerator<Line> {
    const all = readLines(file, name);
    await all.next();
    yield* all;
  }
  return { first: head.done ? null : head.value, lines: rest };
}

/** The header of a partial-results file, or null when the line is anything else. */
export function partialHeaderOf(line: Line | null): PartialHeader | null {
  if (!line?.text.startsWith("{")) return null;
  try {
    const value: unknown = JSON.parse(line.text);
    return isPartialHeader(value) ? value : null;
  } catch {
    return null;
  }
}
