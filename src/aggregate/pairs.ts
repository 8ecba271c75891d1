/**
 * Pair counting shared by the networks: node totals, pairs keyed by interned entity ids, and the pruning
 * that bounds memory (see network.ts), then the join to corpus-level names and the ranking of edges.
 */
import type { Annotation, EntityType, Mention } from "../types.js";
import { CorpusNames, type EntityKeyTotals, entityKey, splitKey } from "./canonical.js";
import { type Graph, type GraphEdge, type GraphNode, type GraphQuery, nodeId } from "./graph.js";
import { byCodePoint } from "./order.js";

export const MAX_PAIRS = 400_000;

export interface PairCounts {
  /** Sentences (co-occurrence) or quotes (quote network) holding both. */
  units: number;
  documents: number;
}

const SEP = "\u0001";
/** A pair is one number, a·BASE + b, over interned entity ids: half the memory of a string key, and faster. */
export const BASE = 2 ** 24;
export const mentionKey = (m: Mention): string =>
  entityKey(m.type === "demonym" ? "country" : (m.type as EntityType), m.entity);

/** Node totals, pair counts and pruning shared by both networks. */
export abstract class PairCounter {
  protected readonly nodes = new Map<string, EntityKeyTotals>();
  protected readonly pairs = new Map<number, PairCounts>();
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];
  protected documents = 0;
  private pruned = 0;

  /** `names`: the corpus's names, shared with the other views of a report (each document is added once). */
  constructor(
    private readonly maxPairs = MAX_PAIRS,
    protected readonly names = new CorpusNames(),
  ) {}

  /**
   * Adds one document's entities as nodes, each under its key in the document (CorpusNames.add), and returns
   * those keys.
   */
  protected addNodes(annotation: Annotation): (key: string) => string {
    this.documents += 1;
    const keyOf = this.names.add(annotation);
    for (const e of annotation.entities ?? []) {
      const key = keyOf(entityKey(e.type, e.name));
      const mentions = e.count;
      const t = this.nodes.get(key);
      if (t) {
        t.mentions += mentions;
        t.documents += 1;
      } else this.nodes.set(key, { name: e.name, type: e.type, mentions, documents: 1 });
    }
    return keyOf;
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
    const canonical = this.names.keys();
    const nodes = new Map<string, GraphNode>();
    for (const [key, t] of this.nodes) {
      const target = canonical(key);
      const { type, name } = splitKey(target);
      const id = nodeId(type, name);
      const n = nodes.get(id);
      if (n) {
        n.mentions += t.mentions;
        n.documents += t.documents;
      } else nodes.set(id, { id, label: name, type, mentions: t.mentions, documents: t.documents });
    }
    const nodeOf = this.keys.map((k) => {
      const { type, name } = splitKey(canonical(k));
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

export function pairsOf(ids: readonly number[], into: Map<number, number>): void {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const pair = (sorted[i] as number) * BASE + (sorted[j] as number);
      into.set(pair, (into.get(pair) ?? 0) + 1);
    }
  }
}
