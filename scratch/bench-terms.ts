import Database from "better-sqlite3";
import { TermStatistics as New } from "../src/aggregate/terms.js";
import { TermStatistics as Old } from "./terms-old.js";
const db = new Database("/tmp/cachework/c1/annotations.sqlite", { readonly: true });
const words = (db.prepare("SELECT words FROM results").pluck().all() as string[]).map((w) => JSON.parse(w) as [string, number][]);
for (let rep = 0; rep < 3; rep++) {
  let t = performance.now();
  const o = new Old();
  for (const w of words) o.add(new Map(w));
  const ot = o.top(10);
  const t1 = performance.now() - t;
  t = performance.now();
  const n = new New();
  for (const w of words) n.add(w);
  const nt = n.top(10);
  const t2 = performance.now() - t;
  console.log(words.length, "old (new Map + add + top)", t1.toFixed(0), "new (add + top)", t2.toFixed(0), JSON.stringify(ot) === JSON.stringify(nt), o.documentFrequency.size === n.distinctTerms);
}
