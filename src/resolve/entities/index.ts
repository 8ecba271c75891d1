/**
 * Entities from mentions: per document (groupEntities) and over a corpus (EntityAggregator).
 * The aggregator streams: it keeps one record per entity, never documents, so it can run over any number of
 * them, and its state serializes (toJSON/fromJSON/merge) so sharded runs combine into one result.
 */
import { gazetteer } from "../../extract/entities/gazetteer.js";
import { acronymLetters, acronymTarget, initialsIndex } from "../../extract/entities/organizations.js";
import type { Annotation, EntityRecord, EntityType, Mention } from "../../types.js";

export interface CorpusEntity extends EntityRecord {
  documents: number;
}

function keyOf(type: EntityType, name: string): string {
  return `${type}\u0000${name}`;
}

/** The country a place lies in, where the gazetteer knows it (a US state, or a city). */
function countryOfPlace(name: string): string | undefined {
  const gaz = gazetteer();
  const key = name.toLowerCase();
  return gaz.regions.get(key)?.country ?? gaz.cities.get(key)?.country;
}

function byMentions(a: EntityRecord, b: EntityRecord): number {
  return b.count + (b.demonyms ?? 0) - (a.count + (a.demonyms ?? 0)) || a.name.localeCompare(b.name);
}

/** A document's mentions grouped per canonical entity, most mentioned first. Demonyms count for their country. */
export function groupEntities(mentions: readonly Mention[]): EntityRecord[] {
  const records = new Map<string, EntityRecord>();
  for (const mention of mentions) {
    const type: EntityType = mention.type === "demonym" ? "country" : mention.type;
    const key = keyOf(type, mention.entity);
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

export interface AggregatorState {
  entities: CorpusEntity[];
}

function mergeInto(target: CorpusEntity, source: EntityRecord, documents: number): void {
  target.count += source.count;
  target.documents += documents;
  if (source.demonyms !== undefined) target.demonyms = (target.demonyms ?? 0) + source.demonyms;
  for (const alias of source.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
  if (source.titles !== undefined) {
    target.titles ??= [];
    for (const title of source.titles) if (!target.titles.includes(title)) target.titles.push(title);
  }
  if (target.country === undefined && source.country !== undefined) target.country = source.country;
}

function copy(record: CorpusEntity): CorpusEntity {
  const copied: CorpusEntity = { ...record, aliases: [...record.aliases] };
  if (record.titles !== undefined) copied.titles = [...record.titles];
  return copied;
}

export class EntityAggregator {
  private readonly entities = new Map<string, CorpusEntity>();

  add(_docId: string, mentions: readonly Mention[]): void {
    for (const record of groupEntities(mentions)) this.addRecord(record, 1);
  }

  /**
   * Adds one document by its annotation's `entities`, which groupEntities made when it was annotated: a
   * cached run need not group the mentions again (nor load the gazetteer to place them).
   */
  addAnnotation(annotation: Pick<Annotation, "entities" | "mentions">): void {
    const records = annotation.entities ?? groupEntities(annotation.mentions ?? []);
    for (const record of records) this.addRecord(record, 1);
  }

  private addRecord(record: EntityRecord, documents: number): void {
    const key = keyOf(record.type, record.name);
    const known = this.entities.get(key);
    if (known === undefined) {
      const fresh: CorpusEntity = { ...record, count: 0, documents: 0, aliases: [] };
      delete fresh.titles;
      delete fresh.demonyms;
      mergeInto(fresh, record, documents);
      this.entities.set(key, fresh);
    } else mergeInto(known, record, documents);
  }

  /** Adds another aggregator's entities (a shard of the same corpus). */
  merge(other: EntityAggregator | AggregatorState): this {
    const state = other instanceof EntityAggregator ? other.toJSON() : other;
    for (const record of state.entities) this.addRecord(record, record.documents);
    return this;
  }

  toJSON(): AggregatorState {
    return { entities: [...this.entities.values()].map(copy) };
  }

  static fromJSON(state: AggregatorState): EntityAggregator {
    return new EntityAggregator().merge(state);
  }

  /**
   * The corpus's entities, most mentioned first. A person known only by one word in some documents
   * ("Rouhani") joins the one fuller name of the corpus that ends with it ("Hassan Rouhani"); with two
   * or more such names it stays apart. Likewise an organization known only by its acronym in some
   * documents ("IMF") joins the one organization of the corpus whose initials it spells.
   */
  result(): CorpusEntity[] {
    const merged = new Map([...this.entities].map(([key, record]) => [key, copy(record)]));
    const fullNames = new Map<string, CorpusEntity[]>();
    for (const record of merged.values()) {
      if (record.type !== "person") continue;
      const words = record.name.toLowerCase().split(/\s+/);
      if (words.length < 2) continue;
      const last = words[words.length - 1] as string;
      fullNames.set(last, [...(fullNames.get(last) ?? []), record]);
    }
    for (const [key, record] of merged) {
      if (record.type !== "person" || /\s/.test(record.name)) continue;
      const candidates = fullNames.get(record.name.toLowerCase());
      if (candidates?.length !== 1) continue;
      const [target] = candidates as [CorpusEntity];
      mergeInto(target, record, record.documents);
      merged.delete(key);
    }
    const organizations = initialsIndex(
      [...merged.values()].filter((r) => r.type === "organization").map((r) => r.name),
    );
    for (const [key, record] of merged) {
      const letters = record.type === "organization" ? acronymLetters(record.name) : null;
      const name = letters === null ? undefined : acronymTarget(letters, organizations);
      const target = name === undefined ? undefined : merged.get(keyOf("organization", name));
      if (target === undefined || target === record) continue;
      mergeInto(target, record, record.documents);
      merged.delete(key);
    }
    return [...merged.values()].sort(byMentions);
  }
}
