import Database from "better-sqlite3";
import { EntityAggregator } from "../src/aggregate/entities.js";
const db = new Database("/tmp/cachework/c1/annotations.sqlite", { readonly: true });
let t = performance.now();
const rows = db.prepare("SELECT entities FROM results").pluck().all() as (string | null)[];
console.log("read", (performance.now() - t).toFixed(0));
t = performance.now();
const docs = rows.map((r) => JSON.parse(`{${r}}`));
console.log("parse", (performance.now() - t).toFixed(0));
for (let rep = 0; rep < 3; rep++) {
  t = performance.now();
  const a = new EntityAggregator();
  for (const d of docs) a.addAnnotation(d);
  const t1 = performance.now() - t;
  t = performance.now();
  const r = a.result();
  console.log("add", t1.toFixed(0), "result", (performance.now() - t).toFixed(0), r.length);
}
