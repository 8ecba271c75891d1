/**
 * An organization whose name ends in an acronym of its own ("Zanu PF", "Goldome FSB", "Bancomer SNC"): the tagger,
 * which knows the acronym but not the word before it, reads that word alone as a person ("intimidation by Zanu"),
 * and the organization is cut in two.
 */
import { POST_NOMINALS } from "../../lexicon/post-nominals.js";
import type { Mention } from "../../types.js";
import { widened } from "./company-forms.js";

/** An acronym as an organization's last word: two to five capitals. */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** A generation's or a series' numeral ("James Moffat III", "the Galaxy III satellite"): no acronym. */
const ROMAN_NUMERAL = /^[IVX]+$/;
/** One capitalized word, letters only (no title, no initial). */
const ONE_WORD = /^\p{Lu}\p{Ll}+$/u;

/**
 * A one-word person right before an organization written as an acronym, one space apart and no title before the
 * person ("by Zanu PF"), is that organization's first word: a person's name is not followed so by an acronym in news
 * text, save a post-nominal ("Jones QC", "Smith MP") or a numeral ("Moffat III"). Reuters and CNN/DM dev at
 * ffdd8fa7: 5 such pairs, all firms or parties ("Goldome FSB", "Bancomer SNC", "Gaullist RPR"). `mentions` in text
 * order.
 */
export function acronymTailsJoined(text: string, mentions: Mention[]): void {
  let kept = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const before = kept > 0 ? (mentions[kept - 1] as Mention) : undefined;
    if (
      before !== undefined &&
      before.type === "person" &&
      before.title === undefined &&
      ONE_WORD.test(before.text) &&
      m.type === "organization" &&
      ACRONYM.test(m.text) &&
      !POST_NOMINALS.has(m.text) &&
      !ROMAN_NUMERAL.test(m.text) &&
      text.slice(before.end, m.start) === " "
    ) {
      widened(text, before, before.start, m.end);
      continue;
    }
    mentions[kept++] = m;
  }
  mentions.length = kept;
}
