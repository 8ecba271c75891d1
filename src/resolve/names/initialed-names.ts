/**
 * A name with a middle initial that the tagger cut: after an office's words ("Senate Minority Leader Dana M.
 * Whitlow") it may read "Dana" and "Whitlow" as two persons (or the surname as a place), keep "Whitlow" or
 * "M. Whitlow" alone, or keep "Dana" alone. A known first name, one space, a capital and its full stop, one space,
 * then a one-word title-cased surname that no list knows as a company, country, demonym, title or stopword is one
 * person: the mentions on those words are joined, or the one there grows to take the others. A word run on after
 * the surname (another capitalized word, a hyphen, an apostrophe's letter) leaves it alone ("Dana M. Whitlow
 * Hall" is a venue). FIT sample (seed 20261263): one senator cut in two, in two documents.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { runGoesOn } from "../../text/around.js";
import type { Mention } from "../../types.js";

const NOT_SURNAME_KINDS = Kind.organization | Kind.country | Kind.demonym | Kind.title;
/**
 * "Dana M. Whitlow": the first name, the initial, the surname, not inside a longer run of words or initials. The
 * initial's full stop may be left out, as British papers do ("Dana M Whitlow"), but then not for "A" or "I", which
 * are words. FIT sample (seed 20261661): a prosecutor named that way kept only as his surname.
 */
const INITIALED_NAME =
  /(?<![\p{L}\p{N}.'’-])(\p{Lu}\p{Ll}+) (?:\p{Lu}\.|(?![AI] )\p{Lu}) (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}])/gu;
/**
 * What every INITIALED_NAME match holds: a space, a capital (its full stop or not), a space, a capital. Asked of the
 * whole text first: it starts with a space, where INITIALED_NAME's lookbehind is tried at every position; 200 of
 * 4,000 Reuters texts hold it, and a search of those 4,000 took ~2 ms against ~14-35 ms for INITIALED_NAME's.
 */
const INITIAL_BETWEEN_SPACES = / \p{Lu}\.? \p{Lu}/u;

/** A word that may be a surname: no company, country, demonym or title word any list knows, no stopword. */
export function isSurname(word: string): boolean {
  if ((wordKind(word) & NOT_SURNAME_KINDS) !== 0) return false;
  const lower = word.toLowerCase();
  return !ORGANIZATION_SUFFIXES.has(lower) && !STOPWORDS.has(lower);
}

const NAMED_TYPES: ReadonlySet<Mention["type"]> = new Set(["person", "place", "organization"]);

/** The mentions with each "First X. Surname" the tagger cut made one person (the file's comment). */
export function joinInitialedNames(mentions: Mention[], text: string): Mention[] {
  if (!mentions.some((m) => m.type === "person") || !INITIAL_BETWEEN_SPACES.test(text)) return mentions;
  let result: Mention[] | null = null;
  for (const match of text.matchAll(INITIALED_NAME)) {
    const first = match[1] as string;
    const surname = match[2] as string;
    const start = match.index;
    const end = start + match[0].length;
    if (!isKnownFirstName(first) || !isSurname(surname) || runGoesOn(text, end)) continue;
    const list: Mention[] = result ?? mentions;
    const inside = list.filter((m) => m.start < end && m.end > start);
    // Only mentions within the name, at least one of them a person, none of them the whole name already.
    if (
      inside.length === 0 ||
      inside.some((m) => m.start < start || m.end > end || !NAMED_TYPES.has(m.type)) ||
      !inside.some((m) => m.type === "person") ||
      inside.some((m) => m.start === start && m.end === end)
    )
      continue;
    const kept = inside[0] as Mention;
    const title = inside.find((m) => m.title !== undefined)?.title;
    kept.start = start;
    kept.end = end;
    kept.type = "person";
    kept.text = text.slice(start, end);
    kept.entity = kept.text;
    if (title !== undefined) kept.title = title;
    result = inside.length === 1 ? list : list.filter((m) => !inside.includes(m) || m === kept);
  }
  return result ?? mentions;
}
