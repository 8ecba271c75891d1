/**
 * A name that only a place takes the words around is that place, in every untitled mention: "residents of X", "the
 * mayor of X", "on the outskirts of X", "X's mayor", "X residents", "X is a small town". A town the gazetteer does
 * not know is read by the tagger as a surname (issue 11: places were the third error kind of the judged 2019-2020
 * news sample, 22 listed people; invented texts at 6aeed11: 5 of 9 such contexts left an unknown town a person).
 * No person has residents, a mayor or streets, nor is a town. Only a name whose first word no first-name list
 * knows ("the mayor of Dana Point" stays as the tagger read it), that no longer person's name of the document
 * holds, and that carries no person's mark (person-marks.ts). Read in place at the name's two ends. Part of the
 * per-document naming (index.ts); invented rows in tests/people-place-contexts.test.ts.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { DWELLING_NOUNS, PLACE_OF_NOUNS, PLACE_PART_NOUNS } from "../../lexicon/name-contexts.js";
import type { Mention } from "../../types.js";
import { isMarkedPerson } from "./person-marks.js";
import { isWordOfLongerPerson } from "./retyped-organizations.js";

/** A place's people and parts: "residents of", "the streets of". */
const PLACE_PARTS = [...PLACE_PART_NOUNS].join("|");
/** Kinds of place: "the town of X", "X is a small town" (the tagger's "the city of X" nouns, one list). */
const PLACE_KINDS = [...PLACE_OF_NOUNS].join("|");

