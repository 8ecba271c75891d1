import { defaultInputs, InputError, openCorpus } from "../corpus/index.js";
import { Printer } from "../format/printer.js";
import { type AnnotateOptions, DEFAULT_ANNOTATE_OPTIONS, type DocumentResult } from "../pipeline/annotate.js";
import { annotateCorpus } from "../pipeline/run.js";
import { Logger, UsageError } from "./logger.js";
import { type CommonOptions, chosenFormat, extensions } from "./options.js";

export interface CommandRun {
  printer: Printer;
  logger: Logger;
  /** Annotated documents, in stable path order, one at a time. */
  results: AsyncGenerator<DocumentResult>;
}

/** Wires the common options to the core: which files, which printer, which logger. */
export async function startRun(
  paths: readonly string[],
  options: CommonOptions,
  annotate: Partial<AnnotateOptions> = {},
): Promise<CommandRun> {
  const logger = new Logger(options.verbose === true, options.quiet === true);
  const printer = new Printer({ format: chosenFormat(options), color: options.color });
  let inputs = [...paths];
  if (inputs.length === 0) {
    const fallback = defaultInputs();
    inputs = fallback.inputs;
    logger.info(`no PATH given: reading ${fallback.source}`);
  }
  try {
    const corpus = await openCorpus(inputs, extensions(options), { warn: (m) => logger.warn(m) });
    logger.info(`${corpus.files.length} file(s) to read`);
    const results = annotateCorpus(corpus.documents, { ...DEFAULT_ANNOTATE_OPTIONS, ...annotate });
    return { printer, logger, results };
  } catch (error) {
    if (error instanceof InputError) throw new UsageError(error.message);
    throw error;
  }
}
