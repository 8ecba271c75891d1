/** How an input file is read: one document per file (text, html) or one per record (jsonl, csv, tsv). */
export const INPUT_FORMATS = ["auto", "text", "jsonl", "csv", "tsv", "html"] as const;
export type InputFormatOption = (typeof INPUT_FORMATS)[number];
export type InputFormat = Exclude<InputFormatOption, "auto">;

/** Extensions (lower case) that name each format; each may also end in `.gz`. */
const BY_EXTENSION: Record<string, InputFormat> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".tsv": "tsv",
  ".html": "html",
  ".htm": "html",
};

/** Extensions a folder walk picks up besides the text ones (--ext) when the format is auto. */
export const RECORD_AND_HTML_EXTENSIONS = Object.keys(BY_EXTENSION).flatMap((ext) => [ext, `${ext}.gz`]);

/** The extensions a folder walk reads for an explicit format (text: those of --ext). */
export function extensionsOf(format: InputFormat): string[] {
  return Object.entries(BY_EXTENSION)
    .filter(([, f]) => f === format)
    .flatMap(([ext]) => [ext, `${ext}.gz`]);
}

export function isGzipped(filePath: string): boolean {
  return filePath.toLowerCase().endsWith(".gz");
}

/** The format of a file: the one asked for, else its extension's (`.gz` set aside), else text. */
export function formatOf(filePath: string, option: InputFormatOption): InputFormat {
  if (option !== "auto") return option;
  const lower = filePath.toLowerCase().replace(/\.gz$/, "");
  const dot = lower.lastIndexOf(".");
  return (dot >= 0 ? BY_EXTENSION[lower.slice(dot)] : undefined) ?? "text";
}

/** Formats whose files hold many documents, read as a stream of records. */
export const isRecordFormat = (format: InputFormat): format is "jsonl" | "csv" | "tsv" =>
  format === "jsonl" || format === "csv" || format === "tsv";

/**
 * Found in every name `formatOf` (auto) reads as a records file, anywhere in it: a list's names are searched for it
 * at once (FileList.namesMayMatch) before each is asked its format.
 */
export const RECORD_EXTENSION_ANYWHERE = new RegExp(
  Object.entries(BY_EXTENSION)
    .filter(([, format]) => isRecordFormat(format))
    .map(([ext]) => ext.replace(".", "\\."))
    .join("|"),
  "i",
);
