import { type Command, Option } from "commander";
import { AtomicFile } from "../corpus/atomic-file.js";
import { DEFAULT_EXTENSIONS } from "../corpus/index.js";
import { FORMATS, type Format, type OutputStream, Printer } from "../format/printer.js";
import { UsageError } from "./logger.js";

export interface CommonOptions {
  format: Format;
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  color: boolean;
  verbose?: boolean;
  quiet?: boolean;
  ext: string;
  /** --output FILE: results written atomically to FILE instead of stdout. */
  output?: string;
  /** Worker threads (0 or absent: one per core). */
  jobs?: number;
  /** false with --no-cache. */
  cache?: boolean;
  /** "I/N" with --shard. */
  shard?: string;
  /** --for-merge: print per-document results for `corpus-cli merge` instead of the output. */
  forMerge?: boolean;
}

/** Options every command takes: output format, colour, verbosity, file extensions, and how to scale. */
export function withCommonOptions(command: Command): Command {
  return command
    .addOption(new Option("-f, --format <format>", "output format").choices(FORMATS).default("table"))
    .option("--json", "shorthand for --format json")
    .option("--jsonl", "shorthand for --format jsonl (one JSON object per line)")
    .option("--csv", "shorthand for --format csv")
    .option(
      "--no-color",
      "never colour the output (colour is used only on a terminal, and never with NO_COLOR)",
    )
    .option(
      "--ext <list>",
      "file extensions read from folders, comma-separated",
      DEFAULT_EXTENSIONS.join(","),
    )
    .option(
      "-o, --output <file>",
      "write the results to FILE (atomically: a temporary file renamed at the end)",
    )
    .option("-v, --verbose", "say on stderr what is read and from where")
    .option("-q, --quiet", "no warnings or progress on stderr")
    .option("-j, --jobs <n>", "worker threads (default: one per core; 1: no workers)", positiveInt("--jobs"))
    .option("--no-cache", "neither read nor write the cache of per-document results")
    .option("--shard <I/N>", "only the I-th of N slices of the input files (by a hash of their id)")
    .option(
      "--for-merge",
      "print per-document results for `corpus-cli merge` instead of this command's output",
    );
}

export function chosenFormat(options: CommonOptions): Format {
  if (options.jsonl) return "jsonl";
  if (options.json) return "json";
  if (options.csv) return "csv";
  return options.format;
}

export function extensions(options: CommonOptions): string[] {
  return options.ext
    .split(",")
    .map((e) => e.trim().toLowerCase())
    .filter((e) => e.length > 0)
    .map((e) => (e.startsWith(".") ? e : `.${e}`));
}

export function positiveInt(name: string): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} takes a whole number, not "${value}"`);
    return n;
  };
}

/** Where results go: stdout, or with --output FILE a file committed (renamed into place) by main() at the end. */
export function openOutput(options: CommonOptions): OutputStream {
  if (!options.output) return process.stdout;
  try {
    return new AtomicFile(options.output);
  } catch (error) {
    throw new UsageError(`cannot write ${options.output}: ${(error as NodeJS.ErrnoException).code ?? error}`);
  }
}

export function openPrinter(options: CommonOptions): Printer {
  return new Printer({ format: chosenFormat(options), color: options.color, out: openOutput(options) });
}
