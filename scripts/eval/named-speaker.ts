/**
 * "Speaker resolved to the right named person" on PolNeAR, the held-out scorer's sense: for each gold quote
 * whose gold speaker mention is a person's name ("Trump", "Mr. Obama", "White House press secretary Josh
 * Earnest", "Kenneth Baer, a former Obama administration official ..."), is the speaker name of the quote we
 * found there that person (its words hold the name's last word)?
 *
 * PolNeAR gives the speaker only as written (no coreference chain), so quotes whose gold speaker is a pronoun
 * ("he"), a role ("the mayor") or a group ("Obama and Clinton") are not scored here.
 */

const NOT_NAMES = new Set(["he", "she", "i", "they", "it", "we", "you", "said"]);
/** A determiner or possessive opening a description rather than a name ("the mayor", "Another critic"). */
const DESCRIPTION = /^(?:the|a|an|one|another|my|his|her|their|our|its)\b/i;

/**
 * The last word of the person's name in a gold speaker mention, lower case, or null when the mention is no
 * single person's name. The name is the first comma-separated part that ends in a capitalized word (titles
 * and roles may lead it), cut before a postmodifier ("Mr. Morgan of the Sierra Club", "Rep. Gwen Moore
 * (D-Wis.)").
 */
export function goldSurname(mention: string): string | null {
  for (const part of mention.split(",")) {
    const head = part
      .replace(/\(.*$/, "")
      // "Mr. Morgan of the Sierra Club", but not "Secretary of State Jane Roe".
      .replace(
        /(?<!\b(?:Secretary|Minister|Director|President|Chairman|Governor|Mayor|Duke|Chancellor|General))\s(?:of|at|for|from|who|whose|in|on)\s.*$/,
        "",
      )
      .replace(/\s+(?:Jr\.?|Sr\.?|II|III|IV)$/, "")
      .trim();
    if (head === "") continue;
    if (/^the\s/i.test(head) || /\s(?:and|&)\s/.test(head)) return null;
    const last = (head.split(/\s+/).at(-1) as string).replace(/[’']s?$/, "").replace(/\.$/, "");
    // "Another critic, Laurence H. Tribe": a description first, the name in apposition.
    if (!/^\p{Lu}/u.test(last)) continue;
    if (NOT_NAMES.has(last.toLowerCase()) || DESCRIPTION.test(head)) return null;
    return foldName(last);
  }
  return null;
}

/**
 * Lower case with typographic apostrophes as ASCII: "O’Neill" and "O'Neill" are one name (a text may write both,
 * and the person rule joins them).
 */
export const foldName = (name: string): string => name.toLowerCase().replace(/[‘’]/g, "'");

/** Whether a resolved speaker name holds the surname (case-insensitive, whole word). */
export function namesPerson(name: string | null, surname: string): boolean {
  if (name === null) return false;
  return foldName(name)
    .split(/[\s]+/)
    .some((w) => w.replace(/[.,]$/, "") === surname);
}
