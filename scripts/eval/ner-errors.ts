/**
 * `npx tsx scripts/eval/ner-errors.ts [conll|gum]`: the PER+LOC errors of extractMentions on CoNLL dev or GUM dev,
 * one line each (FP/FN, label, span text, context), for reading errors by kind. Prints nothing from the data to files.
 */
import { join } from "node:path";
import { readGum, tokenizeGum } from "../lib/gum-ner.js";
import { readGold } from "./ner.js";
import { gumGoldSpans, ourSpans } from "./ner-score.js";

const evalDir = join(import.meta.dirname, "../../../shared/eval");
const which = process.argv[2] ?? "conll";
const docs: { text: string; gold: Set<string> }[] = [];
if (which === "conll") {
  for (const d of readGold(join(evalDir, "ner", "conll2003-dev.conll")))
    docs.push({ text: d.text, gold: d.spans });
} else {
  for (const doc of readGum(join(evalDir, "entities", "gum-dev.jsonl"))) {
    docs.push({ text: doc.text, gold: gumGoldSpans(doc, tokenizeGum(doc.text)) });
  }
}
docs.forEach((d, n) => {
  const predicted = ourSpans(d.text);
  const show = (kind: string, key: string): void => {
    const [label, s, e] = key.split(":");
    const start = Number(s);
    const end = Number(e);
    const before = d.text.slice(Math.max(0, start - 40), start).replace(/\s+/g, " ");
    const after = d.text.slice(end, end + 30).replace(/\s+/g, " ");
    // The gold or predicted other reading of the same characters, if any.
    const same = [...(kind === "FP" ? d.gold : predicted)].filter((k) => k.endsWith(`:${start}:${end}`));
    console.log(
      `${n}\t${kind}\t${label}\t${d.text.slice(start, end).replace(/\s+/g, " ")}\t${same.join(",")}\t${before} [[${d.text.slice(start, end).replace(/\s+/g, " ")}]] ${after}`,
    );
  };
  for (const key of predicted) if (!d.gold.has(key) && /^(PER|LOC)/.test(key)) show("FP", key);
  for (const key of d.gold) if (!predicted.has(key) && /^(PER|LOC)/.test(key)) show("FN", key);
});
