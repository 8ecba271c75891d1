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

/**
 * The openers' first words, whole words, found without a leading \b: a regexp that opens with \b under /iu is scanned
 * ~2.8x slower by V8 (the Reuters bench's 19,779 texts, in process: 520-820 ms against 190-360 ms, alternated, load
 * 17; about 1% of an annotate --jobs 1 run's profile). mentionsOpener checks the word's start itself.
 */
const OPENER_WORD = new RegExp(
  `(?:${[...new Set(EPITHET_OPENERS.map((o) => o.split(" ")[0]))].join("|")})\\b`,
  "giu",
);

/** A character \b counts as a word's under /iu: \w, and the two that fold into it (long s, the Kelvin sign). */
const WORD_CHAR = /[\w\u017F\u212A]/u;

/** Whether an opener's first word stands in the text as a whole word (as /\b(?:dubbed|…)\b/iu would find it). */
function mentionsOpener(text: string): boolean {
  OPENER_WORD.lastIndex = 0;
  for (let m = OPENER_WORD.exec(text); m !== null; m = OPENER_WORD.exec(text)) {
    if (m.index === 0 || !WORD_CHAR.test(text.charAt(m.index - 1))) return true;
    OPENER_WORD.lastIndex = m.index + 1;
  }
  return false;
}

/** How far back the phrase is looked for: an opener, an article and three words fit. */
const LOOK_BACK = 80;

/** The mentions without the persons that end a nickname phrase. */
export function withoutEpithets(text: string, mentions: Mention[]): Mention[] {
  // Most documents give no nickname: one scan of the text, no new array for them.
  if (!mentionsOpener(text)) return mentions;
  return mentions.filter(
    (m) => m.type !== "person" || !EPITHET_BEFORE.test(text.slice(Math.max(0, m.start - LOOK_BACK), m.start)),
  );
}
