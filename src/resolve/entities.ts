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
  const records = new Map<string, EntityRecord>();
  for (const mention of mentions) {
    const type: EntityType = mention.type === "demonym" ? "country" : mention.type;
    const key = entityKey(type, mention.entity);
    let record = records.get(key);
    if (record === undefined) {
      record = { name: mention.entity, type, count: 0, aliases: [] };
      if (type === "place") {
        const country = countryOfPlace(mention.entity);
        if (country !== undefined) record.country = country;
      }
      records.set(key, record);
    }
    if (mention.type === "demonym") record.demonyms = (record.demonyms ?? 0) + 1;
    else record.count++;
    if (!record.aliases.includes(mention.text)) record.aliases.push(mention.text);
    if (mention.title !== undefined) {
      record.titles ??= [];
      if (!record.titles.includes(mention.title)) record.titles.push(mention.title);
    }
  }
  return [...records.values()].sort(byMentions);
}
