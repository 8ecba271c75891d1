/**
 * Corpus entity records merged into one another (entities.ts, type-votes.ts): counts summed, aliases' and
 * titles' first-seen order kept.
 */

import type { CorpusEntityRecord, EntityRecord } from "../types.js";
import { type Gender, genderOfTitle } from "./names/gender.js";

/** The gender a person record's titles agree on ("Mr", "Sir" → male); null with none or with both. */
export function genderOfTitles(record: Pick<EntityRecord, "titles">): Gender | null {
  let gender: Gender | null = null;
  for (const title of record.titles ?? []) {
    const said = genderOfTitle(title);
    if (said === null) continue;
    if (gender !== null && said !== gender) return null;
    gender = said;
  }
  return gender;
}

/**
 * Adds a record of the same name to another: counts and demonyms summed, aliases and (unless `titles` is false)
 * titles in first-seen order. The part of a merge a document's own records share (resolve/retype.ts).
 */
export function addRecordInto(target: EntityRecord, source: EntityRecord, titles = true): void {
  target.count += source.count;
  if (source.demonyms !== undefined) target.demonyms = (target.demonyms ?? 0) + source.demonyms;
  for (const alias of source.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
  if (titles && source.titles !== undefined) {
    target.titles ??= [];
    for (const title of source.titles) if (!target.titles.includes(title)) target.titles.push(title);
  }
}

export function mergeInto(target: CorpusEntityRecord, source: EntityRecord, documents: number): void {
  target.documents += documents;
  addRecordInto(target, source);
  if (target.type === "place" && target.country === undefined && source.country !== undefined)
    target.country = source.country;
  if (target.type === "person" && source.titles !== undefined) addTitledParts(target, source, documents);
}

/** Counts `source` (a document's record, or a merged one with its parts) in `target`'s titled parts. */
function addTitledParts(target: CorpusEntityRecord, source: EntityRecord, documents: number): void {
  const parts = (source as CorpusEntityRecord).titledParts;
  if (parts !== undefined) {
    if (parts.male !== undefined) addPart(target, "male", parts.male.count, parts.male.documents);
    if (parts.female !== undefined) addPart(target, "female", parts.female.count, parts.female.documents);
    return;
  }
  const gender = genderOfTitles(source);
  if (gender !== null) addPart(target, gender, source.count, documents);
}

function addPart(target: CorpusEntityRecord, gender: Gender, count: number, documents: number): void {
  target.titledParts ??= {};
  const part = target.titledParts[gender];
  if (part === undefined) target.titledParts[gender] = { count, documents };
  else {
    part.count += count;
    part.documents += documents;
  }
}

export function copy(record: CorpusEntityRecord): CorpusEntityRecord {
  const copied: CorpusEntityRecord = { ...record, aliases: [...record.aliases] };
  if (record.titles !== undefined) copied.titles = [...record.titles];
  if (record.titledParts !== undefined)
    copied.titledParts = {
      male: record.titledParts.male && { ...record.titledParts.male },
      female: record.titledParts.female && { ...record.titledParts.female },
    };
  return copied;
}
