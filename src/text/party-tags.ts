/**
 * A US lawmaker's party and state, AP style: "R-Ky.", "D-N.Y.", "I-Vt.", "R-Texas". One pattern for the entity
 * pass that names the person before it (extract/entities/party-tags.ts) and the speaker pass that steps over it
 * (extract/quotes/appositives.ts).
 */
import { US_STATE_ABBREVIATIONS, US_STATES } from "../lexicon/us-states.js";
import { escapeRegExp } from "./escape-regexp.js";

const STATES = [...US_STATE_ABBREVIATIONS.map((s) => s.replace(/\.$/, "")), ...US_STATES]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join("|");

/** The tag as regular-expression text, unanchored: a party's letter, a hyphen, a state, its stop. */
export const PARTY_TAG_SOURCE = String.raw`[DRI]-(?:${STATES})\.?`;

const WHOLE_TAG = new RegExp(`^${PARTY_TAG_SOURCE}$`, "u");

/** Whether a text is such a tag and nothing else ("D-N.Y.", as a tokenizer's pieces joined). */
export function isPartyTag(written: string): boolean {
  return WHOLE_TAG.test(written);
}
