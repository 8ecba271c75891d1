import { readFileSync } from "node:fs";
import { PARTIAL_MARK, PartialWriter } from "../merge/partial.js";
import { formatShard } from "../shard/select.js";
import type { AnnotatedPaths } from "./documents.js";
import { type CommonOptions, openOutput } from "./options.js";

const VERSION = (
  JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string }
).version;

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
): Promise<number> {
  const out = openOutput(options);
  const partial = new PartialWriter((text) => out.write(text), {
    format: PARTIAL_MARK,
    version: VERSION,
    fingerprint: documents.fingerprint,
    argv: process.argv.slice(2),
    paths: [...paths],
    shard: documents.shard ? formatShard(documents.shard) : null,
    files: documents.total,
    fileList: documents.fileList,
  });
  for await (const { seq, result } of documents.documents()) partial.add(seq, result);
  partial.end(documents.count);
  return 0;
}
