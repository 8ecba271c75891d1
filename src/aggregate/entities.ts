/**
 * Entities over a corpus: one record per canonical entity, built from each document's `entities` (streaming:
 * it keeps one record per entity, never documents). At the end the naming rules of resolve/names run once
 * more over the corpus's names, so that a person or organization named only in short in some documents joins
 * its full name.
 */

import { copy, genderOfTitles, mergeInto } from "../resolve/corpus-records.js";
import { byMentions, entityKey, groupEntities } from "../resolve/entities.js";
import {
  acronymLetters,
  acronymTarget,
  corpusAcronymJoins,
  initialsIndex,
  joinedAcronyms,
} from "../resolve/names/acronym-names.js";
import { isClippingOf } from "../resolve/names/clipped-names.js";
import { type Gender, genderOfFullName, genderOfTitle } from "../resolve/names/gender.js";
import { partyIndex, partyOf } from "../resolve/names/organizations.js";
import { personKey, personRule } from "../resolve/names/persons.js";
import { spellingsByShape, stopsShape } from "../resolve/names/spellings.js";
import { placesInPlace } from "../resolve/settled-places.js";
import { type OnJoin, votePersonNames, voteTypes } from "../resolve/type-votes.js";
import type { Annotation, CorpusEntityRecord, EntityRecord, EntityType, TitledPart } from "../types.js";

export class EntityAggregator {
  private readonly entities = new Map<string, CorpusEntityRecord>();
  /**
   * The mentions of places their documents settle (placesInPlace: "<Town>, <State>", a dateline), by the place's
   * key: counted in `entities` too (the vote weighs them, as `annotate`'s vote does), and kept a place by
   * result() whatever the vote makes of the name, as `annotate` keeps them in those documents.
   */
  private readonly settled = new Map<string, CorpusEntityRecord>();

  /**
   * Adds one document by its annotation's `entities`, which groupEntities made when it was annotated: a
   * cached run need not group the mentions again (nor load the gazetteer to place them). With its mentions,
   * the places the document settles are noted (settled) and returned (the views key them apart: canonical.ts);
   * `annotate`'s vote passes none (retype.ts reads them per document).
   */
  addAnnotation(annotation: Pick<Annotation, "entities" | "mentions">): ReadonlySet<string> {
    const records = annotation.entities ?? groupEntities(annotation.mentions ?? []);
    for (const record of records) this.addRecord(record);
    if (annotation.mentions === undefined || annotation.mentions.length < 2) return new Set();
    const places = placesInPlace(annotation.mentions, records);
    if (places.size === 0) return new Set();
    for (const record of records)
      if (record.type === "place" && places.has(record.name)) addInto(this.settled, record, 1);
    return places;
  }

  /**
   * Adds another's records (cli/pieces.ts: a piece of the corpus), as if its documents were added here:
   * merging keeps counts' sums and names', aliases' and titles' first-seen order, so pieces folded in
   * order give what their documents give.
   */
  merge(other: EntityAggregator | readonly CorpusEntityRecord[]): void {
    if (other instanceof EntityAggregator) {
      for (const record of other.entities.values()) this.addRecord(record, record.documents);
      for (const record of other.settled.values()) addInto(this.settled, record, record.documents);
      return;
    }
    for (const record of other)
      if (record.settled === true) addInto(this.settled, record, record.documents);
      else this.addRecord(record, record.documents);
  }

  /**
   * The records as added so far (before the corpus's naming rules): a piece's aggregate. The settled places'
   * parts follow, each marked `settled`.
   */
  records(): CorpusEntityRecord[] {
    const records = [...this.entities.values()];
    for (const record of this.settled.values()) records.push({ ...record, settled: true });
    return records;
  }

  private addRecord(record: EntityRecord, documents = 1): void {
    addInto(this.entities, record, documents);
  }

  /**
   * The corpus's entities, most mentioned first. A person known by a shorter name in some documents
   * ("Whitlow") joins the one fuller name of the corpus that ends with it ("Dana Whitlow"), by the person
   * rule of resolve/names (first names do not count over a corpus: too many people share one); with two or
   * more such names it stays apart. Likewise an organization known only by its acronym in some documents
   * ("IMF") joins the one organization of the corpus whose initials it spells (or, where names share them, the
   * one its documents joined it to), a clipped name ("Fed") the organization a document joined it to, and a
   * party's members or short name ("Democrats") the one party of that stem ("Democratic Party"). Before those,
   * one name takes one type (type-votes.ts): a one-word organization or place that the corpus's one person of
   * that surname answers to is that person.
   */
  result(): CorpusEntityRecord[] {
    return this.resolve();
  }

