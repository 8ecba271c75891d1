import crypto from "node:crypto";
import Database from "better-sqlite3";
import { EntityAggregator as New } from "../src/aggregate/entities.js";
import { EntityAggregator as Old } from "./entities-old.js";
const db = new Database("/tmp/cachework/c1/annotations.sqlite", { readonly: true });
const rows = db.prepare("SELECT entities FROM results").pluck().all() as (string | null)[];
const docs = rows.map((r) => JSON.parse(`{${r}}`));
for (let rep = 0; rep < 3; rep++) {
  for (const [name, A] of [["old", Old], ["new", New]] as const) {
    let t = performance.now(); let c = process.cpuUsage();
    const a = new A();
    for (const d of docs) a.addAnnotation(d);
    const t1 = performance.now() - t; const c1 = process.cpuUsage(c); c = process.cpuUsage();
    t = performance.now();
    const r = a.result();
    const c2 = process.cpuUsage(c); console.log(name, "add cpu", ((c1.user + c1.system) / 1000).toFixed(0), "result cpu", ((c2.user + c2.system) / 1000).toFixed(0), JSON.stringify(r).length, crypto.createHash("md5").update(JSON.stringify(r)).digest("hex"));
  }
}
