/**
 * A nickname given with an article ("Rono Lathcart, dubbed the Sky King", "nicknamed the Galloping Major", "known
 * as the Iron Duchess") is an epithet of someone the sentence names, not a second person: the tagger reads its last
 * word as a surname ("King", "Major"). A person mention that ends such a phrase (EPITHET_OPENERS, an article, then
 * capitalized words only up to the mention) is dropped. Part of the per-document naming (index.ts).
 *
 * Session 23, a Wikinews sample (CC BY 2.5, read through AMALGUM; FIT half): "dubbed the Bandit King" listed a
 * person "King".
 */
import { EPITHET_OPENERS } from "../../lexicon/introducing-nouns.js";
import type { Mention } from "../../types.js";

/** An opener, an article and up to three capitalized words, ending where the mention starts. Made once. */
const EPITHET_BEFORE = new RegExp(
  `\\b(?:${EPITHET_OPENERS.map((o) => o.replace(/ /g, "\\s+")).join("|")})\\s+(?:the|a|an)\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,3}$`,
  "iu",
);

/** How far back the phrase is looked for: an opener, an article and three words fit. */
const LOOK_BACK = 80;

/** The mentions without the persons that end a nickname phrase. */
export function withoutEpithets(text: string, mentions: Mention[]): Mention[] {
  // Most documents give no nickname: one scan of the text, no new array for them.
  if (!/\b(?:dubbed|nicknamed|known|billed|hailed|branded|styled|christened)\b/iu.test(text)) return mentions;
  return mentions.filter(
    (m) => m.type !== "person" || !EPITHET_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BACK), m.start)),
  );
}
