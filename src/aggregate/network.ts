/**
 * Entity networks, counted as documents stream past: co-occurrence (two entities in the same sentence, in
 * the same document) and quotes (a speaker naming an entity inside their quote). Memory is bounded: pairs
 * are formed only among one document's entities (its 64 most mentioned), and when the pair table passes
 * MAX_PAIRS the pairs seen only once are dropped (counted in `pruned`, and said so), which keeps the
 * strong edges exact. Names are joined to corpus-level entities at the end, as `entities` joins them.
 */
import type { Annotation, Mention } from "../types.js";
import { association } from "./association.js";
import { type CorpusNames, entityKey, splitKey } from "./canonical.js";
import { type Graph, type GraphQuery, nodeId } from "./graph.js";
import { BASE, MAX_PAIRS, mentionKey, PairCounter, pairsOf } from "./pairs.js";

const MAX_DOCUMENT_ENTITIES = 64;
const MAX_SENTENCE_ENTITIES = 32;

/** Entities that appear together: `sentences` and `documents` are the two weights of an edge. */
export class CooccurrenceAggregator extends PairCounter {
  constructor(
    readonly weight: "sentences" | "documents" = "sentences",
    maxPairs = MAX_PAIRS,
    names?: CorpusNames,
  ) {
    super(maxPairs, names);
  }

  add(annotation: Annotation): void {
    const keyOf = this.addNodes(annotation);
    const top = new Map<string, number>();
    for (const e of (annotation.entities ?? []).slice(0, MAX_DOCUMENT_ENTITIES)) {
      const key = entityKey(e.type, e.name);
      top.set(key, this.idOf(keyOf(key)));
    }
    const units = new Map<number, number>();
    const mentions = annotation.mentions ?? [];
    let m = 0;
    for (const sentence of annotation.sentences) {
      const ids: number[] = [];
      while (m < mentions.length && (mentions[m] as Mention).start < sentence.end) {
        const mention = mentions[m++] as Mention;
        const id = top.get(mentionKey(mention));
        if (mention.start >= sentence.start && id !== undefined && ids.length < MAX_SENTENCE_ENTITIES)
          ids.push(id);
      }
      pairsOf(ids, units);
    }
    // A document's pairs that never shared a sentence still count once for the document.
    const inDocument = new Map<number, number>();
    pairsOf([...top.values()], inDocument);
    for (const pair of inDocument.keys()) if (!units.has(pair)) units.set(pair, 0);
    this.addPairs(units);
  }

  result(query: GraphQuery): Graph {
    const n = this.documents;
    return this.build(
      "cooccurrence",
      query,
      (source, target, c, nodes) => {
        const a = nodes.get(source)?.documents ?? 0;
        const b = nodes.get(target)?.documents ?? 0;
        const documents = Math.min(c.documents, a, b);
        return {
          source,
          target,
          weight: this.weight === "sentences" ? c.units : documents,
          sentences: c.units,
          documents,
          ...association(documents, a, b, n),
        };
      },
      false,
    );
  }
}

/** Speaker → entities named inside their quotes; scores over quotes (how many of a speaker's quotes). */
export class QuoteNetworkAggregator extends PairCounter {
  private quotes = 0;
  private readonly bySpeaker = new Map<string, number>();
  private readonly byTarget = new Map<string, number>();

  add(annotation: Annotation): void {
    const keyOf = this.addNodes(annotation);
    const mentions = annotation.mentions ?? [];
    const units = new Map<number, number>();
    for (const quote of annotation.quotes ?? []) {
      if (quote.partial) continue;
      const speaker = quote.speaker.name
        ? entityKey("person", quote.speaker.name)
        : quote.speaker.organization
          ? entityKey("organization", quote.speaker.organization)
          : null;
      if (speaker === null) continue;
      this.quotes += 1;
      this.bySpeaker.set(speaker, (this.bySpeaker.get(speaker) ?? 0) + 1);
      if (!this.nodes.has(speaker)) {
        const { type, name } = splitKey(speaker);
        this.nodes.set(speaker, { name, type, mentions: 0, documents: 0 });
      }
      const named = new Set<string>();
      for (const m of mentions) {
        if (m.start >= quote.start && m.end <= quote.end) named.add(keyOf(mentionKey(m)));
      }
      named.delete(speaker);
      for (const target of named) {
        this.byTarget.set(target, (this.byTarget.get(target) ?? 0) + 1);
        const pair = this.idOf(speaker) * BASE + this.idOf(target);
        units.set(pair, (units.get(pair) ?? 0) + 1);
      }
    }
    this.addPairs(units);
  }

  result(query: GraphQuery): Graph {
    const canonical = this.names.keys();
    const sum = (counts: Map<string, number>): Map<string, number> => {
      const out = new Map<string, number>();
      for (const [key, n] of counts) {
        const { type, name } = splitKey(canonical(key));
        const id = nodeId(type, name);
        out.set(id, (out.get(id) ?? 0) + n);
      }
      return out;
    };
    const speakers = sum(this.bySpeaker);
    const targets = sum(this.byTarget);
    return this.build(
      "quotes",
      query,
      (source, target, c) => ({
        source,
        target,
        weight: c.units,
        quotes: c.units,
        documents: c.documents,
        ...association(c.units, speakers.get(source) ?? 0, targets.get(target) ?? 0, this.quotes),
      }),
      true,
    );
  }
}
