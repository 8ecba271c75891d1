/**
 * GUM dev as NER: exact-span P/R/F1 for PER, LOC, ORG and PER+LOC over all 30 dev documents (15 genres), gold
 * = the name-token runs of GUM's proper mentions exactly as training reads them (scripts/lib/gum-ner.ts), ours
 * beside compromise alone (people / places / organizations).
 */
import { join } from "node:path";
import { readGum, tokenizeGum } from "../lib/gum-ner.js";
import { table } from "../lib/shared.js";
import { compromiseSpans, gumGoldSpans, type Label, type Nlp, ourSpans, Score } from "./ner-score.js";

const LABELS: Label[] = ["PER", "LOC", "ORG"];

export function runGum(evalDir: string, nlp: Nlp): void {
  const docs = readGum(join(evalDir, "entities", "gum-dev.jsonl"));
  const ours = { PER: new Score(), LOC: new Score(), ORG: new Score(), "PER+LOC": new Score() };
  const theirs = { PER: new Score(), LOC: new Score(), ORG: new Score(), "PER+LOC": new Score() };
  let words = 0;
  for (const doc of docs) {
    const gum = tokenizeGum(doc.text);
    words += gum.tokens.length;
    const gold = gumGoldSpans(doc, gum);
    const predicted = ourSpans(doc.text);
    const baseline = compromiseSpans(nlp, doc.text, true);
    for (const [scores, spans] of [
      [ours, predicted],
      [theirs, baseline],
    ] as const) {
      for (const label of LABELS) scores[label].add(gold, spans, [label]);
      scores["PER+LOC"].add(gold, spans, ["PER", "LOC"]);
    }
  }
  const rows = [["GUM dev, exact name spans", "P", "R", "F1"]];
  for (const [name, score] of Object.entries(ours)) rows.push([`corpus-cli ${name}`, ...score.row()]);
  for (const [name, score] of Object.entries(theirs)) rows.push([`compromise ${name}`, ...score.row()]);
  console.log(`\n${docs.length} GUM dev documents, ${words} tokens`);
  console.log(table(rows));
}
