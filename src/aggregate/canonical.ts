/**
 * The corpus-level names of entities counted per document. Timeline and network aggregators count each
 * document's entities under the name that document gave them ("Whitlow" in one, "Dana Whitlow" in
 * another); at the end, those names are joined exactly as `entities` joins them, by handing the entity
 * aggregator one record per name whose only alias is that name: each canonical record it returns then
 * lists, in its aliases, the per-document names it absorbed. So the views never re-implement naming rules.
 */

import { entityKey } from "../resolve/entities.js";
import { placesInPlace } from "../resolve/settled-places.js";
import { foldForMatch } from "../text/fold.js";
import type { Annotation, CorpusEntityRecord, EntityRecord, EntityType } from "../types.js";
import { EntityAggregator } from "./entities.js";

import { ENTITY_TYPES } from "./entity-types.js";

export { entityKey } from "../resolve/entities.js";
export { ENTITY_TYPES, parseEntityTypes } from "./entity-types.js";

export interface EntityKeyTotals {
  name: string;
  type: EntityType;
  mentions: number;
  documents: number;
  /** The counts of a place in the documents that settle it (documentKeys), kept under settledKey. */
  settled?: true;
}

/**
 * A document's entity keys as the views count them: each place the document's own text settles
 * (resolve/settled-places.ts: "<Town>, <State>", a dateline) under settledKey, apart from the name's other
 * documents, so that canonicalKeys keeps it a place whatever the corpus's vote makes of the name, as `entities`
 * and `annotate` do. Before (session 24's note, left open): `timeline` and `network` counted a firm's town in
 * "<Town>, N.C." under the firm. Returns the key itself for every other entity.
 */
export function documentKeys(annotation: Pick<Annotation, "entities" | "mentions">): (key: string) => string {
  const mentions = annotation.mentions;
  if (mentions === undefined || mentions.length < 2) return unchanged;
  const places = placesInPlace(mentions, annotation.entities);
  if (places.size === 0) return unchanged;
  const settled = new Set([...places].map((name) => entityKey("place", name)));
  return (key) => (settled.has(key) ? settledKey(key) : key);
}

const unchanged = (key: string): string => key;

/** The key of a place in a document that settles it (documentKeys); no name holds the mark. */
function settledKey(key: string): string {
  return `${key}\u0002`;
}

/** The inverse of resolve/entities.ts' entityKey (re-exported here for the views): the type and the name. */
export function splitKey(key: string): { type: EntityType; name: string } {
  const at = key.indexOf("\u0000");
  return { type: key.slice(0, at) as EntityType, name: key.slice(at + 1) };
}

/**
 * Maps each per-document entity key to the key of its corpus-level entity. A name whose type the corpus
 * vote changed (a "person" in a few documents, an organization in most) maps to the record that took it.
 */
export function canonicalKeys(totals: Iterable<EntityKeyTotals>): Map<string, string> {
  const probe = new EntityAggregator();
  const known = new Set<string>();
  const added: CorpusEntityRecord[] = [];
  const settled: EntityKeyTotals[] = [];
  for (const t of totals) {
    // A settled place's documents weigh in the vote as its name's (as in `entities`); mapped apart below.
    if (t.settled === true) settled.push(t);
    known.add(entityKey(t.type, t.name));
    // With its documents: the corpus's rules weigh them (an acronym's join, a name's type vote), and a record
    // added as one document made the views join otherwise than `entities` does.
    added.push({ name: t.name, type: t.type, count: t.mentions, documents: t.documents, aliases: [t.name] });
  }
  probe.merge(added);
  const records = probe.result();
  const map = new Map<string, string>();
  for (const record of records) {
    const target = entityKey(record.type, record.name);
    map.set(target, target);
    for (const alias of record.aliases) {
      const source = entityKey(record.type, alias);
      if (!map.has(source)) map.set(source, target);
    }
  }
  for (const record of records) {
    const target = entityKey(record.type, record.name);
    for (const alias of record.aliases) {
      for (const type of ENTITY_TYPES) {
        const source = entityKey(type, alias);
        if (known.has(source) && !map.has(source)) map.set(source, target);
      }
    }
  }
  // A settled place stays a place: the record its name's other place documents went to, unless the vote moved
  // them into another type (then a place of its own, as aggregate/entities.ts typedKeepingSettled keeps it).
  for (const t of settled) {
    const key = entityKey(t.type, t.name);
    const target = map.get(key);
    map.set(settledKey(key), target !== undefined && splitKey(target).type === "place" ? target : key);
  }
  return map;
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
