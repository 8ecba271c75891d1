/**
 * The corpus-level names of entities counted per document. Timeline and network aggregators count each
 * document's entities under the name that document gave them ("Whitlow" in one, "Dana Whitlow" in
 * another); at the end, those names are joined exactly as `entities` joins them, by handing the entity
 * aggregator one record per name whose only alias is that name: each canonical record it returns then
 * lists, in its aliases, the per-document names it absorbed. So the views never re-implement naming rules.
 */

import { entityKey } from "../resolve/entities.js";
import { foldForMatch } from "../text/fold.js";
import type { CorpusEntityRecord, EntityRecord, EntityType } from "../types.js";
import { EntityAggregator } from "./entities.js";

import { ENTITY_TYPES } from "./entity-types.js";

export { entityKey } from "../resolve/entities.js";
export { ENTITY_TYPES, parseEntityTypes } from "./entity-types.js";

export interface EntityKeyTotals {
  name: string;
  type: EntityType;
  mentions: number;
  documents: number;
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
  for (const t of totals) {
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
