// The peer: what compromise alone does towards our record, per document, in one process: its full parse
// (nlp(text)), then the people, places and organizations, and the quotations. Counts go to stdout so that
// no step can be skipped as unused.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nlp from "compromise";

const dir = process.argv[2];
const counts = { people: 0, places: 0, organizations: 0, quotations: 0 };
for (const name of readdirSync(dir).sort()) {
  const doc = nlp(readFileSync(path.join(dir, name), "utf8"));
  counts.people += doc.people().out("array").length;
  counts.places += doc.places().out("array").length;
  counts.organizations += doc.organizations().out("array").length;
  counts.quotations += doc.quotations().out("array").length;
}
process.stdout.write(`${JSON.stringify(counts)}\n`);
