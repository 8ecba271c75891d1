/**
 * A fashion label named like a person, before the garment it made ("a Zentara biker coat", "her favourite Mira
 * Vell quilted handbag"): after an article, a possessive or "favourite"/"new", and before a garment's noun with at
 * most one word between, the name is the label's. Part of the per-document naming (index.ts). FIT sample (session
 * 11): 2 labels in a story on a royal's wardrobe.
 */
import { GARMENT_LABEL_OPENERS, GARMENT_NOUNS } from "../../lexicon/garment-nouns.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

const LABEL_BEFORE = new RegExp(String.raw`(?:^|\s)${anyOf(GARMENT_LABEL_OPENERS)}\s+$`, "iu");
const GARMENT_AFTER = /^\s+(?:\p{Ll}[\p{Ll}-]*\s+)?(\p{Ll}+)\b/u;

/** Whether a person mention names the label of the garment after it. */
function isWornLabel(text: string, m: Mention): boolean {
  const garment = GARMENT_AFTER.exec(text.slice(m.end, m.end + 40))?.[1];
  if (garment === undefined || !GARMENT_NOUNS.has(garment)) return false;
  return LABEL_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** The mentions without the person mentions that name a garment's label. */
export function withoutWornLabels(text: string, mentions: Mention[]): Mention[] {
  return mentions.filter((m) => m.type !== "person" || !isWornLabel(text, m));
}