  /**
   * result(), and where each name added ended (by its key, entityKey): the key of the record that holds its
   * mentions, and for a settled place's part (by its name's key) the key of the place record that holds it. The
   * views (timeline, network: canonical.ts) count each document's names under these, so that they name every
   * entity as `entities` does, by the same joins rather than by a probe of names alone (session 25: 237 timeline
   * series of the Reuters bench disagreed with `entities`, on acronyms and short names).
   */
  resultWithTargets(): {
    records: CorpusEntityRecord[];
    targets: Map<string, string>;
    settledTargets: Map<string, string>;
  } {
    const joins = new Map<CorpusEntityRecord, CorpusEntityRecord>();
    const starts: [string, CorpusEntityRecord][] = [];
    const settledStarts: [string, CorpusEntityRecord][] = [];
    const records = this.resolve({ joins, starts, settledStarts });
    const kept = new Set(records);
    const keyOf = (start: CorpusEntityRecord): string | undefined => {
      let at = start;
      for (let next = joins.get(at); next !== undefined; next = joins.get(at)) at = next;
      // A record emptied by splitTitledGenders (every mention titled) holds nothing: its key stays its own.
      return kept.has(at) ? entityKey(at.type, at.name) : undefined;
    };
    const targets = new Map<string, string>();
    for (const [key, start] of starts) targets.set(key, keyOf(start) ?? key);
    const settledTargets = new Map<string, string>();
    for (const [key, start] of settledStarts) settledTargets.set(key, keyOf(start) ?? key);
    return { records, targets, settledTargets };
  }

  private resolve(track?: Tracking): CorpusEntityRecord[] {
    const onJoin: OnJoin | undefined =
      track === undefined ? undefined : (from, into) => track.joins.set(from, into);
    const merged =
      this.settled.size === 0 ? this.typed(onJoin, track?.starts) : this.typedKeepingSettled(track);
    const parties = partyIndex(
      [...merged.values()].filter((r) => r.type === "organization").map((r) => r.name),
      (name) => merged.get(entityKey("organization", name))?.documents ?? 1,
    );
    foldRecords(
      merged,
      (record) => {
        const name = record.type === "organization" ? partyOf(record.name, parties) : undefined;
        return name === undefined ? undefined : merged.get(entityKey("organization", name));
      },
      onJoin,
    );
    // A clipped name ("Fed") joins the one organization a document joined it to ("Federal Reserve").
    const clipped = new Map<string, CorpusEntityRecord | null>();
    for (const record of merged.values()) {
      if (record.type !== "organization") continue;
      for (const alias of record.aliases) {
        if (!isClippingOf(alias, record.name)) continue;
        const known = clipped.get(alias);
        clipped.set(alias, known === undefined || known === record ? record : null);
      }
    }
    foldRecords(
      merged,
      (record) => (record.type === "organization" ? clipped.get(record.name) : undefined),
      onJoin,
    );
    const named = [...merged.values()].filter((r) => r.type === "organization");
    const joined = joinedAcronyms(named);
    const organizations = initialsIndex(named.map((r) => r.name));
    foldRecords(
      merged,
      (record) => {
        const letters = record.type === "organization" ? acronymLetters(record.name) : null;
        const name =
          letters === null
            ? undefined
            : (acronymTarget(letters, joined) ?? acronymTarget(letters, organizations));
        const target = name === undefined ? undefined : merged.get(entityKey("organization", name));
        return target !== undefined && corpusAcronymJoins(record, target) ? target : undefined;
      },
      onJoin,
    );
    const result = [...merged.values()].sort(byMentions);
    for (const record of result) if (record.titledParts !== undefined) delete record.titledParts;
    return result;
  }

  /**
   * Where each name of the corpus's documents ends after the votes that may change its type (type-votes.ts):
   * the key (entityKey) of a document's record whose name the corpus takes as another type, that type, and for
   * a place the country the corpus's record gives it.
   * `annotate` retypes its records by it (cli/voted-records.ts), so that a document's record and `entities`
   * agree. Memory: the distinct names of the corpus, not its documents. `spend`: the rules run on the
   * aggregator's own records, not on copies (the aggregator is spent: nothing may be asked of it afterwards),
   * as `annotate` asks once at the end: copying the Reuters bench's 31,988 records was ~10% of this call.
   */
  retypings(spend = false): Map<string, { type: EntityType; country?: string }> {
    const joins = new Map<CorpusEntityRecord, CorpusEntityRecord>();
    const starts: [string, CorpusEntityRecord][] = [];
    this.typed((from, into) => joins.set(from, into), starts, spend);
    const moved = new Map<string, { type: EntityType; country?: string }>();
    for (const [key, start] of starts) {
      let at = start;
      for (let next = joins.get(at); next !== undefined; next = joins.get(at)) at = next;
      if (at.type !== start.type)
        moved.set(key, at.country === undefined ? { type: at.type } : { type: at.type, country: at.country });
    }
    return moved;
  }

