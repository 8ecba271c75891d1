/** A document's entities: its named mentions grouped per canonical entity (the `entities` of an annotation). */
import { gazetteer } from "../extract/entities/gazetteer.js";
import { compareNames } from "../text/collate.js";
import type { EntityRecord, EntityType, Mention } from "../types.js";

export function entityKey(type: EntityType, name: string): string {
  return `${type}\u0000${name}`;
}

/** The country a place lies in, where the gazetteer knows it (a US state, or a city). */
function countryOfPlace(name: string): string | undefined {
  const gaz = gazetteer();
  const key = name.toLowerCase();
  return gaz.regions.get(key)?.country ?? gaz.cities.get(key)?.country;
}

/** Most mentioned first (demonyms count for their country), then by name. */
export function byMentions(a: EntityRecord, b: EntityRecord): number {
  return b.count + (b.demonyms ?? 0) - (a.count + (a.demonyms ?? 0)) || compareNames(a.name, b.name);
}

/** A document's mentions grouped per canonical entity, most mentioned first. Demonyms count for their country. */
export function groupEntities(mentions: readonly Mention[]): EntityRecord[] {
  // Per type, then per name: no key string joined (and hashed) per mention, as entityKey makes.
  const byType = new Map<EntityType, Map<string, EntityRecord>>();
  const records: EntityRecord[] = [];
  for (const mention of mentions) {
    const type: EntityType = mention.type === "demonym" ? "country" : mention.type;
    let named = byType.get(type);
    if (named === undefined) {
      named = new Map();
      byType.set(type, named);
    }
    let record = named.get(mention.entity);
    if (record === undefined) {
      record = { name: mention.entity, type, count: 0, aliases: [] };
      if (type === "place") {
        const country = countryOfPlace(mention.entity);
        if (country !== undefined) record.country = country;
      }
      named.set(mention.entity, record);
      records.push(record);
    }
    if (mention.type === "demonym") record.demonyms = (record.demonyms ?? 0) + 1;
    else record.count++;
    if (!record.aliases.includes(mention.text)) record.aliases.push(mention.text);
    if (mention.title !== undefined) {
      record.titles ??= [];
      if (!record.titles.includes(mention.title)) record.titles.push(mention.title);
    }
  }
  return records.sort(byMentions);
}
