import { PARTIAL_MARK, PartialWriter } from "../merge/partial.js";
import type { DocumentResult } from "../pipeline/result.js";
import { formatShard } from "../shard/select.js";
import type { Annotation } from "../types.js";
import type { AnnotatedPaths, PartContents } from "./documents.js";
import { type CommonOptions, openOutput } from "./options.js";
import { PACKAGE_VERSION } from "./version.js";

/**
 * --for-merge: the run writes its per-document results for `corpus-cli merge` instead of the command's
 * output; the command's body does not run here (merge runs it over all shards' results). A run that wrote
 * its results succeeded, even when its slice holds nothing the command would print: an empty shard must
 * not fail a Hadoop or Spark job, so the exit code is 0.
 */
export async function writeForMerge(
  documents: AnnotatedPaths,
  paths: readonly string[],
  options: CommonOptions,
  contents: PartContents | undefined,
): Promise<number> {
  const out = openOutput(options);
  const partial = new PartialWriter((text) => out.write(text), {
    format: PARTIAL_MARK,
    version: PACKAGE_VERSION,
    fingerprint: documents.fingerprint,
    argv: process.argv.slice(2),
    paths: [...paths],
    shard: documents.shard ? formatShard(documents.shard) : null,
    files: documents.total,
    fileList: await documents.fileList(),
  });
  for await (const { seq, result } of documents.documents())
    partial.add(seq, contents ? trimmed(result, contents) : result);
  partial.end();
  return 0;
}

function trimmed(result: DocumentResult, contents: PartContents): DocumentResult {
  const words = contents.words ? result.words : [];
  if (contents.fields === "all")
    return { annotation: result.annotation, words, diagnostics: result.diagnostics };
  const { id, path, date, chars, tokens, sentences } = result.annotation;
  const annotation: Annotation = { id, path, date, chars, tokens, sentences };
  for (const field of contents.fields) {
    const value = result.annotation[field];
    if (value !== undefined) Object.assign(annotation, { [field]: value });
  }
  return { annotation, words, diagnostics: result.diagnostics };
}
