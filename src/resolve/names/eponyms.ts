/**
 * A person's name the document writes only before the noun of a thing named after the person (lexicon
 * EPONYM_HEADS: "the Richter scale", "the Harold Bisbee Correctional Facility", "the Turner Prize",
 * "Molotov cocktails") names that thing, no one the story is about: no person.
 * The tagger reads the name alone as a person (issue 11: things listed as people; the Wikinews 2019-2020 check
 * corpus, session 24: 6 of 77 wrong people on FIT were namesakes). A person is written so too ("the Whitlow
 * Prize, which Whitlow founded"), but then also elsewhere, so every mention of the name, and of any longer or
 * shorter person's name that shares its words ("Bisbee" beside "Harold Bisbee"), must stand before such a noun. Part
 * of the per-document naming (index.ts). Invented rows in tests/people-eponyms.test.ts.
 */
import { EPONYM_HEADS } from "../../lexicon/thing-suffixes.js";
import type { Mention } from "../../types.js";
import { personKey } from "./persons.js";

/**
 * One or two words right after a name, each past one space or one line break (wire text wraps "the Richter\nscale").
 */
const WORDS_AFTER = /^[ \n](\p{L}+)(?:[ \n](\p{L}+))?/u;

/** Whether an eponym's noun stands right after the mention: "Richter scale", "Tomas Ovalle Air Base". */
function isEponym(text: string, m: Mention): boolean {
  const next = text.charCodeAt(m.end);
  if (next !== 32 && next !== 10) return false;
  const words = WORDS_AFTER.exec(text.slice(m.end, m.end + 40));
  if (words === null) return false;
  const one = words[1] as string;
  if (EPONYM_HEADS.has(one)) return true;
  return words[2] !== undefined && EPONYM_HEADS.has(`${one} ${words[2]}`);
}

/**
 * Whether "the" stands right before the mention ("past winners of the Halvorsen"): a name the document writes as an
 * eponym ("the Halvorsen Medal") and then with the article alone is that thing again, its short form; no one writes
 * "the Halvorsen" of a person (a family's "the Halvorsens" is plural). Session 26, invented award texts at c82bd37:
 * 1 of 2 short forms listed as a person.
 */
function isArticled(text: string, m: Mention): boolean {
  return m.start >= 4 && ARTICLE_BEFORE.test(text.slice(m.start - 4, m.start));
}
const ARTICLE_BEFORE = /^[Tt]he[ \n]$/;

/** Whether two person keys share a word: "harold bisbee" and "bisbee". */
function shareWord(a: string, b: string): boolean {
  const words = new Set(a.split(" "));
  return b.split(" ").some((word) => words.has(word));
}

/** The mentions without the person mentions of a name only ever written as an eponym (the file's comment). */
export function withoutEponyms(text: string, mentions: Mention[]): Mention[] {
  let keys: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || !(isEponym(text, m) || (isArticled(text, m) && writtenAsEponym(text, m.text))))
      continue;
    keys ??= new Set();
    keys.add(personKey(m.text));
  }
  if (keys === null) return mentions;
  const eponyms = keys;
  for (const m of mentions) {
    if (m.type !== "person" || isEponym(text, m) || isArticled(text, m)) continue;
    const key = personKey(m.text);
    for (const name of eponyms) if (shareWord(name, key)) eponyms.delete(name);
  }
  if (eponyms.size === 0) return mentions;
  return mentions.filter((m) => m.type !== "person" || !eponyms.has(personKey(m.text)));
}

/**
 * Whether the text writes `name` before an eponym's noun anywhere, as a mention or not: the tagger often reads "the
 * Halvorsen Medal" as no person, and only its short form "the Halvorsen" as one.
 */
function writtenAsEponym(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (isEponym(text, { start: at, end } as Mention)) return true;
  }
  return false;
}
