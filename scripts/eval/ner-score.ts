/** Exact-span scoring shared by the CoNLL and GUM sections of the entities eval. */
import { extractMentions } from "../../src/extract/entities/index.js";
import { nameMentions } from "../../src/resolve/names/index.js";
import { splitDocument } from "../../src/text/split.js";
import { type GumDocument, type GumTokens, nameSpans } from "../lib/gum-ner.js";
import { evalDocument } from "../lib/shared.js";

export type Label = "PER" | "LOC" | "ORG";

export function spanKey(label: Label, start: number, end: number): string {
  return `${label}:${start}:${end}`;
}

/** A GUM document's gold PER, LOC and ORG spans as span keys (character offsets of the tokenized text). */
export function gumGoldSpans(doc: GumDocument, gum: GumTokens): Set<string> {
  const gold = new Set<string>();
  for (const span of nameSpans(doc, gum, true)) {
    if (span.label !== "PER" && span.label !== "LOC" && span.label !== "ORG") continue;
    const start = (gum.tokens[span.first] as { start: number }).start;
    const end = (gum.tokens[span.end - 1] as { end: number }).end;
    gold.add(spanKey(span.label, start, end));
  }
  return gold;
}

export class Score {
  tp = 0;
  fp = 0;
  fn = 0;
  add(gold: Set<string>, predicted: Set<string>, labels: readonly Label[]): void {
    const keep = (key: string): boolean => labels.includes(key.split(":")[0] as Label);
    for (const key of predicted) if (keep(key)) gold.has(key) ? this.tp++ : this.fp++;
    for (const key of gold) if (keep(key) && !predicted.has(key)) this.fn++;
  }
  row(): string[] {
    const p = this.tp / (this.tp + this.fp || 1);
    const r = this.tp / (this.tp + this.fn || 1);
    const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
    return [p, r, f].map((x) => (100 * x).toFixed(1));
  }
}

/** Our spans: extractMentions' (the tagger's), or with `resolved` the mentions annotate writes (after resolve/names). */
export function ourSpans(text: string, resolved = false): Set<string> {
  const doc = evalDocument("-", text);
  const spans = new Set<string>();
  const split = splitDocument(doc);
  const extracted = extractMentions(doc, split);
  for (const m of resolved ? nameMentions(extracted, doc.text, split.tokens) : extracted) {
    const label: Label | null =
      m.type === "person"
        ? "PER"
        : m.type === "country" || m.type === "place"
          ? "LOC"
          : m.type === "organization"
            ? "ORG"
            : null;
    if (label !== null) spans.add(spanKey(label, m.start, m.end));
  }
  return spans;
}

interface CompromiseView {
  json(options: { offset: boolean }): { offset: { start: number; length: number } }[];
}
export type Nlp = (text: string) => {
  people(): CompromiseView;
  places(): CompromiseView;
  organizations(): CompromiseView;
};

export function compromiseSpans(nlp: Nlp, text: string, organizations = false): Set<string> {
  const parsed = nlp(text);
  const spans = new Set<string>();
  const add = (label: Label, view: CompromiseView): void => {
    for (const { offset } of view.json({ offset: true })) {
      // compromise includes trailing punctuation and possessives in a term's offset: trim them as we do.
      let end = offset.start + offset.length;
      const piece = text.slice(offset.start, end);
      const trimmed = piece.replace(/(?:['’]s)?[\s\p{P}]*$/u, "");
      end = offset.start + (trimmed.length || piece.length);
      spans.add(spanKey(label, offset.start, end));
    }
  };
  add("PER", parsed.people());
  add("LOC", parsed.places());
  if (organizations) add("ORG", parsed.organizations());
  return spans;
}
