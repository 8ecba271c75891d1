/**
 * An institution named for a person that the tagger cut in two: a person's name directly followed by a one-word
 * organization that is an institution's last word ("Whitlow" "Foundation", "Okafor" "Institute") is one
 * organization ("Whitlow Foundation"), not a mention of the person beside a nameless "Foundation". CHECK sample
 * (200 news articles): "Foundation" was the 52nd entry of the corpus, 23 mentions in 7 documents.
 */
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import type { Mention } from "../../types.js";
import { withLedOrganizations } from "./short-names.js";

/** One capitalized word in mixed case ("Foundation"; not "FOUNDATION" of a headline, nor "Foundation Donors"). */
const ONE_WORD = /^\p{Lu}\p{Ll}+\.?$/u;

/**
 * The mentions with each person directly before a one-word organization whose word ends institutions' names
 * made one organization mention: nothing but a space between them. Returns the same array when nothing was
 * glued.
 */
export function withPersonLedOrganizations(mentions: Mention[], text: string): Mention[] {
  return withLedOrganizations(
    mentions,
    text,
    (person, next) =>
      person.type === "person" &&
      ONE_WORD.test(next.text) &&
      ORGANIZATION_SUFFIXES.has(next.text.toLowerCase()),
  );
}
