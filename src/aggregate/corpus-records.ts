/**
 * Corpus entity records merged into one another (entities.ts, type-votes.ts): counts summed, aliases' and
 * titles' first-seen order kept.
 */
import type { CorpusEntityRecord, EntityRecord } from "../types.js";

export function mergeInto(target: CorpusEntityRecord, source: EntityRecord, documents: number): void {
  target.count += source.count;
  target.documents += documents;
  if (source.demonyms !== undefined) target.demonyms = (target.demonyms ?? 0) + source.demonyms;
  for (const alias of source.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
  if (source.titles !== undefined) {
    target.titles ??= [];
    for (const title of source.titles) if (!target.titles.includes(title)) target.titles.push(title);
  }
  if (target.type === "place" && target.country === undefined && source.country !== undefined)
    target.country = source.country;
}

export function copy(record: CorpusEntityRecord): CorpusEntityRecord {
  const copied: CorpusEntityRecord = { ...record, aliases: [...record.aliases] };
  if (record.titles !== undefined) copied.titles = [...record.titles];
  return copied;
}
