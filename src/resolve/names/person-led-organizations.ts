/**
 * An institution named for a person that the tagger cut in two: a person's name directly followed by a one-word
 * organization that is an institution's last word ("Whitlow" "Foundation", "Okafor" "Institute") is one
 * organization ("Whitlow Foundation"), not a mention of the person beside a nameless "Foundation". CHECK sample
 * (200 news articles): "Foundation" was the 52nd entry of the corpus, 23 mentions in 7 documents.
 */
import { mentionAt } from "../../extract/mention.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import type { Mention } from "../../types.js";

/** One capitalized word in mixed case ("Foundation"; not "FOUNDATION" of a headline, nor "Foundation Donors"). */
const ONE_WORD = /^\p{Lu}\p{Ll}+\.?$/u;

/**
 * The mentions with each person directly before a one-word organization whose word ends institutions' names
 * made one organization mention: nothing but a space between them. Returns the same array when nothing was
 * glued.
 */
export function withPersonLedOrganizations(mentions: Mention[], text: string): Mention[] {
  let glued: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const person = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (
      person.type === "person" &&
      next !== undefined &&
      next.type === "organization" &&
      next.start === person.end + 1 &&
      text[person.end] === " " &&
      ONE_WORD.test(next.text) &&
      ORGANIZATION_SUFFIXES.has(next.text.toLowerCase())
    ) {
      glued ??= mentions.slice(0, i);
      glued.push(mentionAt(person.start, next.end, text.slice(person.start, next.end), "organization"));
      i++;
    } else glued?.push(person);
  }
  return glued ?? mentions;
}
