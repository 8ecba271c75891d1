/**
 * A fashion label named like a person, before the garment it made ("a Zentara biker coat", "her favourite Mira
 * Vell quilted handbag"): after an article, a possessive or "favourite"/"new", and before a garment's noun with at
 * most one word between, the name is the label's. And a label worn alone, after a verb of wearing ("wore Zentara
 * to the premiere", "arrived wearing Mira Vell and pearls"): the name ends its phrase (punctuation, a preposition,
 * "and"), with no possessive ("wore Whitlow's old shirt" is a person's shirt). The designer stays a person where
 * the text speaks of the person ("Zentara said the collection ..."): only the worn mentions go. Part of the
 * per-document naming (index.ts). FIT sample (session 11): 2 labels in a story on a royal's wardrobe; session 20:
 * invented red-carpet shapes (brief s20-firms "wore <Designer>").
 */
import {
  AFTER_WORN_LABEL,
  GARMENT_LABEL_OPENERS,
  GARMENT_NOUNS,
  WEARING_VERBS,
} from "../../lexicon/garment-nouns.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

const LABEL_BEFORE = new RegExp(String.raw`(?:^|\s)${anyOf(GARMENT_LABEL_OPENERS)}\s+$`, "iu");
/** The garment, or a modifier and the garment: both words are read (a greedy modifier took the garment for one). */
const GARMENT_AFTER = /^\s+(\p{Ll}[\p{Ll}-]*)\b(?:\s+(\p{Ll}+)\b)?/u;
const WEARING_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])${anyOf(WEARING_VERBS)}\s+$`, "u");
/** Right after a label worn alone: punctuation, or a lower-case word (AFTER_WORN_LABEL), no possessive. */
const WORN_PHRASE_ENDS = /^(?:\s*[,.;:!?)]|\s+([a-z]+)\b)/u;

/** Whether a person mention names the label of the garment after it. */
function isWornLabel(text: string, m: Mention): boolean {
  const words = GARMENT_AFTER.exec(text.slice(m.end, m.end + 40));
  if (words === null) return false;
  const second = words[2];
  if (!GARMENT_NOUNS.has(words[1] as string) && (second === undefined || !GARMENT_NOUNS.has(second)))
    return false;
  return LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** Whether a person mention is a label worn alone ("wore Zentara to the ball"). */
function isWornAlone(text: string, m: Mention): boolean {
  const ends = WORN_PHRASE_ENDS.exec(text.slice(m.end, m.end + 12));
  if (ends === null || (ends[1] !== undefined && !AFTER_WORN_LABEL.has(ends[1]))) return false;
  return WEARING_BEFORE.test(text.slice(Math.max(0, m.start - 14), m.start));
}

/** The mentions without the person mentions that name a garment's label. */
export function withoutWornLabels(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.type !== "person" || !(isWornLabel(text, m) || isWornAlone(text, m)));
}
