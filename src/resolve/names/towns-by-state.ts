/**
 * A town written with its state's or province's abbreviation after a comma, AP and Canadian Press style ("lives in
 * Ajax, Ont., with", "moved to Kodak, Tenn., in 2010"), is a place whatever the tagger read: a town named like a club
 * or a firm ("Ajax", "Kodak") was an organization (session 32, an invented Canadian Press story listed the town "Ajax"
 * as an organization, and an invented AP-style line its "Kodak, Tenn."). Only a name of one to three words with no
 * company's or institution's word nor "of", an organization's or an untitled person's whose first word no first-name
 * list knows ("Dana Whitlow, Fla." stays a person), and the abbreviation as a word of its own (not a party tag's
 * "R-Tenn."). Every untitled mention of the name follows (one name, one thing in a document). Part of the per-document
 * naming (index.ts). Session 34: so is a district written after a preposition of place and before its city
 * (isBeforeItsPlace).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { INSTITUTION_ENDINGS } from "../../lexicon/name-contexts.js";
import { CANADIAN_PROVINCE_ABBREVIATIONS } from "../../lexicon/regions.js";
import { US_STATE_ABBREVIATIONS } from "../../lexicon/us-states.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

/** ", Ont.", ", Tenn.", ", N.Y." (the stop optional) right after the name, then the phrase's end or a space. */
const STATE_AFTER = new RegExp(
  String.raw`^,\s+(?:${[...US_STATE_ABBREVIATIONS, ...CANADIAN_PROVINCE_ABBREVIATIONS]
    .map((a) => `${escapeRegExp(a.replace(/\.$/u, ""))}\\.?`)
    .join("|")})(?=[\s,;:)]|$)`,
  "u",
);

/** Words no town's name holds: "of", a company's form, an institution's ending, a bank's or a firm's partners. */
const NOT_TOWN_WORDS: ReadonlySet<string> = new Set([
  ...INSTITUTION_ENDINGS,
  "of",
  "bank",
  "associates",
  "partners",
]);

/** Whether the mention may be a town read as something else: the file's comment. */
function mayBeTown(m: Mention): boolean {
  if (m.type !== "organization" && !(m.type === "person" && m.title === undefined)) return false;
  const words = m.text.split(/\s+/u);
  // A body "of" its town ("Association of Norristown, Pa."), a bank or an institution's word: the body, not a town
  // (Reuters bench, a first version: three savings associations and a bank became places).
  if (words.length > 3 || words.some((w) => NOT_TOWN_WORDS.has(w.toLowerCase().replace(/\.$/u, ""))))
    return false;
  return m.type === "organization" || !isKnownFirstName(words[0] as string);
}

/** A preposition of place right before a name ("in", "near", "outside"). */
const PLACE_PREPOSITION_BEFORE = /\b(?:in|near|outside)\s$/u;

/**
 * Whether `m`, after a preposition of place, is followed by ", " and a place (a city, a region, a country) and the
 * end of its phrase: "shot dead in Moss Side, Manchester, on Sunday" (session 34 probe, BBC: the district was a
 * person). A person is no place's part ("in John Pell, Kansas" is not written).
 */
function isBeforeItsPlace(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i] as Mention;
  const next = mentions[i + 1];
  if (next === undefined || next.start !== m.end + 2 || text[m.end + 1] !== " ") return false;
  if (next.type !== "place" && next.type !== "country") return false;
  if (!/^(?:[,.;:)]|\s*$)/u.test(text.slice(next.end, next.end + 1))) return false;
  return PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, m.start - 8), m.start));
}

/**
 * The mentions, in place, with each town written before its state's abbreviation, or after a preposition of place
 * and before its city or country (and its namesakes) a place.
 */
export function withTownsByState(text: string, mentions: Mention[]): Mention[] {
  let towns: Set<string> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    // The cheap test first: a comma right after the name.
    if (text.charCodeAt(m.end) !== 44 || !mayBeTown(m)) continue;
    if (!STATE_AFTER.test(text.slice(m.end, m.end + 12)) && !isBeforeItsPlace(text, mentions, i)) continue;
    towns ??= new Set();
    towns.add(m.text);
  }
  if (towns === null) return mentions;
  for (const m of mentions)
    if (towns.has(m.text) && (m.type === "organization" || (m.type === "person" && m.title === undefined))) {
      m.type = "place";
      m.entity = m.text;
    }
  return mentions;
}
