/**
 * The full name a short name belongs to, for every speaker rule that asks it (issue #11 item 4): the person rule
 * of resolve/names (`fullNameFinder`) over the document's people, or over the first-name-and-surname pairs
 * the text writes where the tagger missed the person. One rule where fullerName (the first known first name
 * before a surname) and onlyFullName (exactly one written pair) had one each.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { isNameOrTitleWord } from "../../extract/quotes/words.js";
import { NAME_PARTICLES, PATRONYMIC_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { COMPANY_FORMS } from "../../lexicon/organization-suffixes.js";
import { SENTENCE_END_MARKS } from "../../lexicon/punctuation.js";
import { isCapitalized, startsCapitalThenLower } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { fullNameFinder } from "../names/persons.js";
import type { SpeakerContext } from "./speaker-context.js";

/** A written name word: a capital, a small letter, then letters, apostrophes or hyphens ("Whitlow", "O'Neill"). */
export const NAME_SHAPE = /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u;

/**
 * Whether a capitalized word after a first name may be a surname: not an organization's noun or legal form
 * ("Lyle Administration", "Marvin Group", "Benny Inc") or a particle ("Abdul Ibn"). Reuters bench: these
 * four made 6 speakers' names worse once a first name joined a pair.
 */
function maySurname(word: string): boolean {
  const key = word.toLowerCase();
  return (
    !ORGANIZATION_NOUNS.has(key) &&
    !COMPANY_FORMS.has(key) &&
    !NAME_PARTICLES.has(key) &&
    !PATRONYMIC_PARTICLES.has(key)
  );
}

/**
 * The "First Surname" pairs the text writes (a known first name right before a capitalized name word), each
 * with how often it is written: a short name joins the one pair, or the one written twice as often as any other.
 */
function writtenPairs(tokens: readonly Token[]): Map<string, number> {
  const found = new Map<string, number>();
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const before = tokens[i - 1] as Token;
    if (token.start !== before.end + 1 || !NAME_SHAPE.test(token.text)) continue;
    if (!isKnownFirstName(before.text, "alone") || !startsCapitalThenLower(before.text)) continue;
    if (!maySurname(token.text)) continue;
    const full = `${before.text} ${token.text}`;
    found.set(full, (found.get(full) ?? 0) + 1);
  }
  return found;
}

/** The full name the text writes for a short name (the person rule over the written pairs), or null. */
export function writtenFullName(context: SpeakerContext, name: string): string | null {
  if (context.writtenFullName === undefined) {
    const pairs = writtenPairs(context.tokens);
    context.writtenFullName = fullNameFinder(pairs.keys(), (pair) => pairs.get(pair) ?? 0);
  }
  const full = context.writtenFullName(name);
  return full !== null && full.split(" ").length > name.split(" ").length ? full : null;
}

/**
 * Whether the name's words stand elsewhere inside a longer capitalized name that is no person's ("Tomo News
 * Service"), as the tagger may have read it: such a subject is no person. Reuters bench: without this, one
 * record made a news agency a person.
 */
export function insideLongerName(tokens: readonly Token[], name: string): boolean {
  const words = name.split(" ");
  const last = words.at(-1) as string;
  for (let i = 0; i < tokens.length; i++) {
    if ((tokens[i] as Token).text !== last) continue;
    const from = i - words.length + 1;
    if (words.length > 1 && tokens[from]?.text !== words[0]) continue;
    const before = tokens[from - 1];
    const after = tokens[i + 1];
    if (
      isNameOrTitleWord(before) &&
      isCapitalized(before?.text ?? "") &&
      !SENTENCE_END_MARKS.has(tokens[from - 2]?.text ?? ".") &&
      !isKnownFirstName((before as Token).text)
    )
      return true;
    if (isNameOrTitleWord(after) && (after as Token).start - (tokens[i] as Token).end === 1) return true;
  }
  return false;
}
