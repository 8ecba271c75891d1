/**
 * `annotate` over a corpus none of whose files changed, when its whole output was not kept (bigger than the
 * output files' budget, cache/output-files.ts) or its file is gone: each file's stored record is streamed
 * from the cache in one statement (cache/known.ts), with its id and path patched back, through the printer's
 * JSON row sink: the bytes are those of a run that annotates, and memory stays flat whatever the corpus' size.
 */
import type { ResultCache } from "../cache/store.js";
import type { InputFile } from "../corpus/index.js";
import { type Printer, RawJson, type RowSink } from "../format/printer.js";
import { DamagedResultError, hasBlankNames, namedAnnotation } from "../pipeline/packed.js";
import type { AnnotatedPaths } from "./documents.js";

/** Whether the output format is one stored records are printed in as they are. */
export const printsStoredRecords = (format: string): boolean => format === "json" || format === "jsonl";

/** Prints every file's stored record (voted: cli/voted-records.ts); false, having printed nothing, unless every one is in the cache. */
export async function printStoredRecords(
  cache: ResultCache,
  documents: AnnotatedPaths,
  printer: Printer,
  /** Whether the records take the corpus's type vote (cli/voted-records.ts), as `annotate` prints them. */
  votes = false,
): Promise<boolean> {
  const identities = documents.identities();
  if (!identities.all()) return false;
  const { files } = documents;
  const rows = printer.rows<RawJson>([], (row) => row);
  // Loaded here: a run printing its kept output whole (cli/memo.ts) needs none of the vote's modules.
  const voted = votes ? new (await import("./voted-records.js")).VotedRecords(rows) : null;
  const sink: RowSink<RawJson> = voted ?? rows;
  let printed = 0;
  let damaged: string | null = null;
  const found = cache.knownAnnotations(identities, (index, annotation) => {
    const file = files.at(index) as InputFile;
    // As unpack() would find it: a stored annotation without its blanked names is damaged.
    if (damaged !== null || !hasBlankNames(annotation)) {
      damaged ??= file.path;
      return;
    }
    sink.write(new RawJson(namedAnnotation(annotation, file)));
    printed += 1;
  });
  if (!found || damaged !== null) voted?.close();
  if (damaged !== null) throw new DamagedResultError(`the stored annotation of ${damaged} is damaged`);
  // Records already printed cannot be taken back: a failure after the first one is not a miss.
  if (!found && printed > 0) throw new Error(`the cache failed after ${printed} stored record(s)`);
  if (found) sink.end();
  return found;
}
