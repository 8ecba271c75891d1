import { EntityAggregator } from "../../src/aggregate/entities.js";
import { makeDocument } from "../../src/corpus/read.js";
import { nameDocument } from "../../src/pipeline/annotate.js";
import { splitDocument } from "../../src/text/split.js";
import type { Document } from "../../src/types.js";

/** A document that is all body: no header is read from `text`, whatever it starts with. */
export function bodyOnlyDocument(text: string): Document {
  return { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" };
}

/** A document read as a file would be: a header at its start is parsed. */
export function documentOf(text: string, id = "-"): Document {
  return makeDocument(id, id, text);
}

/** "name: alias, alias" of every organization of the texts taken as one corpus, sorted. */
export function organizationsOf(...texts: string[]): string[] {
  const aggregator = new EntityAggregator();
  texts.forEach((text, i) => {
    const doc = documentOf(text, `doc${i}`);
    aggregator.addAnnotation(nameDocument(doc, splitDocument(doc)));
  });
  return aggregator
    .result()
    .filter((r) => r.type === "organization")
    .map((r) => `${r.name}: ${[...r.aliases].sort().join(", ")}`)
    .sort();
}

/** The people of a document that is all body, each once, in order of first mention (the per-document naming). */
export function peopleOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return [...new Set(mentions.filter((m) => m.type === "person").map((m) => m.entity))];
}

/** A body-only document's mentions as "text|type" and its quotes' speakers' names (the per-document naming). */
export function namedOf(text: string): { mentions: string[]; speakers: (string | null)[] } {
  const doc = bodyOnlyDocument(text);
  const { mentions, quotes } = nameDocument(doc, splitDocument(doc));
  return {
    mentions: mentions.map((m) => `${m.text}|${m.type}`),
    speakers: quotes.map((q) => q.speaker.name),
  };
}
