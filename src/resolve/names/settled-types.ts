/**
 * One name, one type within a document (resolve/names/index.ts nameMentions calls it): the votes of a document's
 * mentions settle a person reading against the organization, place or country readings of the same name.
 */
import { PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";
import { isFoundersFirm } from "./company-form-names.js";
import { personKey } from "./persons.js";
import { firmPartnersOf } from "./short-names.js";

/**
 * One-word names the document reads as a place at least once, and the gazetteer knows as one, that no person of
 * the document bears: no title with any of its mentions and no word of a longer person's name. Such a name is the place throughout, however
 * often the tagger read it as a person ("Charlotte" the city in a story on its protests, never "Charlotte X").
 */
function placeReadings(mentions: readonly Mention[], keys: readonly string[]): Set<string> {
  const places = new Set<string>();
  const personal = new Set<string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const key = keys[i] as string;
    if (m.type === "place" || m.type === "country") {
      if (!key.includes(" ") && (wordKind(key) & PLACE_KINDS) !== 0) places.add(key);
    } else if (m.type === "person") {
      if (m.title !== undefined) personal.add(key);
      if (key.includes(" ")) for (const word of key.split(" ")) personal.add(word);
    }
  }
  for (const key of personal) places.delete(key);
  return places;
}

/** A person's age in commas right after a name ("Joss Stone, 17,"). */
const AGE_AFTER = /^,\s(?:1[5-9]|[2-9]\d|1[01]\d),/u;

/**
 * The keys of persons the document names as persons by a title ("Mr Stone") or an age in commas after a mention
 * ("Joss Stone, 17,"), each with its entity: no other reading of the name outvotes them, and the name's
 * organization readings join the person. Session 36 probe (BBC 2005 entertainment):
 * "Singer Joss Stone, 17," and "Green Day and Joss Stone" (read with the band as a firm) tied, and the firm won.
 */
function attestedPersons(
  mentions: readonly Mention[],
  keys: readonly string[],
  text: string,
): Map<string, string> {
  const attested = new Map<string, string>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person") continue;
    if (m.title !== undefined || AGE_AFTER.test(text.slice(m.end, m.end + 6)))
      attested.set(keys[i] as string, m.entity);
  }
  return attested;
}

/**
 * One name, one type within a document: a name the document also tags as an organization, place or country at
 * least as often as a person is not a person here ("Harlow College" aside, "Tarvenia" read once as a person and
 * twice as a place is the place), unless a title or an age attests the person (attestedPersons).
 */
export function settleTypes(mentions: Mention[], text: string): void {
  // Only persons change: a document without one has nothing to settle (no keys, no votes).
  if (!mentions.some((m) => m.type === "person")) return;
  // Each mention's key made once: the votes, the persons' loop and placeReadings asked it three times.
  const keys: string[] = [];
  for (const m of mentions) keys.push(personKey(m.text));
  // Votes only for the persons' keys, the only ones read below (a Map per key of every mention was most of this
  // function's allocation).
  const personKeys = new Set<string>();
  for (let i = 0; i < mentions.length; i++)
    if ((mentions[i] as Mention).type === "person") personKeys.add(keys[i] as string);
  const votes = new Map<string, Map<Mention["type"], { count: number; entity: string }>>();
  const addVote = (key: string, m: Mention): void => {
    let byType = votes.get(key);
    if (byType === undefined) {
      byType = new Map();
      votes.set(key, byType);
    }
    const vote = byType.get(m.type);
    if (vote === undefined) byType.set(m.type, { count: 1, entity: m.entity });
    else vote.count++;
  };
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type === "demonym") continue;
    const key = keys[i] as string;
    if (personKeys.has(key)) addVote(key, m);
    // A firm "X and Co" votes for its partners' name X too, as the name before "and Co" did when it was a
    // mention of its own (extract/entities/company-forms.ts joins them).
    const partners = m.type === "organization" ? firmPartnersOf(m.text) : null;
    if (partners === null) continue;
    const partnersKey = personKey(partners);
    // Not a founder's firm right after the founder ("Dana Whitlow announced the purchase of Dana Whitlow and Co").
    if (personKeys.has(partnersKey) && !isFoundersFirm(mentions, partnersKey, m.start))
      addVote(partnersKey, m);
  }
  const placeNames = placeReadings(mentions, keys);
  const attested = attestedPersons(mentions, keys, text);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person") continue;
    const key = keys[i] as string;
    const byType = votes.get(key);
    if (byType === undefined || byType.size < 2) continue;
    const persons = byType.get("person")?.count ?? 0;
    let best: { type: Mention["type"]; count: number; entity: string } | null = null;
    for (const [type, vote] of byType)
      if (type !== "person" && (best === null || vote.count > best.count)) best = { type, ...vote };
    const place = placeNames.has(key) ? (byType.get("place") ?? byType.get("country")) : undefined;
    if (place !== undefined) {
      m.type = byType.has("place") ? "place" : "country";
      m.entity = place.entity;
    } else if (best !== null && best.count >= persons && !attested.has(key)) {
      m.type = best.type;
      m.entity = best.entity;
    }
  }
  // An attested person's full name read as an organization elsewhere in the document is the person there too;
  // not one word ("Mr. Dell" beside the Dell company).
  if (attested.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const key = keys[i] as string;
    const person = attested.get(key);
    if (m.type === "organization" && person !== undefined && key.includes(" ")) {
      m.type = "person";
      m.entity = person;
    }
  }
}
