/**
 * The corpus-level names of entities counted per document. Timeline and network aggregators count each
 * document's entities under the name that document gave them ("Whitlow" in one, "Dana Whitlow" in
 * another); at the end, those names are joined exactly as `entities` joins them: CorpusNames feeds the entity
 * aggregator the documents' own records (their aliases, titles and settled places, as `entities` adds them) and
 * follows its joins (EntityAggregator.resultWithTargets). So the views never re-implement naming rules, and an
 * acronym or a short name goes where `entities` puts it. Before, the views probed the aggregator with one record
 * per name whose only alias was that name: the joins that read a document's aliases ("IMF" written beside
 * "International Monetary Fund") or titles never fired, and 237 timeline series of the Reuters bench disagreed
 * with `entities`.
 */

import { entityKey } from "../resolve/entities.js";
import { foldForMatch } from "../text/fold.js";
import type { Annotation, CorpusEntityRecord, EntityRecord, EntityType } from "../types.js";
import { EntityAggregator } from "./entities.js";

export { entityKey } from "../resolve/entities.js";
export { ENTITY_TYPES, parseEntityTypes } from "./entity-types.js";

export interface EntityKeyTotals {
  name: string;
  type: EntityType;
  mentions: number;
  documents: number;
}

type Keys = (key: string) => string;

const unchanged: Keys = (key) => key;

/**
 * The corpus's names as the views count them. add() takes each document once (a report's views hand it the same
 * annotation in turn: only the first adds it) and returns the document's keys: each place the document's own
 * text settles (resolve/settled-places.ts: "<Town>, <State>", a dateline) under settledKey, apart from the name's
 * other documents, so that it stays a place whatever the corpus's vote makes of the name, as `entities` and
 * `annotate` keep it (session 24: `timeline` and `network` counted a firm's town in "<Town>, N.C." under the
 * firm); the key itself for every other entity.
 */
export class CorpusNames {
  private readonly aggregator = new EntityAggregator();
  private last: { annotation: object; keys: Keys } | null = null;
  private resolved: { records: CorpusEntityRecord[]; map: Map<string, string> } | null = null;

  add(annotation: Pick<Annotation, "entities" | "mentions">): Keys {
    if (this.last?.annotation === annotation) return this.last.keys;
    this.resolved = null;
    const places = this.aggregator.addAnnotation(annotation);
    let keys = unchanged;
    if (places.size > 0) {
      const settled = new Set([...places].map((name) => entityKey("place", name)));
      keys = (key) => (settled.has(key) ? settledKey(key) : key);
    }
    this.last = { annotation, keys };
    return keys;
  }

  /** The corpus's entities, as `entities` lists them. */
  records(): CorpusEntityRecord[] {
    return this.resolve().records;
  }

  /**
   * Maps each per-document entity key (add()'s keys) to the key of its corpus-level entity. A name whose type
   * the corpus vote changed (a "person" in a few documents, an organization in most) maps to the record that
   * took it; a key no document gave (a quote's speaker named by no entity) to itself.
   */
  keys(): Keys {
    const map = this.resolve().map;
    return (key) => map.get(key) ?? key;
  }

  private resolve(): { records: CorpusEntityRecord[]; map: Map<string, string> } {
    if (this.resolved !== null) return this.resolved;
    const { records, targets, settledTargets } = this.aggregator.resultWithTargets();
    const map = targets;
    for (const [key, target] of settledTargets) map.set(settledKey(key), target);
    this.resolved = { records, map };
    return this.resolved;
  }
}

/** The key of a place in a document that settles it (CorpusNames.add); no name holds the mark. */
function settledKey(key: string): string {
  return `${key}\u0002`;
}

/** The inverse of resolve/entities.ts' entityKey (re-exported here for the views): the type and the name. */
export function splitKey(key: string): { type: EntityType; name: string } {
  const at = key.indexOf("\u0000");
  return { type: key.slice(0, at) as EntityType, name: key.slice(at + 1) };
}

/**
 * Whether an entity answers to a name typed by the user, as `quotes --speaker` matches speakers: its
 * canonical name, one of its aliases, or a run of the name's words (the surname); case, accents and
 * punctuation ignored.
 */
export function entityMatches(entity: Pick<EntityRecord, "name" | "aliases">, query: string): boolean {
  const q = foldForMatch(query);
  if (q === "") return false;
  const folded = foldForMatch(entity.name);
  if (folded === q || ` ${folded} `.includes(` ${q} `)) return true;
  return entity.aliases.some((alias) => foldForMatch(alias) === q);
}
