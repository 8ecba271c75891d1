/**
 * Clipped organization names: a one-word name that is the clipped first word of a longer name, "Fed" of
 * "Federal Reserve", "Met" of "Metropolitan Police", joins it in a document (nameOrganizations) and, through the
 * alias a document gave it, over a corpus (aggregate/entities.ts).
 */
import { LONGER_WORD_ENDINGS } from "../../lexicon/word-endings.js";
import type { Mention } from "../../types.js";

/**
 * A clipping as written: capitalized, three letters, mixed case ("Fed", "Met"; not "FED" or "EU"). Reuters bench:
 * four letters took "Bank" (of "Bank of America" cut by the tagger) to another bank's "Bankhaus ...".
 */
const CLIPPING = /^\p{Lu}\p{Ll}{2}$/u;

/**
 * Whether `short` is a clipping of the longer organization name `long`: the first of its two or more words cut by
 * three letters or more ("Federal" → "Fed"), unless what is cut off is a common ending that makes a word of its
 * own ("Fordham" is no "Ford" clipped).
 */
export function isClippingOf(short: string, long: string): boolean {
  if (!CLIPPING.test(short)) return false;
  const space = long.indexOf(" ");
  if (space < 0) return false;
  const first = long.slice(0, space);
  return (
    first.length >= short.length + 3 &&
    first.startsWith(short) &&
    !LONGER_WORD_ENDINGS.has(first.slice(short.length))
  );
}

/**
 * Renames each one-word organization mention that clips the first word of exactly one longer organization of the
 * document to that name ("the Fed" beside "the Federal Reserve").
 */
export function joinClippedNames(organizations: readonly Mention[]): void {
  const names = new Set(organizations.map((m) => m.entity));
  const targets = new Map<string, string | null>();
  for (const short of names) {
    if (!CLIPPING.test(short)) continue;
    for (const long of names) {
      if (!isClippingOf(short, long)) continue;
      const known = targets.get(short);
      targets.set(short, known === undefined ? long : null);
    }
  }
  for (const mention of organizations) {
    const target = targets.get(mention.entity);
    if (target !== undefined && target !== null) mention.entity = target;
  }
}
