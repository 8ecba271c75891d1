/**
 * A document's record retyped as the corpus-wide vote moved its names (type-votes.ts, by way of
 * aggregate/entities.ts retypings): `annotate` then agrees with `entities` on what each name is. One function
 * for the whole record, so that what derives from a name's type moves with it: the mentions' type, the
 * document's entities (and so its people), and a quote's speaker (a person's `name`, or an organization's).
 */
import { ORGANIZATION_NOUNS } from "../lexicon/organization-nouns.js";
import { US_STATE_ABBREVIATIONS } from "../lexicon/us-states.js";
import type { Annotation, EntityRecord, EntityType, Mention } from "../types.js";
import { addRecordInto } from "./corpus-records.js";
import { byMentions, entityKey } from "./entities.js";
import { fullNameFinder } from "./names/persons.js";

/**
 * The names the vote moved: a document record's key (entityKey: its type and name) → the corpus's type, and for
 * a place the country the corpus's record of it gives.
 */
export type Retypings = ReadonlyMap<string, { type: EntityType; country?: string }>;

/**
 * Retypes the record in place: each mention of a moved name takes the corpus's type (a demonym stays one: it
 * names its country whatever the country's record is), a title is kept only on a person; the entities are
 * retyped alike (retypeEntities); a quote
 * whose speaker was a moved person is that organization's (`name: null`, `organization`: the name), as a
 * speaker phrase naming a place or organization is; a moved organization's becomes that person's (`name`).
 * Returns whether anything changed.
 */
export function retypeAnnotation(annotation: Annotation, retypings: Retypings): boolean {
  const mentions = annotation.mentions;
  if (mentions === undefined || retypings.size === 0) return false;
  // The document's places its own text settles (placesInPlace), found once a place of it moved.
  let settled: ReadonlySet<string> | null = null;
  const moveOf: MoveOf = (type, name) => {
    const moved = retypings.get(entityKey(type, name));
    if (moved === undefined || type !== "place") return moved;
    settled ??= placesInPlace(mentions, annotation.entities);
    return settled.has(name) ? undefined : moved;
  };
  const personsMoved = new Set<string>();
  const toPersons = new Set<string>();
  let changed = false;
  for (const mention of mentions) {
    if (mention.type === "demonym") continue;
    const type = moveOf(mention.type, mention.entity)?.type;
    if (type === undefined || type === mention.type) continue;
    if (mention.type === "person") personsMoved.add(mention.entity);
    if (type === "person") toPersons.add(mention.entity);
    mention.type = type;
    if (type !== "person" && mention.title !== undefined) delete mention.title;
    changed = true;
  }
  if (!changed) return false;
  const joins = toPersons.size === 0 ? null : fullNamesJoined(mentions, toPersons);
  if (joins !== null)
    for (const mention of mentions)
      if (mention.type === "person") mention.entity = joins.get(mention.entity) ?? mention.entity;
  if (annotation.entities !== undefined)
    annotation.entities = retypeEntities(annotation.entities, moveOf, joins);
  for (const quote of annotation.quotes ?? []) {
    const speaker = quote.speaker;
    if (speaker.name !== null && personsMoved.has(speaker.name) && !toPersons.has(speaker.name)) {
      speaker.organization = speaker.name;
      speaker.name = null;
    } else if (
      speaker.name === null &&
      speaker.organization !== undefined &&
      toPersons.has(speaker.organization)
    ) {
      speaker.name = speaker.organization;
      delete speaker.organization;
    }
    if (joins !== null && speaker.name !== null) speaker.name = joins.get(speaker.name) ?? speaker.name;
  }
  return true;
}

/** Where the vote moved a document's name (its type and name), as the document keeps it. */
type MoveOf = (type: EntityType, name: string) => { type: EntityType; country?: string } | undefined;

/**
 * The places a document's own text settles as places, which the vote does not move (its records never show the
 * text: the mentions' offsets tell): a place the gazetteer knows (its record has a country) written with its
 * region or country after a comma ("Durham, N.C.", "Corona, California", "Newcastle, New South Wales": two
 * place mentions two characters apart), the region too when the gazetteer knows it or it is a state's short form
 * (isStateCode), and a known place in
 * capitals opening the text (a dateline). The corpus may read the name otherwise (a firm, a club, a bank of the
 * town's name); in its other documents the vote stands. Reuters bench (`annotate`, voted): 8 records keep such a
 * town a place (the vote had made it an organization), all right. Any two place mentions so written (first try)
 * changed 43 records, most of them worse (lists of firms the tagger read as places, which the vote had mended);
 * any region after a known place, 11, one worse (a minister's surname in "in Washington, <Surname> said", the
 * tagger's place, which the vote had made a person).
 */
