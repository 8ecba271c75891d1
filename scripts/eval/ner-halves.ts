/**
 * `npx tsx scripts/eval/ner-halves.ts [--errors fit|check|gum|gum-train] [--raw]`: CoNLL dev split by document into FIT and
 * CHECK halves (a seeded shuffle, seed 20261215 unless --seed N; session 10 mined the FIT half of 20261205), PER+LOC / PER / LOC / ORG exact-span F1 of
 * annotate's mentions (after resolve/names; --raw: the tagger's) on each half, and GUM dev beside them. Rules are
 * chosen from FIT's errors (--errors fit prints them, one line each); CHECK is only scored. Prints nothing to files.
 */
import { join } from "node:path";
import { readGum, tokenizeGum } from "../lib/gum-ner.js";
import { table } from "../lib/shared.js";
import { readGold } from "./ner.js";
import { gumGoldSpans, ourSpans, Score } from "./ner-score.js";

const evalDir = join(import.meta.dirname, "../../../shared/eval");
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args[at + 1];
};
const seed = Number(option("--seed") ?? 20261215);
const errorsOf = option("--errors");
const resolved = !args.includes("--raw");

/** mulberry32: a small seeded generator, so the halves are the same on every run. */
function random(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Doc {
  text: string;
  gold: Set<string>;
}

const conll: Doc[] = readGold(join(evalDir, "ner", "conll2003-dev.conll")).map((d) => ({
  text: d.text,
  gold: d.spans,
}));
const order = conll.map((_, i) => i);
const next = random(seed);
for (let i = order.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [order[i], order[j]] = [order[j] as number, order[i] as number];
}
const half = Math.floor(order.length / 2);
const fit = new Set(order.slice(0, half));

/** GUM dev is the check; GUM train's errors (`--errors gum-train`) are for choosing rules. */
const gumOf = (file: string): Doc[] =>
  readGum(join(evalDir, "entities", file)).map((doc) => ({
    text: doc.text,
    gold: gumGoldSpans(doc, tokenizeGum(doc.text)),
  }));
const gum = gumOf("gum-dev.jsonl");

function showErrors(docs: readonly (readonly [number, Doc])[]): void {
  for (const [n, d] of docs) {
    const predicted = ourSpans(d.text, resolved);
    const show = (kind: string, key: string): void => {
      const [label, s, e] = key.split(":");
      const start = Number(s);
      const end = Number(e);
      const flat = (x: string): string => x.replace(/\s+/g, " ");
      const same = [...(kind === "FP" ? d.gold : predicted)].filter((k) => k.endsWith(`:${start}:${end}`));
      const before = flat(d.text.slice(Math.max(0, start - 50), start));
      const after = flat(d.text.slice(end, end + 40));
      console.log(
        `${n}\t${kind}\t${label}\t${flat(d.text.slice(start, end))}\t${same.join(",")}\t${before} [[${flat(d.text.slice(start, end))}]] ${after}`,
      );
    };
    for (const key of predicted) if (!d.gold.has(key) && /^(PER|LOC)/.test(key)) show("FP", key);
    for (const key of d.gold) if (!predicted.has(key) && /^(PER|LOC)/.test(key)) show("FN", key);
  }
}

if (errorsOf !== undefined) {
  const pick =
    errorsOf === "gum" || errorsOf === "gum-train"
      ? (errorsOf === "gum" ? gum : gumOf("gum-train.jsonl")).map((d, n) => [n, d] as const)
      : conll.map((d, n) => [n, d] as const).filter(([n]) => fit.has(n) === (errorsOf === "fit"));
  showErrors(pick);
} else {
  const rows = [
    [
      `${resolved ? "annotate's mentions" : "tagger"}, seed ${seed}`,
      "PER+LOC P",
      "R",
      "F1",
      "PER F1",
      "LOC F1",
      "ORG F1",
    ],
  ];
  const score = (name: string, docs: readonly Doc[]): void => {
    const s = { "PER+LOC": new Score(), PER: new Score(), LOC: new Score(), ORG: new Score() };
    for (const d of docs) {
      const p = ourSpans(d.text, resolved);
      s["PER+LOC"].add(d.gold, p, ["PER", "LOC"]);
      for (const label of ["PER", "LOC", "ORG"] as const) s[label].add(d.gold, p, [label]);
    }
    rows.push([
      name,
      ...s["PER+LOC"].row(),
      s.PER.row()[2] as string,
      s.LOC.row()[2] as string,
      s.ORG.row()[2] as string,
    ]);
  };
  score(
    `CoNLL dev FIT (${fit.size} docs)`,
    conll.filter((_, n) => fit.has(n)),
  );
  score(
    `CoNLL dev CHECK (${conll.length - fit.size} docs)`,
    conll.filter((_, n) => !fit.has(n)),
  );
  score("CoNLL dev all", conll);
  score(`GUM dev (${gum.length} docs)`, gum);
  console.log(table(rows));
}
