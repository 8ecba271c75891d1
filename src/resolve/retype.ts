/**
 * A document's record retyped as the corpus-wide vote moved its names (type-votes.ts, by way of
 * aggregate/entities.ts retypings): `annotate` then agrees with `entities` on what each name is. One function
 * for the whole record, so that what derives from a name's type moves with it: the mentions' type, the
 * document's entities (and so its people), and a quote's speaker (a person's `name`, or an organization's).
 */
import { ORGANIZATION_NOUNS } from "../lexicon/organization-nouns.js";
import type { Annotation, EntityRecord, EntityType, Mention } from "../types.js";
import { addRecordInto } from "./corpus-records.js";
import { byMentions, entityKey } from "./entities.js";
import { fullNameFinder } from "./names/persons.js";
import { placesInPlace } from "./settled-places.js";

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