function placesInPlace(
  mentions: readonly Mention[],
  entities: readonly EntityRecord[] | undefined,
): Set<string> {
  const places = new Set<string>();
  const known = new Set<string>();
  for (const record of entities ?? [])
    if (record.type === "place" && record.country !== undefined) known.add(record.name);
  if (known.size === 0) return places;
  const first = mentions[0];
  if (first?.type === "place" && first.start === 0 && first.text.length > 2 && !/\p{Ll}/u.test(first.text))
    if (known.has(first.entity)) places.add(first.entity);
  for (let i = 1; i < mentions.length; i++) {
    const before = mentions[i - 1] as Mention;
    const after = mentions[i] as Mention;
    if (before.type !== "place" || after.start - before.end !== 2 || !known.has(before.entity)) continue;
    if (after.type !== "place" && after.type !== "country") continue;
    places.add(before.entity);
    if (known.has(after.entity) || isStateCode(after.text)) places.add(after.entity);
  }
  return places;
}

/**
 * A US state's or district's short form after a town ("Pa.", "N.C.", "DC", "D.C.": the AP's abbreviations, two
 * capitals with or without stops), which the gazetteer gives no country: the vote made the district "DC" of
 * "Washington, DC" an organization in one of 484 CHECK articles of session 21 (a corpus where most "DC"s were).
 */
function isStateCode(text: string): boolean {
  return STATE_ABBREVIATIONS.has(text) || /^(?:\p{Lu}\.){2}$|^\p{Lu}{2}$/u.test(text);
}

const STATE_ABBREVIATIONS: ReadonlySet<string> = new Set(US_STATE_ABBREVIATIONS);

/**
 * The document's full name each name the vote made a person joins ("Whitlow" or "Dana", once an organization
 * here, beside this document's "Dana Whitlow"), by the document's own person rule (fullNameFinder: the one name
 * it ends or opens, or the one written twice as often as the others); null when none joins. Before, the moved
 * name stayed a person of its own beside the full name (issue 11: 2 Reuters records, 3 CHECK items).
 */
function fullNamesJoined(
  mentions: readonly Mention[],
  toPersons: ReadonlySet<string>,
): Map<string, string> | null {
  const written = new Map<string, number>();
  for (const mention of mentions)
    if (mention.type === "person") written.set(mention.entity, (written.get(mention.entity) ?? 0) + 1);
  const fullName = fullNameFinder(written.keys(), (name) => written.get(name) ?? 0);
  let joins: Map<string, string> | null = null;
  for (const name of toPersons) {
    const full = fullName(name);
    if (full === null || full === name || endsInOrganizationNoun(full)) continue;
    joins ??= new Map();
    joins.set(name, full);
  }
  return joins;
}

/**
 * Whether a name the document took as a person's ends in an organization's head noun, singular or plural ("<Surname>
 * Administration", "<Surname> Campaigns": ORGANIZATION_NOUNS): a name cut from a longer one, not the full name a
 * surname the vote made a person joins. Reuters bench: a president's surname, voted a person, joined such a name
 * the document listed as a person (1 record, worse). A plural only past four letters: "Banks", "Times" are surnames.
 */
function endsInOrganizationNoun(name: string): boolean {
  const last = name.slice(name.search(/\S+$/)).toLowerCase();
  if (ORGANIZATION_NOUNS.has(last)) return true;
  return last.length > 5 && last.endsWith("s") && ORGANIZATION_NOUNS.has(last.slice(0, -1));
}

/**
 * A document's entities retyped: a moved record takes the corpus's type (a place its country, a non-person no
 * titles), and joins the record of that name and type the document already has (counts added, aliases in
 * order), most mentioned first again. As groupEntities would group the retyped mentions, but without the
 * gazetteer (the country is the corpus record's): loading it in the CLI's thread cost about 30 MB and 50 ms.
 */
function retypeEntities(
  entities: readonly EntityRecord[],
  moveOf: MoveOf,
  joins: ReadonlyMap<string, string> | null,
): EntityRecord[] {
  const byKey = new Map<string, EntityRecord>();
  const result: EntityRecord[] = [];
  for (const record of entities) {
    const moved = moveOf(record.type, record.name);
    const type = moved?.type ?? record.type;
    const key = entityKey(type, record.name);
    const known = byKey.get(key);
    if (known !== undefined) {
      addRecordInto(known, record, type === "person");
      continue;
    }
    let kept = record;
    if (moved !== undefined && type !== record.type) {
      kept = { name: record.name, type, count: record.count, aliases: [...record.aliases] };
      // Demonyms stay with the country's record (their mentions keep their type): a record of them alone.
      if (record.demonyms !== undefined) {
        const country = {
          name: record.name,
          type: record.type,
          count: 0,
          aliases: [],
          demonyms: record.demonyms,
        };
        byKey.set(entityKey(record.type, record.name), country);
        result.push(country);
      }
      if (type === "place" && moved.country !== undefined) kept.country = moved.country;
      if (type === "person" && record.titles !== undefined) kept.titles = [...record.titles];
    }
    byKey.set(key, kept);
    result.push(kept);
  }
  if (joins === null) return result.sort(byMentions);
  // A moved name that joins the document's full name (fullNamesJoined) is counted in that person's record.
  const joined = result.filter((record) => {
    const full = record.type === "person" ? joins.get(record.name) : undefined;
    const target = full === undefined ? undefined : byKey.get(entityKey("person", full));
    if (target === undefined || target === record) return true;
    addRecordInto(target, record);
    return false;
  });
  return joined.sort(byMentions);
}
