import { foldForMatch } from "../text/fold.js";
import type { Quote } from "../types.js";

/**
 * Whether a quote's speaker answers to `query`: its canonical name, the words the text used for it (an
 * alias), or a run of the name's words such as the surname ("Rouhani" for "Hassan Rouhani"); case,
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
  // The mention is an alias only when it is a name ("Rouhani"), not a pronoun or role noun.
  const mention = quote.speaker.mention?.text;
  if (
    mention &&
    names.length > 0 &&
    /^\p{Lu}/u.test(mention) &&
    !/^(?:The|He|She|It|They|We|I)\b/.test(mention)
  ) {
    const folded = foldForMatch(mention);
    if (folded === q || folded.split(" ").at(-1) === q) return true;
  }
  return false;
}
