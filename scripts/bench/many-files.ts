/**
 * A corpus of many small files, for measuring what a run holds per file (issue #15: peak RSS flat in corpus
 * size, "design for corpora far larger than memory"): `count` files in folders of FOLDER_FILES, their texts
 * drawn from `distinct` synthetic articles (synthetic.ts), so that a cold run annotates only `distinct`
 * documents and finds the others by content: what is measured is the per-file cost, not the tagger's.
 *
 *   npx tsx scripts/bench/many-files.ts /tmp/many-200k 200000 [distinct=500]
 *
 * Put it under /tmp and delete it when done (a million files take ~4 GB of disk blocks).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { syntheticArticle } from "./synthetic.js";

const FOLDER_FILES = 1000;

export function writeManyFiles(dir: string, count: number, distinct = 500): void {
  const texts = Array.from({ length: distinct }, (_, i) => syntheticArticle(i + 1, 2));
  for (let i = 0; i < count; i++) {
    const folder = path.join(dir, `part-${String(Math.floor(i / FOLDER_FILES)).padStart(4, "0")}`);
    if (i % FOLDER_FILES === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, `article-${String(i).padStart(7, "0")}.txt`),
      texts[i % distinct] as string,
    );
  }
}

if (process.argv[1]?.endsWith("many-files.ts")) {
  const [dir, count, distinct] = process.argv.slice(2);
  if (!dir || !count) {
    process.stderr.write("usage: many-files.ts DIR COUNT [DISTINCT]\n");
    process.exit(2);
  }
  writeManyFiles(dir, Number(count), distinct ? Number(distinct) : undefined);
}