/** "residents of ", "the mayor of ", "the town of " right before the name. */
const PLACE_OF_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${PLACE_PARTS}|${PLACE_KINDS})\s+of\s+$`,
  "iu",
);
/**
 * A person's name and age in apposition, then "of" or "from" and the name ("Jane Doe, 67, of X", "Jane Doe, aged 19,
 * from X"): where the person lives. Session 27 probe (42 invented local articles): 1 town listed as a person; a
 * careful reader knows the town from the pattern alone.
 */
const AGED_OF_BEFORE = /\p{Lu}[\p{L}'’.-]*,\s+(?:aged\s+)?\d{1,3},\s+(?:of|from)\s+$/u;
/**
 * A neighbourhood's noun right after the name ("the Aspen Heights and Willow Creek neighbourhoods", "the Willow
 * Creek subdivision"): a place even when its first word is a first name. Session 27 probe: 1 listed as a person.
 */
const NEIGHBOURHOOD_AFTER = /^\s+(?:neighbou?rhoods?|subdivisions?)\b/u;
/**
 * A country's division named by its lower-case noun right after the name ("Ghana's Ashanti region", "Sichuan
 * province", "the Rift Valley district", "Kherson oblast"): a wire's way with regions the gazetteer lacks, which the
 * tagger reads as surnames. Lead's probe (session 30, an invented Ghanaian wire story): "Ashanti" listed as a person.
 * "village" too (session 32, an invented Nigerian wire story: "stormed Dalori village" listed a person); not "town"
 * ("a Trump town hall"), not "state" ("the Bush state funeral"). A name some first-name list knows ("Ashanti",
 * "Kelly") only after "the", "in", "of" or a possessive ("Ghana's Ashanti region"): "Kelly district manager" stays a
 * person.
 */
const DIVISION_OPENER_BEFORE = /(?:(?:^|[^\p{L}])(?:the|in|of)|\p{L}['’]s)\s+$/iu;
const DIVISION_AFTER =
  /^\s+(?:region|province|prefecture|district|county|governorate|oblast|emirate|village)(?![\p{L}-])/u;
/**
 * Right after the name: "'s mayor", "'s streets", " residents", " villagers", " is a (small) town" when the phrase
 * ends there or goes on to place it ("is a town of 4,000", "is a city in"): "is a city councillor" is a person.
 */
const PLACE_AFTER = new RegExp(
  String.raw`^(?:['’]s\s+(?:${PLACE_PARTS})\b|\s+(?:residents|townspeople|villagers)\b|\s+is\s+an?\s+(?:[\p{Ll}-]+\s+){0,2}(?:${PLACE_KINDS})(?=[,.;:]|\s+(?:of|in|on|near|by|where|with|that|which|north|south|east|west)\b))`,
  "u",
);

/**
 * An apposition that calls the name someone's dwelling: ", Hasina's official residence", ", the prime minister's
 * country home" (lexicon DWELLING_NOUNS), a possessive and at most two describers before the noun, which ends the
 * phrase. Session 41 probe (a Bangladeshi wire story): the stormed residence was listed as a person.
 */
const DWELLING_APPOSITION = new RegExp(
  String.raw`^,\s+(?:the\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+['’]s?\s+(?:[\p{Ll}-]+\s+){0,2}(?:${[...DWELLING_NOUNS].join("|")})(?=[,.;:)]|\s+(?:in|on|near|outside)\b)`,
  "u",
);

/**
 * A town's name joined by a lower-case preposition or article ("Ashton-under-Lyne", "Stoke-on-Trent",
 * "Frankfurt-am-Main", "Saint-Jean-sur-Richelieu"): no person's name is so written. Session 42 probe (a Guardian
 * story of a care home in Ashton-under-Lyne, listed as a person). Not "de", "la", "di" ("Jean-de-Dieu").
 */
const LINKED_TOWN =
  /^\p{Lu}[\p{L}'’]+(?:-\p{Lu}[\p{L}'’]+)*(?:-(?:on|upon|under|over|le|lès|sur|en|am|an|im|by|in|super)-\p{Lu}[\p{L}'’]+)+$/u;

/**
 * Whether the words right around a person mention make it a place (the file's comment): "aged" after a name and age
 * or before a neighbourhood's noun, whose own mention no person's mark near it keeps a person's.
 */
function placeContext(text: string, m: Mention, mentions: readonly Mention[]): "place" | "aged" | null {
  if (m.text.includes("-") && LINKED_TOWN.test(m.text)) return "place";
  // The cheap test first: " of " right before the name, else the words after it.
  const of = text.startsWith("of ", m.start - 3);
  const aged =
    (of || text.startsWith("from ", m.start - 5)) &&
    AGED_OF_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start));
  const placeOf = aged || (of && PLACE_OF_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)));
  if (!placeOf && NEIGHBOURHOOD_AFTER.test(text.slice(m.end, m.end + 20))) return "aged";
  const division = !placeOf && DIVISION_AFTER.test(text.slice(m.end, m.end + 16));
  if (
    !placeOf &&
    !division &&
    !PLACE_AFTER.test(text.slice(m.end, m.end + 40)) &&
    !(text.charCodeAt(m.end) === 44 && DWELLING_APPOSITION.test(text.slice(m.end, m.end + 80)))
  )
    return null;
  if (isWordOfLongerPerson(m, mentions)) return null;
  const placedByArticle =
    division && DIVISION_OPENER_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
  if (!placedByArticle && isKnownFirstName(m.text.split(/\s+/u)[0] as string)) return null;
  return aged ? "aged" : "place";
}

/** The mentions, in place, with each untitled person named by a place's context, and its namesakes, places. */
export function withPlaceContexts(text: string, mentions: Mention[]): Mention[] {
  let names: Set<string> | null = null;
  // The mentions after a person's name and age, or before a neighbourhood's noun: their own relative clause ("of X,
  // who waited") is the person's.
  const aged = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined) continue;
    const context = placeContext(text, m, mentions);
    if (context === null) continue;
    if (context === "aged") aged.add(m);
    names ??= new Set();
    names.add(m.text);
  }
  if (names === null) return mentions;
  // A name some mention of which carries a person's mark ("Whitcombe, 34,") stays a person's.
  for (const m of mentions)
    if (m.type === "person" && names.has(m.text) && !aged.has(m) && isMarkedPerson(m, text))
      names.delete(m.text);
  for (const m of mentions)
    if (m.type === "person" && m.title === undefined && names.has(m.text)) {
      m.type = "place";
      m.entity = m.text;
    }
  return mentions;
}