  /**
   * typed(), then the places their documents settle (settled) taken back out of the record the vote moved their
   * name into, as place records of their own: `entities` counts them as `annotate` types them. The record they
   * leave keeps their aliases (a town's name, which its other mentions also wrote).
   */
  private typedKeepingSettled(track?: Tracking): Map<string, CorpusEntityRecord> {
    const joins = track?.joins ?? new Map<CorpusEntityRecord, CorpusEntityRecord>();
    const starts: [string, CorpusEntityRecord][] = track?.starts ?? [];
    const merged = this.typed((from, into) => joins.set(from, into), starts);
    const startOf = new Map(starts);
    for (const [key, part] of this.settled) {
      let at = startOf.get(key);
      if (at === undefined) continue;
      for (let next = joins.get(at); next !== undefined; next = joins.get(at)) at = next;
      if (at.type === "place") {
        track?.settledStarts.push([key, at]);
        continue;
      }
      at.count -= part.count;
      at.documents -= part.documents;
      let place = merged.get(key);
      if (place === undefined) {
        place = copy(part);
        merged.set(key, place);
      } else mergeInto(place, part, part.documents);
      track?.settledStarts.push([key, place]);
    }
    return merged;
  }

  /**
   * The corpus's records (copies) after the rules that may change a name's type: spellings folded, the type
   * vote, the person rule, the person-name vote. `onJoin` hears every merge; `starts` gets each record's copy
   * under its key (its type and name stay as they were before them: merges change only counts and lists).
   * `spend`: the aggregator's own records and map, not copies (retypings).
   */
  private typed(
    onJoin?: OnJoin,
    starts?: [string, CorpusEntityRecord][],
    spend = false,
  ): Map<string, CorpusEntityRecord> {
    const merged = spend
      ? this.entities
      : new Map([...this.entities].map(([key, record]) => [key, copy(record)]));
    // One entry at a time: spread into push's arguments, a corpus of more than about 120,000 names throws
    // "Maximum call stack size exceeded" (node 20: 100,000 arguments pass, 130,000 throw; Reuters has 32,657),
    // and the spread was the busiest line of this function's own time in a --cpu-prof of the vote (22 of 111).
    if (starts !== undefined) for (const entry of merged) starts.push(entry);
    // A name written with and without its full stops ("Acme Inc." beside "Acme Inc") is one name, under its
    // most mentioned spelling, before the rules that weigh names' counts.
    const spelled = spellingsByShape(
      merged.values(),
      (r) => r.type,
      (r) => r.name,
      (r) => r.count,
    );
    if (spelled.size < merged.size)
      foldRecords(merged, (record) => spelled.get(entityKey(record.type, stopsShape(record.name))), onJoin);
    voteTypes(merged, onJoin);
    splitTitledGenders(merged);
    const persons = [...merged.values()].filter((r) => r.type === "person");
    const personKeys = persons.map((r) => personKey(r.name));
    const byKey = new Map<string, CorpusEntityRecord>();
    persons.forEach((record, i) => {
      const key = personKeys[i] as string;
      if (!byKey.has(key)) byKey.set(key, record);
    });
    // The same rule as in a document: a titled surname ("Mr Hollis" in some documents) joins the full name whose
    // gender agrees (its titles', else its first name's) even where another person has the surname.
    const genderOf = (key: string): Gender | null => {
      const record = byKey.get(key);
      return (record === undefined ? null : genderOfTitles(record)) ?? genderOfFullName(key);
    };
    const canonicalOf = personRule(personKeys, { firstNames: false, genderOf });
    const gendersBefore = new Map(persons.map((r) => [r, genderOfTitles(r)]));
    foldRecords(
      merged,
      (record) => {
        if (record.type !== "person") return undefined;
        const gender = genderOfTitles(record);
        const target = byKey.get(
          canonicalOf(personKey(record.name), gender === null ? undefined : { gender }),
        );
        // Not into the other gender's part of a name titled both ways (splitTitledGenders), by the genders before
        // this fold: a part that joins its name's record again gives that record its titles.
        const other = target === undefined || gender === null ? null : (gendersBefore.get(target) ?? null);
        return other !== null && other !== gender ? undefined : target;
      },
      onJoin,
    );
    votePersonNames(merged, onJoin);
    return merged;
  }
}

