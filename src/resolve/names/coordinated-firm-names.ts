/**
 * A one-word name the tagger read as a person, coordinated with an organization ("Sainsbury's and Asda", "Tesco and
 * Asda", "Tesco, Morrisons and Asda"): a firm among firms. Only a word no list knows as a person's name (no first or
 * last name the gazetteer knows, no ordinary word), untitled, and that no person of the document bears, titled or in
 * a longer name. Session 31 probe (BBC-style business): "Asda" was a person beside two supermarkets; world news
 * names firms so at least as often as people.
 */
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";

/**
 * Between two coordinated names: "and", "&", "or", a comma before them; a possessive before ("Sainsbury's and
 * Asda"). Not a comma alone: "According to ABC News, Basya said" (GUM train).
 */
const COORDINATION = /^(?:['’]s?)?,? (?:and|&|or) $/u;

/** Kinds that make a word a person's name. */
const PERSON_NAME_KINDS = Kind.firstName | Kind.lastName | Kind.title;

/** The mentions, in place, with each such person an organization named as written. */
export function withCoordinatedFirms(text: string, mentions: Mention[]): Mention[] {
  let candidates: Mention[] | null = null;
  const gaz = gazetteer();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person" || m.title !== undefined || /[\s.]/u.test(m.text)) continue;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    const besideFirm =
      (before?.type === "organization" && COORDINATION.test(text.slice(before.end, m.start))) ||
      (after?.type === "organization" && COORDINATION.test(text.slice(m.end, after.start)));
    const key = m.text.toLowerCase();
    if (!besideFirm || (wordKind(key) & PERSON_NAME_KINDS) !== 0) continue;
    // An ordinary word ("Outlook", "Investors", "Which") is no firm's name either: the naming drops it later as no
    // person (Reuters bench: 7 such words became organizations in a first version).
    if (gaz.ordinaryWords.has(key) || gaz.commonWords.has(key)) continue;
    candidates ??= [];
    candidates.push(m);
  }
  if (candidates === null) return mentions;
  for (const m of candidates) {
    const word = m.text;
    // A person of the document bears the word: titled alone ("Mr Velloran") or in a longer name ("Dana Velloran").
    const borne = mentions.some(
      (other) =>
        other.type === "person" &&
        (other.text === word ? other.title !== undefined : other.text.split(/\s+/).includes(word)),
    );
    if (borne) continue;
    for (const other of mentions)
      if (other.type === "person" && other.text === word) {
        other.type = "organization";
        other.entity = word;
      }
  }
  return mentions;
}
