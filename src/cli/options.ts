import { type Command, Option } from "commander";
import { parseEntityTypes } from "../aggregate/entity-types.js";
import { AtomicFile } from "../corpus/atomic-file.js";
import type { FieldOptions } from "../corpus/fields.js";
import {
  extensionsOf,
  INPUT_FORMATS,
  type InputFormatOption,
  RECORD_AND_HTML_EXTENSIONS,
} from "../corpus/formats.js";
import { DEFAULT_EXTENSIONS } from "../corpus/inputs.js";
import { FORMATS, type Format, type OutputStream, Printer } from "../format/printer.js";
import { type Logger, UsageError } from "./logger.js";

export interface CommonOptions {
  format: Format;
  json?: boolean;
  jsonl?: boolean;
  csv?: boolean;
  color: boolean;
  verbose?: boolean;
  quiet?: boolean;
  /** --ext: the text extensions read from folders (default txt,md). */
  ext?: string;
  /** --input-format: how files are read (auto: by extension). */
  inputFormat?: InputFormatOption;
  textField?: string;
  dateField?: string;
  titleField?: string;
  idField?: string;
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
  /** --columns a,b,c: the table and CSV columns to print, in this order. */
  columns?: string[];
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
      `text file extensions read from folders, comma-separated (default: ${DEFAULT_EXTENSIONS.join(",")}; with the default --input-format auto, folders also give their .jsonl, .ndjson, .csv, .tsv, .html and .htm files, each also .gz)`,
    )
    .addOption(
      new Option(
        "--input-format <format>",
        "how files are read: one document per text or HTML file, one per JSON Lines line or CSV/TSV row (auto: by extension; - for stdin needs it)",
      )
        .choices(INPUT_FORMATS)
        .default("auto"),
    )
    .option(
      "--text-field <path>",
      "record field holding the text (default: text, body, content, article, story)",
    )
    .option(
      "--date-field <path>",
      "record field holding the date (default: date, published, published_at, pubdate, publication_date)",
    )
    .option("--title-field <path>", "record field holding the title (default: title, headline)")
    .option(
      "--id-field <path>",
      "record field holding the id (default: id, url, guid, uuid; else FILE:LINE, or FILE:ROW in CSV)",
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
      "--columns <list>",
      "table and CSV columns to print, comma-separated, in this order (default: all that fit the terminal)",
      columnList,
    )
    .option(
      "--for-merge",
      "print per-document results for `corpus-cli merge` instead of this command's output",
    );
}

function columnList(value: string): string[] {
  const names = value
    .split(",")
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  if (names.length === 0) throw new UsageError("--columns takes a comma-separated list of column names");
  return names;
}

export function chosenFormat(options: CommonOptions): Format {
  if (options.jsonl) return "jsonl";
  if (options.json) return "json";
  if (options.csv) return "csv";
  return options.format;
}

/** Extensions a folder walk reads: --ext's (text), plus those of records and pages (see formats.ts). */
export function extensions(options: CommonOptions): string[] {
  const format = options.inputFormat ?? "auto";
  if (format !== "auto" && format !== "text") return extensionsOf(format);
  const text = options.ext === undefined ? DEFAULT_EXTENSIONS : textExtensions(options.ext);
  return format === "auto" ? [...text, ...RECORD_AND_HTML_EXTENSIONS] : text;
}

/** --text-field and the others: dotted paths into each record. */
export function fieldOptions(options: CommonOptions): FieldOptions {
  const fields: FieldOptions = {};
  if (options.textField !== undefined) fields.text = options.textField;
  if (options.dateField !== undefined) fields.date = options.dateField;
  if (options.titleField !== undefined) fields.title = options.titleField;
  if (options.idField !== undefined) fields.id = options.idField;
  return fields;
}

function textExtensions(list: string): string[] {
  return list
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

/** The printer of a command's results; `logger` hears which --columns it did not know or left out. */
export function openPrinter(
  options: CommonOptions,
  logger: Logger,
  out: OutputStream = openOutput(options),
): Printer {
  return new Printer({
    format: chosenFormat(options),
    color: options.color,
    out,
    ...(options.columns ? { columns: options.columns } : {}),
    diagnostics: logger,
  });
}

/** --type person,country,...: the entity types a command keeps (a bad name is a usage error, exit 2). */
export function entityTypesOption(list: string | undefined): ReturnType<typeof parseEntityTypes> {
  try {
    return parseEntityTypes(list);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
