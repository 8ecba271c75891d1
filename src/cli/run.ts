import type { StatedFiles } from "../cache/code-memo.js";
import type { Printer } from "../format/printer.js";
import { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "../pipeline/result.js";
import { type AnnotatedPaths, annotatePaths, type PartContents } from "./documents.js";
import { Logger } from "./logger.js";
import { corpusMemo, RecordingOutput } from "./memo.js";
import { type CommonOptions, chosenFormat, openOutput, openPrinter } from "./options.js";
import { keptPieceRuns, keptPieces, type PieceRuns, type Pieces, unkeptPieces } from "./pieces.js";
import { DiagnosticReporter } from "./report.js";
import { printStoredRecords, printsStoredRecords } from "./stored-records.js";

/*
 * How a command gets its per-document results. Every analysis command follows one pattern:
 *
 *   export function registerX(program: Command, context: CommandContext): void {
 *     withCommonOptions(program.command("x")…).action(context.action(runX, { parts: … }));
 *   }
 *   async function runX({ printer, logger, results }: CommandRun, options: XOptions): Promise<number> {
 *     for await (const result of results) …;   // aggregate the per-document results
 *     …printer…;                                 // print
 *     return found ? 0 : 1;                      // the exit code, returned
 *   }
 *
 * The body never knows where its results come from: the context's ResultsSource decides (the command
 * line's paths, read and annotated, or the merged results of shards replayed by `merge`). The context
 * also handles --for-merge (the body does not run: the per-document results are written instead) and
 * reports the documents' diagnostics on stderr for every command alike.
 */

/** What a command's body is given. */
export interface CommandRun {
  printer: Printer;
  logger: Logger;
  /** Annotated documents, in stable path order, one at a time. */
  results: AsyncIterable<DocumentResult>;
  /**
   * Or, for a command that folds its documents into an aggregate: the aggregates of the corpus's pieces,
   * in order, each from the cache or made from its documents (cli/pieces.ts). A body reads one of the two.
   */
  pieces: Pieces;
  /**
   * When the pieces' aggregates are kept in the cache (a corpus-level memo): the pieces with their files and
   * origin, and the documents of some files read again, their diagnostics not reported twice. `annotate` votes
   * from the pieces, then prints each record (cli/voted-pieces.ts).
   */
  kept?: KeptPieces;
}

/** See CommandRun.kept. */
export interface KeptPieces {
  runs: PieceRuns;
  /** The documents of these files (places in the run's list, ascending), read a second time in this run. */
  again(only: ArrayLike<number>): AsyncGenerator<{ seq: number; result: DocumentResult | null }>;
}

/** A command's body: aggregates and prints the results, and returns its exit code (0 found, 1 nothing). */
export type CommandBody<O> = (run: CommandRun, options: O) => Promise<number>;

/** Where the per-document results of a command line come from. */
export type ResultsSource =
  /**
   * Read and annotate the command line's paths (the normal run). `stated`: program files the run stated before
   * (bin/bundled-cli.js), which the code memo does not state again (cache/code-memo.ts).
   */
  | { kind: "paths"; stated?: StatedFiles }
  /** The merged results of the shards of one run (`merge`); `quiet` is merge's own --quiet. */
  | { kind: "replay"; results: AsyncIterable<DocumentResult>; quiet: boolean };

/** What a command declares besides its body. */
export interface CommandSpec<O> {
  /** The options that change the per-document results (part of the cache key), e.g. summary's --sentences. */
  annotate?: (options: O) => Partial<AnnotateOptions>;
  /** What of each result the command reads: all its --for-merge parts carry (default: the whole result). */
  parts?: PartContents;
  /**
   * Whether the command's whole output is kept in the cache for a corpus none of whose files changed
   * (cli/memo.ts; default true). Not for outputs written elsewhere. "records": an output as big as the
   * corpus (annotate), made of each document's stored record: only that no file changed is kept, and
   * the records are printed from the cache (cli/stored-records.ts; JSON and JSON Lines output).
   */
  corpusResult?: boolean | "records";
  /**
   * With "records": whether the stored records printed take the corpus's type vote (cli/voted-records.ts), as
   * the command's body prints them (annotate, unless --stream).
   */
  votes?: (options: O) => boolean;
}

/** The per-program wiring of commands: where results come from, and the exit code the command returned. */
export class CommandContext {
  exitCode = 0;

  constructor(readonly source: ResultsSource) {}

  /** The commander action of an analysis command (see CommandSpec for what else it may declare). */
  action<O extends CommonOptions>(
    body: CommandBody<O>,
    spec: CommandSpec<O> = {},
  ): (paths: string[], options: O, command?: { name(): string }) => Promise<void> {
    return async (paths, options, command) => {
      const annotate = { ...DEFAULT_ANNOTATE_OPTIONS, ...spec.annotate?.(options) };
      const records = spec.corpusResult === "records";
      const memo =
        spec.corpusResult !== false &&
        command !== undefined &&
        (!records || printsStoredRecords(chosenFormat(options)))
          ? { name: command.name(), records, votes: records && spec.votes?.(options) === true }
          : null;
      this.exitCode = await runCommand(this.source, body, paths, options, annotate, spec.parts, memo);
    };
  }

  /** The action of a command that reads no corpus (cache, merge): it returns its exit code. */
  plain<A extends unknown[]>(body: (...args: A) => Promise<number> | number): (...args: A) => Promise<void> {
    return async (...args) => {
      this.exitCode = await body(...args);
    };
  }
}

async function runCommand<O extends CommonOptions>(
  source: ResultsSource,
  body: CommandBody<O>,
  paths: readonly string[],
  options: O,
  annotate: AnnotateOptions,
  parts: PartContents | undefined,
  memo: { name: string; records: boolean; votes: boolean } | null,
): Promise<number> {
  const verbose = options.verbose === true;
  const logger = new Logger(verbose, source.kind === "replay" ? source.quiet : options.quiet === true);
  const reporter = new DiagnosticReporter(logger);
  let code: number;
  if (source.kind === "replay") {
    code = await body(
      withPieces(openPrinter(options, logger), logger, reported(source.results, reporter)),
      options,
    );
  } else {
    const documents = await annotatePaths(paths, options, annotate, logger, reporter, parts, source.stated);
    try {
      if (options.forMerge)
        code = await (await import("./for-merge.js")).writeForMerge(documents, paths, options, parts);
      else if (memo === null) {
        const printer = openPrinter(options, logger);
        code = await body(withPieces(printer, logger, documents.results()), options);
      } else return await runWithCorpusResult(memo, body, paths, options, documents, logger, reporter);
    } finally {
      documents.close();
    }
  }
  reporter.end();
  return code;
}

/**
 * A run whose whole output may be kept, or found, in the cache (see cli/memo.ts): found, it is printed
 * with the warnings the run gave, and no document is read; else the command runs and its output, warnings
 * and exit code are stored, unless a file changed too recently to trust its identity next time. With
 * `records`, an output not kept (too big, or its file lost) is printed from the documents' stored records.
 */
async function runWithCorpusResult<O extends CommonOptions>(
  { name, records, votes }: { name: string; records: boolean; votes: boolean },
  body: CommandBody<O>,
  paths: readonly string[],
  options: O,
  documents: AnnotatedPaths,
  logger: Logger,
  reporter: DiagnosticReporter,
): Promise<number> {
  const out = new RecordingOutput(openOutput(options));
  try {
    const printer = openPrinter(options, logger, out);
    const memo = corpusMemo(name, paths, options, documents, printer);
    if (memo?.settled) out.spillTo(() => memo.cache.outputWriter(memo.key));
    else out.stop();
    const found = memo?.cache.getCorpus(memo.key);
    if (memo && found) {
      const { output, warnings, exit } = found;
      // An output not kept by design (over the budget) is not recorded again from the stored records.
      if (!output && !found.lost) out.stop();
      const printed = output
        ? await output.copyTo(out).then(() => true)
        : records && (await printStoredRecords(memo.cache, documents, printer, votes));
      if (printed) {
        logger.info(`${memo.files} unchanged file(s): the result of the last run over them, from the cache`);
        for (const warning of warnings) logger.replay(warning);
        // Printed from the stored records (its output file lost): what was printed is kept again.
        const kept = output ? null : out.finish();
        if (kept !== null)
          memo.cache.putCorpus(memo.key, memo.scope, memo.code, { output: kept, warnings, exit });
        return exit;
      }
    }
    const warnings = logger.record();
    const runs = memo ? keptPieceRuns(memo, documents, logger, warnings, reporter) : null;
    const pieces = runs ? keptPieces(runs) : unkeptPieces(documents.results());
    const results = documents.results();
    const kept = runs
      ? { runs, again: (only: ArrayLike<number>) => documents.documentsOf(only, true) }
      : null;
    const code = await body({ printer, logger, results, pieces, ...(kept ? { kept } : {}) }, options);
    reporter.end();
    if (memo?.settled && documents.complete()) {
      const output = out.finish();
      // An output not kept is stored all the same for a command that can print the stored records.
      if (output !== null || records)
        memo.cache.putCorpus(memo.key, memo.scope, memo.code, { output, warnings, exit: code });
    }
    return code;
  } finally {
    out.stop();
  }
}

/** A body's run whose pieces are its results, none kept. */
function withPieces(printer: Printer, logger: Logger, results: AsyncIterable<DocumentResult>): CommandRun {
  return { printer, logger, results, pieces: unkeptPieces(results) };
}

/** Replayed results, their diagnostics reported as each one's turn comes (as in a run that reads files). */
async function* reported(
  results: AsyncIterable<DocumentResult>,
  reporter: DiagnosticReporter,
): AsyncGenerator<DocumentResult> {
  for await (const result of results) {
    if (result.diagnostics.length > 0) reporter.report(result.annotation.path, result.diagnostics);
    yield result;
  }
}
