import { SPEAKER_PRONOUNS } from "../lexicon/pronouns.js";
import { foldForMatch } from "../text/fold.js";
import { isCapitalized } from "../text/word-shape.js";
import type { Quote } from "../types.js";

/** A speaker mention that is a pronoun or a role noun ("He", "The minister"), not a name. */
const NOT_A_NAME = new RegExp(
  `^(?:The|${[...SPEAKER_PRONOUNS.keys()].map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("|")})\\b`,
);

/**
 * Whether a quote's speaker answers to `query`: its canonical name, the words the text used for it (an
 * alias), or a run of the name's words such as the surname ("Whitlow" for "Dana Whitlow"); case,
 * accents and punctuation are ignored. An organization speaker matches by its organization name.
 */
export function speakerMatches(quote: Quote, query: string): boolean {
  const q = foldForMatch(query);
  if (q === "") return false;
  const names = [quote.speaker.name, quote.speaker.organization].filter((n): n is string => !!n);
  for (const name of names) {
    const folded = foldForMatch(name);
    if (folded === q || ` ${folded} `.includes(` ${q} `)) return true;
  }
  // The mention is an alias only when it is a name ("Whitlow"), not a pronoun or role noun.
  const mention = quote.speaker.mention?.text;
  if (mention && names.length > 0 && isCapitalized(mention) && !NOT_A_NAME.test(mention)) {
    const folded = foldForMatch(mention);
    if (folded === q || folded.split(" ").at(-1) === q) return true;
  }
  return false;
}
