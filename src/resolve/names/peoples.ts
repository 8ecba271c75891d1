/**
 * Peoples, nations and tribes the tagger reads as persons ("Cree elders", "the Lakota and Dakota people",
 * "hundreds of Yazidis", "Ngāti Whakaue"): a group, none of the mission's types. Told by closed-class words only
 * (lexicon group-words.ts): a plural noun of a people's members after the name or after a list of such names, a
 * count before a plural name, an iwi's opening word. The document then reads the name alone as that people
 * everywhere ("For too long Maori have …"), unless it names a person with it ("Dakota Reyes") or titles it.
 * Session 28 probe (18 invented Canadian, US, British, New Zealand, Australian, Kenyan and Iraqi wire stories):
 * 14 of the 22 wrong people at BASE were peoples. Part of the per-document naming (index.ts).
 */
import { Kind, phraseKind } from "../../extract/entities/gazetteer.js";
import { IWI_OPENERS, PEOPLE_NOUNS } from "../../lexicon/group-words.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import type { Mention } from "../../types.js";

/** A name of a list's next item: one or two capitalized words ("Oji-Cree", "Wet'suwet'en", "Ngāi Tahu"). */
const ITEM = String.raw`\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*)?`;
/** The rest of a list of names after the mention, then the lower-case word after them. */
const LIST_THEN_NOUN = new RegExp(String.raw`^(?:(?:,|,? (?:and|or)) ${ITEM})*\s(\p{Ll}+)\b`, "u");
/**
 * A count of people before a plural name: "200,000 Yazidis", "hundreds of Kurds", "many Yazidis"; no year ("in
 * 2019 Reyes won", "in 412 Tavrinius founded it").
 */
const COUNT_BEFORE =
  /(?:(?<!\b(?:in|since|by|until) )\b\d{1,3}(?:,\d{3})*|\b(?:hundreds|thousands|millions|dozens|tens of thousands) of|\b(?:many|most|some|few|several))\s+$/iu;
/** A quantity word the tagger took into the name ("Many Yazidis"). */
const COUNT_OPENING = /^(?:Many|Most|Some|Few|Several|Hundreds|Thousands) (\p{Lu}\p{Ll}+s)$/u;

/** A name compared without case or accents ("Māori" = "Maori"). */
const plainKey = (name: string): string => name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();

/** A capitalized word right before the mention: the mention ends a longer name ("the Crazy Eddie people"). */
const CAPITALIZED_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;
/**
 * A plural name: a lower-case letter and "s" ("Yazidis", "Kurds"; not "Class", nor a Latin name ending in "us":
 * GUM train, one person lost to the count rule after a year written without its century).
 */
const PLURAL = /\p{Ll}(?<![su])s$/u;

/**
 * Whether the one-word person mention is a people by the words around it: no acronym ("IMF reserve"), and no
 * end of a longer capitalized name ("Crazy Eddie people"); a counted plural not before a capitalized word ("several
 * Caesars World representatives"), nor a word of a firm's longer name ("2,400,000 Cardis common shares" beside
 * "Cardis Corp"). Reuters bench: those three shapes were the worse of 8 records changed.
 */
function isPeopleHere(text: string, m: Mention, isFirmWord: (key: string) => boolean): boolean {
  if (!/\p{Ll}/u.test(m.text)) return false;
  const before = CAPITALIZED_BEFORE.exec(text.slice(Math.max(0, m.start - 24), m.start))?.[1];
  if (before !== undefined && !STOPWORDS.has(before.toLowerCase())) return false;
  const after = text.slice(m.end, m.end + 120);
  const noun = LIST_THEN_NOUN.exec(after)?.[1];
  if (noun !== undefined && PEOPLE_NOUNS.has(noun)) return true;
  return (
    PLURAL.test(m.text) &&
    !/^\s+\p{Lu}/u.test(after) &&
    !isFirmWord(plainKey(m.text)) &&
    COUNT_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))
  );
}

/**
 * A big city's people ("Berliners", "East Berliners", "New Yorkers", "Londoners"): the city's name and "-ers", the
 * city one the gazetteer ranks big (a small town's name would take surnames: "Sellers", "Powers"). Session 42 probe,
 * the Berlin Wall (NYT 1989): "Berliners" was a person, "West Berliners" a place.
 */
function isCityPeople(name: string): boolean {
  const stem = /^((?:(?:East|West|North|South) )?(\p{Lu}[\p{L} ]*\p{Ll}))ers$/u.exec(name);
  return stem !== null && (phraseKind(stem[2] as string) & Kind.bigCity) !== 0;
}

/** The mentions without peoples read as persons, and without a city's people read as a person or a place. */
export function withoutPeoples(text: string, named: Mention[]): Mention[] {
  const mentions = named.some((m) => m.title === undefined && /ers$/.test(m.text) && isCityPeople(m.text))
    ? named.filter(
        (m) => !(m.type === "person" || m.type === "place") || m.title !== undefined || !isCityPeople(m.text),
      )
    : named;
  // Words a person of the document bears: a word of a longer person's name, or a name with a title.
  let personal: Set<string> | null = null;
  const isPersonal = (key: string): boolean => {
    if (personal === null) {
      personal = new Set();
      for (const m of mentions) {
        if (m.type !== "person" || COUNT_OPENING.test(m.text)) continue;
        if (m.title !== undefined) personal.add(plainKey(m.text));
        if (m.text.includes(" ")) for (const word of m.text.split(/\s+/)) personal.add(plainKey(word));
      }
    }
    return personal.has(key);
  };
  let firmWords: Set<string> | null = null;
  const isFirmWord = (key: string): boolean => {
    if (firmWords === null) {
      firmWords = new Set();
      for (const m of mentions)
        if (m.type === "organization" && m.text.includes(" "))
          for (const word of m.text.split(/\s+/)) firmWords.add(plainKey(word));
    }
    return firmWords.has(key);
  };
  // Most documents name no people: the set is made at the first one.
  let peoples = null as Set<string> | null;
  const addPeople = (name: string): void => {
    if (peoples === null) peoples = new Set();
    peoples.add(plainKey(name));
  };
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined) continue;
    const counted = COUNT_OPENING.exec(m.text)?.[1];
    const words = m.text.split(/\s+/);
    if (IWI_OPENERS.has((words[0] as string).toLowerCase())) {
      addPeople(m.text);
      continue;
    }
    const name = counted ?? (words.length === 1 ? m.text : null);
    if (name === null || isPersonal(plainKey(name))) continue;
    if (counted !== undefined || isPeopleHere(text, m, isFirmWord)) addPeople(name);
  }
  const found: ReadonlySet<string> | null = peoples;
  if (found === null) return mentions;
  return mentions.filter((m) => {
    if (m.type !== "person" || m.title !== undefined) return true;
    const counted = COUNT_OPENING.exec(m.text)?.[1];
    return !found.has(plainKey(counted ?? m.text));
  });
}