/** What resultWithTargets follows: every merge, each record's start, and each settled part's place record. */
interface Tracking {
  joins: Map<CorpusEntityRecord, CorpusEntityRecord>;
  starts: [string, CorpusEntityRecord][];
  settledStarts: [string, CorpusEntityRecord][];
}

/** Adds a record to the record of its name and type in `records` (a fresh one the first time). */
function addInto(records: Map<string, CorpusEntityRecord>, record: EntityRecord, documents: number): void {
  const key = entityKey(record.type, record.name);
  const known = records.get(key);
  if (known === undefined) {
    // Built field by field, in the order a document's record has them (groupEntities): deleting the
    // fields not taken (titles, demonyms) from a copy left every record a slow dictionary-mode object
    // (adding the 19,615 distinct Reuters results' entities: 0.26-0.36 s -> 0.09-0.26 s CPU, same result).
    const fresh = {
      name: record.name,
      type: record.type,
      count: 0,
      aliases: [],
    } as unknown as CorpusEntityRecord;
    if (record.country !== undefined) fresh.country = record.country;
    fresh.documents = 0;
    mergeInto(fresh, record, documents);
    records.set(key, fresh);
  } else mergeInto(known, record, documents);
}

/**
 * A person's name titled for both genders ("Mr Whitlow" in some documents, "Mrs Whitlow" in others) is two people
 * at least: each gender's titled mentions leave the record as one of their own (mentions, documents, titles), so
 * that the person rule joins each to the full name of its gender; the untitled mentions stay, with no gender, as
 * they were. A part no full name takes joins the name's record again (the person rule leads it there: the record
 * comes first under the name's key). Before, the titles agreed on no gender and the name joined neither full name
 * (issue 11). Reuters bench: one name, a president's wife's "Mrs" part now joins her full name.
 */
function splitTitledGenders(merged: Map<string, CorpusEntityRecord>): void {
  for (const [key, record] of [...merged]) {
    const parts = record.titledParts;
    if (parts?.male === undefined || parts.female === undefined) continue;
    for (const gender of ["male", "female"] as const) {
      const part = parts[gender] as TitledPart;
      const titles = (record.titles ?? []).filter((title) => genderOfTitle(title) === gender);
      record.titles = (record.titles ?? []).filter((title) => genderOfTitle(title) !== gender);
      record.count -= part.count;
      record.documents -= part.documents;
      merged.set(`${key}\u0001${gender}`, {
        name: record.name,
        type: record.type,
        count: part.count,
        aliases: [record.name],
        titles,
        documents: part.documents,
      });
    }
    // Every mention titled: the two parts are all there is.
    if (record.count <= 0) merged.delete(key);
  }
}

/**
 * Merges each record into the record `targetOf` names for it (none, null or itself: kept), in the map's order,
 * and drops the merged one: the one shape of the corpus's four joining rules (persons, parties, clippings,
 * acronyms).
 */
function foldRecords(
  merged: Map<string, CorpusEntityRecord>,
  targetOf: (record: CorpusEntityRecord) => CorpusEntityRecord | null | undefined,
  onJoin?: OnJoin,
): void {
  for (const [key, record] of merged) {
    const target = targetOf(record);
    if (target === undefined || target === null || target === record) continue;
    mergeInto(target, record, record.documents);
    onJoin?.(record, target);
    merged.delete(key);
  }
}

/**
 * A piece of a corpus's entities as a command folds them (cli/pieces.ts): the records before the corpus's
 * naming rules, which run once over the merged records. A piece read from the cache stays JSON.
 */
export const entityPieces = {
  kind: "entities/2",
  empty: (): EntityAggregator | CorpusEntityRecord[] => new EntityAggregator(),
  add: (
    state: EntityAggregator | CorpusEntityRecord[],
    result: { annotation: Pick<Annotation, "entities" | "mentions"> },
  ): void => {
    (state as EntityAggregator).addAnnotation(result.annotation);
  },
  toJSON: (state: EntityAggregator | CorpusEntityRecord[]): unknown =>
    state instanceof EntityAggregator ? state.records() : state,
  fromJSON: (json: unknown): EntityAggregator | CorpusEntityRecord[] => json as CorpusEntityRecord[],
  merge: (
    into: EntityAggregator | CorpusEntityRecord[],
    piece: EntityAggregator | CorpusEntityRecord[],
  ): void => (into as EntityAggregator).merge(piece),
};
