/**
 * Entity networks, counted as documents stream past: co-occurrence (two entities in the same sentence, in
 * the same document) and quotes (a speaker naming an entity inside their quote). Memory is bounded: pairs
 * are formed only among one document's entities (its 64 most mentioned), and when the pair table passes
 * MAX_PAIRS the pairs seen only once are dropped (counted in `pruned`, and said so), which keeps the
 * strong edges exact. Names are joined to corpus-level entities at the end, as `entities` joins them.
 */
import type { Annotation, EntityType, Mention } from "../types.js";
import { association } from "./association.js";
import { canonicalKeys, type EntityKeyTotals, entityKey, splitKey } from "./canonical.js";
import { type Graph, type GraphEdge, type GraphNode, type GraphQuery, nodeId } from "./graph.js";
import { byCodePoint } from "./order.js";

const MAX_DOCUMENT_ENTITIES = 64;
const MAX_SENTENCE_ENTITIES = 32;
export const MAX_PAIRS = 400_000;

interface PairCounts {
  /** Sentences (co-occurrence) or quotes (quote network) holding both. */
  units: number;
  documents: number;
}

const SEP = "\u0001";
/** A pair is one number, a·BASE + b, over interned entity ids: half the memory of a string key, and faster. */
const BASE = 2 ** 24;
const mentionKey = (m: Mention): string =>
  entityKey(m.type === "demonym" ? "country" : (m.type as EntityType), m.entity);

/** Node totals, pair counts and pruning shared by both networks. */
abstract class PairCounter {
  protected readonly nodes = new Map<string, EntityKeyTotals>();
  protected readonly pairs = new Map<number, PairCounts>();
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  protected documents = 0;
  private pruned = 0;

  constructor(private readonly maxPairs = MAX_PAIRS) {}

  protected addNodes(annotation: Annotation): void {
    this.documents += 1;
    for (const e of annotation.entities ?? []) {
      const key = entityKey(e.type, e.name);
      const mentions = e.count;
      const t = this.nodes.get(key);
      if (t) {
        t.mentions += mentions;
        t.documents += 1;
      } else this.nodes.set(key, { name: e.name, type: e.type, mentions, documents: 1 });
    }
  }

  /** The interned id of an entity key. */
  protected idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      if (id >= BASE) throw new RangeError("more than 16 million distinct entities");
      this.keys.push(key);
      this.ids.set(key, id);
    }
    return id;
  }

  /** Adds one document's pairs: units per pair (sentences or quotes), and the document once per pair. */
  protected addPairs(units: ReadonlyMap<number, number>): void {
    for (const [pair, n] of units) {
      const c = this.pairs.get(pair);
      if (c) {
        c.units += n;
        c.documents += 1;
      } else this.pairs.set(pair, { units: n, documents: 1 });
    }
    if (this.pairs.size > this.maxPairs) this.prune();
  }

  private prune(): void {
    for (let floor = 1; this.pairs.size > this.maxPairs * 0.75; floor++) {
      for (const [pair, c] of this.pairs) {
        if (c.documents <= floor && c.units <= floor) {
          this.pairs.delete(pair);
          this.pruned += 1;
        }
      }
    }
  }

  /** Nodes and edges under corpus-level names; `edgeOf` turns summed counts into an edge. */
  protected build(
    kind: Graph["kind"],
    query: GraphQuery,
    edgeOf: (source: string, target: string, c: PairCounts, nodes: Map<string, GraphNode>) => GraphEdge,
    directed: boolean,
  ): Graph {
    const canonical = canonicalKeys(this.nodes.values());
    const nodes = new Map<string, GraphNode>();
    for (const [key, t] of this.nodes) {
      const target = canonical.get(key) ?? key;
      const { type, name } = splitKey(target);
      const id = nodeId(type, name);
      const n = nodes.get(id);
      if (n) {
        n.mentions += t.mentions;
        n.documents += t.documents;
      } else nodes.set(id, { id, label: name, type, mentions: t.mentions, documents: t.documents });
    }
    const nodeOf = this.keys.map((k) => {
      const { type, name } = splitKey(canonical.get(k) ?? k);
      return nodeId(type, name);
    });
    const joined = new Map<string, PairCounts>();
    for (const [pair, c] of this.pairs) {
      const a = nodeOf[Math.floor(pair / BASE)] as string;
      const b = nodeOf[pair % BASE] as string;
      if (a === b) continue;
      const key = directed || byCodePoint(a, b) < 0 ? `${a}${SEP}${b}` : `${b}${SEP}${a}`;
      const j = joined.get(key);
      if (j) {
        j.units += c.units;
        j.documents += c.documents;
      } else joined.set(key, { ...c });
    }
    const edges: GraphEdge[] = [];
    for (const [pair, c] of joined) {
      const [source, target] = pair.split(SEP) as [string, string];
      const s = nodes.get(source);
      const t = nodes.get(target);
      if (!s || !t || !query.types.has(s.type) || !query.types.has(t.type)) continue;
      const edge = edgeOf(source, target, c, nodes);
      if (edge.weight >= query.minWeight) edges.push(edge);
    }
    edges.sort(
      (a, b) =>
        b.weight - a.weight ||
        b.documents - a.documents ||
        b.g2 - a.g2 ||
        byCodePoint(a.source, b.source) ||
        byCodePoint(a.target, b.target),
    );
    const kept = query.top === undefined ? edges : edges.slice(0, query.top);
    const used = new Set(kept.flatMap((e) => [e.source, e.target]));
    const keptNodes = [...nodes.values()]
      .filter((n) => used.has(n.id))
      .sort((a, b) => b.mentions - a.mentions || byCodePoint(a.id, b.id));
    return { kind, directed, nodes: keptNodes, edges: kept, pruned: this.pruned };
  }
}

function pairsOf(ids: readonly number[], into: Map<number, number>): void {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const pair = (sorted[i] as number) * BASE + (sorted[j] as number);
      into.set(pair, (into.get(pair) ?? 0) + 1);
    }
  }
}

/** Entities that appear together: `sentences` and `documents` are the two weights of an edge. */
export class CooccurrenceAggregator extends PairCounter {
  constructor(
    readonly weight: "sentences" | "documents" = "sentences",
    maxPairs = MAX_PAIRS,
  ) {
    super(maxPairs);
  }

  add(annotation: Annotation): void {
    this.addNodes(annotation);
    const top = new Map<string, number>();
    for (const e of (annotation.entities ?? []).slice(0, MAX_DOCUMENT_ENTITIES)) {
      const key = entityKey(e.type, e.name);
      top.set(key, this.idOf(key));
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
    this.addNodes(annotation);
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
        if (m.start >= quote.start && m.end <= quote.end) named.add(mentionKey(m));
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
    const canonical = canonicalKeys(this.nodes.values());
    const sum = (counts: Map<string, number>): Map<string, number> => {
      const out = new Map<string, number>();
      for (const [key, n] of counts) {
        const { type, name } = splitKey(canonical.get(key) ?? key);
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
