/**
 * A title-case headline's words run into a person's name: "Senator On Whitlow: ...", "Side Refusing To Meet
 * Okafor", "told Acme’s Whitlow" read from the possessive's "’s". Part of the per-document naming (index.ts),
 * before the titled names, so that a title after the dropped word is read.
 * - A leading possessive ending ("’s Whitlow"), role compound ("Editor-in-Chief Dana Whitlow") or capitalized
 *   preposition ("On Whitlow") is no word of the name: the name starts after it. "By" stays (a byline's, which
 *   the credit rules read) and "To" too (a surname: "To Hanh").
 * - A capitalized preposition inside the name ("Side Refusing To Meet Okafor") makes the run a headline's
 *   words, no person; "Of" aside ("Duke Of Marlowe" in a title-case line).
 * Session 13 FIT sample (seed 20261233, 40 news and GUM documents): 4 of 212 listed people, none right.
 */
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

/**
 * A possessive's ending, a role's compound ("Editor-in-Chief", "Sergeant-at-Arms": no name word is joined by
 * "-in-" or "-at-"), or a capitalized preposition other than "By" and "To", and the space after it.
 */
const LEADING_WORD = /^(?:['’]s|\p{Lu}\p{Ll}+-(?:in|at|In|At)-\p{L}+|(\p{Lu}\p{Ll}+))\s+(?=\p{Lu})/u;

/** A word between two runs of spaces: a name with an inner word. */
const INNER_WORD = /\s\S+\s/;

/** Whether a capitalized word is a preposition (not "Of", which titles of nobility hold). */
const isInnerPreposition = (word: string): boolean =>
  isTitleCased(word) && word !== "Of" && PREPOSITIONS.has(word.toLowerCase());

/** The person mentions with a headline's words dropped from their start, and those that are headlines left out. */
export function withoutHeadlineWords(mentions: Mention[]): Mention[] {
  return mentions.filter((m) => {
    if (m.type !== "person") return true;
    const lead = LEADING_WORD.exec(m.text);
    const word = lead?.[1];
    if (
      lead !== null &&
      (word === undefined || (word !== "By" && word !== "To" && PREPOSITIONS.has(word.toLowerCase())))
    ) {
      const cut = lead[0].length;
      m.start += cut;
      m.text = m.text.slice(cut);
      if (m.entity.length >= cut) m.entity = m.entity.slice(cut);
    }
    // Inner words need two runs of spaces: a name of one or two words is not split (most persons).
    return !(INNER_WORD.test(m.text) && m.text.split(/\s+/).slice(1, -1).some(isInnerPreposition));
  });
}
