/**
 * A document's record retyped as the corpus-wide vote moved its names (type-votes.ts, by way of
 * aggregate/entities.ts retypings): `annotate` then agrees with `entities` on what each name is. One function
 * for the whole record, so that what derives from a name's type moves with it: the mentions' type, the
 * document's entities (and so its people), and a quote's speaker (a person's `name`, or an organization's).
 */
import type { Annotation, EntityRecord, EntityType } from "../types.js";
import { entityKey, groupEntities } from "./entities.js";

/** The names the vote moved: a document record's key (entityKey: its type and name) → the corpus's type. */
export type Retypings = ReadonlyMap<string, EntityType>;

/** Whether the vote moved any of a document's entities (a record it does not touch is printed as it was). */
export function touchesEntities(entities: readonly EntityRecord[], retypings: Retypings): boolean {
  if (retypings.size === 0) return false;
  for (const record of entities) if (retypings.has(entityKey(record.type, record.name))) return true;
  return false;
}

/**
 * Retypes the record in place: each mention of a moved name takes the corpus's type (a demonym stays one: it
 * names its country whatever the country's record is), a title is kept only on a person; the entities are
 * grouped again from the mentions, as the pipeline grouped them (resolve/entities.ts groupEntities); a quote
 * whose speaker was a moved person is that organization's (`name: null`, `organization`: the name), as a
 * speaker phrase naming a place or organization is; a moved organization's becomes that person's (`name`).
 * Returns whether anything changed.
 */
export function retypeAnnotation(annotation: Annotation, retypings: Retypings): boolean {
  const mentions = annotation.mentions;
  if (mentions === undefined || retypings.size === 0) return false;
  const personsMoved = new Set<string>();
  const toPersons = new Set<string>();
  let changed = false;
  for (const mention of mentions) {
    if (mention.type === "demonym") continue;
    const type = retypings.get(entityKey(mention.type, mention.entity));
    if (type === undefined || type === mention.type) continue;
    if (mention.type === "person") personsMoved.add(mention.entity);
    if (type === "person") toPersons.add(mention.entity);
    mention.type = type;
    if (type !== "person" && mention.title !== undefined) delete mention.title;
    changed = true;
  }
  if (!changed) return false;
  if (annotation.entities !== undefined) annotation.entities = groupEntities(mentions);
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
  }
  return true;
}
