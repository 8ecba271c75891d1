import type { Printer } from "../format/printer.js";
import { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "../pipeline/result.js";
import { annotatePaths } from "./documents.js";
import { type PartContents, writeForMerge } from "./for-merge.js";
import { Logger } from "./logger.js";
import { type CommonOptions, openPrinter } from "./options.js";
import { DiagnosticReporter } from "./report.js";

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
}

/** A command's body: aggregates and prints the results, and returns its exit code (0 found, 1 nothing). */
export type CommandBody<O> = (run: CommandRun, options: O) => Promise<number>;

/** Where the per-document results of a command line come from. */
export type ResultsSource =
  /** Read and annotate the command line's paths (the normal run). */
  | { kind: "paths" }
  /** The merged results of the shards of one run (`merge`); `quiet` is merge's own --quiet. */
  | { kind: "replay"; results: AsyncIterable<DocumentResult>; quiet: boolean };

/** What a command declares besides its body. */
export interface CommandSpec<O> {
  /** The options that change the per-document results (part of the cache key), e.g. summary's --sentences. */
  annotate?: (options: O) => Partial<AnnotateOptions>;
  /** What of each result the command reads: all its --for-merge parts carry (default: the whole result). */
  parts?: PartContents;
}

/** The per-program wiring of commands: where results come from, and the exit code the command returned. */
export class CommandContext {
  exitCode = 0;

  constructor(readonly source: ResultsSource) {}

  /** The commander action of an analysis command (see CommandSpec for what else it may declare). */
  action<O extends CommonOptions>(
    body: CommandBody<O>,
    spec: CommandSpec<O> = {},
  ): (paths: string[], options: O) => Promise<void> {
    return async (paths, options) => {
      const annotate = { ...DEFAULT_ANNOTATE_OPTIONS, ...spec.annotate?.(options) };
      this.exitCode = await runCommand(this.source, body, paths, options, annotate, spec.parts);
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
): Promise<number> {
  const verbose = options.verbose === true;
  const logger = new Logger(verbose, source.kind === "replay" ? source.quiet : options.quiet === true);
  const reporter = new DiagnosticReporter(logger, verbose);
  let code: number;
  if (source.kind === "replay") {
    code = await body(
      { printer: openPrinter(options, logger), logger, results: reported(source.results, reporter) },
      options,
    );
  } else {
    const documents = await annotatePaths(paths, options, annotate, logger, reporter, parts?.words !== false);
    code = options.forMerge
      ? await writeForMerge(documents, paths, options, parts)
      : await body({ printer: openPrinter(options, logger), logger, results: documents.results() }, options);
  }
  reporter.end();
  return code;
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
