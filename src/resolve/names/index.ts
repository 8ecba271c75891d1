/**
 * Naming within a document: the canonical `entity` of every person and organization mention, and the type
 * of a one-word name that the document shows to be a person's surname. Extraction (extract/entities) finds the
 * spans and their types; places, countries and demonyms come named by the gazetteer.
 */
import { displayName, surnameKey } from "../../text/names.js";
import type { Mention, Token } from "../../types.js";
import { documentSpellings, nameOrganizations } from "./organizations.js";
import { personKey, personRule } from "./persons.js";

/**
 * A one-word place or organization that is the surname of a person named in full in the same document
 * ("MaliVai Washington ... Washington fell short") is that person; country names are left alone ("Jordan").
 */
function relabelSurnames(mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const surname = mention.type === "person" ? surnameKey(mention.text) : null;
    if (surname !== null) surnames.add(surname);
  }
  for (const mention of mentions) {
    if (mention.type !== "place" && mention.type !== "organization") continue;
    if (/\s/.test(mention.text) || !surnames.has(mention.text.toLowerCase())) continue;
    mention.type = "person";
    mention.entity = mention.text;
  }
}

/**
 * Sets `entity` of the person mentions (in place) by the person rule. The canonical form is the longest
 * name as written, in mixed case where the document has it ("HASSAN ROUHANI" in a headline).
 */
function namePersons(mentions: Mention[]): void {
  const persons = mentions.filter((m) => m.type === "person");
  // Lower-cased name → the preferred written form (mixed case over all capitals).
  const forms = new Map<string, string>();
  for (const mention of persons) {
    const key = personKey(mention.text);
    const known = forms.get(key);
    if (known === undefined || (!/\p{Ll}/u.test(known) && /\p{Ll}/u.test(mention.text)))
      forms.set(key, mention.text);
  }
  const canonicalOf = personRule(forms.keys(), { firstNames: true });
  for (const mention of persons) {
    const key = canonicalOf(personKey(mention.text));
    mention.entity = displayName(forms.get(key) ?? key);
  }
}

/** Names a document's mentions in place (text order): types settled by the document, then canonical names. */
export function nameMentions(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  relabelSurnames(mentions);
  namePersons(mentions);
  nameOrganizations(
    mentions,
    documentSpellings(() => tokens.filter((t) => t.kind === "word").map((t) => t.text)),
  );
  return mentions;
}
