/**
 * `annotate` over a corpus none of whose files changed. For JSON Lines over a corpus of up to
 * MAX_STORED_INPUT_BYTES, the whole output is kept with the corpus-level entry (keepRecordLines, made
 * inside SQLite) and printed as it is. Otherwise each file's stored record is streamed from the cache in
 * one statement (cache/known.ts), with its id and path patched back, through the printer's JSON row sink:
 * the bytes are those of a run that annotates, and memory stays flat whatever the corpus' size.
 */
import type { ResultCache } from "../cache/store.js";
import type { FileIdentity } from "../corpus/index.js";
import { type Printer, RawJson } from "../format/printer.js";
import { annotationNames, DamagedResultError, hasBlankNames, namedAnnotation } from "../pipeline/packed.js";
import type { AnnotatedPaths } from "./documents.js";

/** Whether the output format is one stored records are printed in as they are. */
export const printsStoredRecords = (format: string): boolean => format === "json" || format === "jsonl";

/** Prints every file's stored record; false, having printed nothing, unless every one is in the cache. */
export function printStoredRecords(cache: ResultCache, documents: AnnotatedPaths, printer: Printer): boolean {
  const identities = documents.identities();
  if (identities.some((i) => i === null)) return false;
  const { files } = documents;
  const sink = printer.rows<RawJson>([], (row) => row);
  let printed = 0;
  let damaged: string | null = null;
  const found = cache.knownAnnotations(identities as FileIdentity[], (index, annotation) => {
    const file = files[index] as (typeof files)[number];
    // As unpack() would find it: a stored annotation without its blanked names is damaged.
    if (damaged !== null || !hasBlankNames(annotation)) {
      damaged ??= file.path;
      return;
    }
    sink.write(new RawJson(namedAnnotation(annotation, file)));
    printed += 1;
  });
  if (damaged !== null) throw new DamagedResultError(`the stored annotation of ${damaged} is damaged`);
  // Records already printed cannot be taken back: a failure after the first one is not a miss.
  if (!found && printed > 0) throw new Error(`the cache failed after ${printed} stored record(s)`);
  if (found) sink.end();
  return found;
}

/** The largest corpus, in bytes of input, whose JSON Lines output is kept whole (see keepRecordLines). */
export const MAX_STORED_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * After a run that stored its corpus-level entry (`key`): for JSON Lines, the whole output is kept too,
 * made by SQLite from the stored records (see cache/known.ts), and printed as it is next time.
 */
export function keepRecordLines(
  cache: ResultCache,
  documents: AnnotatedPaths,
  printer: Printer,
  key: string,
  maxInputBytes = MAX_STORED_INPUT_BYTES,
): void {
  const identities = documents.identities();
  if (printer.format !== "jsonl" || identities.some((i) => i === null)) return;
  // A warm run holds the stored output as one value: kept only while that stays small, so that memory
  // stays flat on a corpus of any size (a bigger one streams its records, knownAnnotations). The output
  // is ~2.5x its input (43 MB for Reuters' 17.3 MB), so 64 MB of input keeps it under ~170 MB, far
  // below SQLite's 1 GB limit on one value.
  const inputBytes = (identities as FileIdentity[]).reduce((sum, i) => sum + i.size, 0);
  if (inputBytes > maxInputBytes) return;
  cache.storeRecordLines(identities as FileIdentity[], documents.files.map(annotationNames), key);
}
