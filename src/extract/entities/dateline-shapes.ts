/**
 * The shapes of a dateline at a story's opening (datelines.ts): where a line and the story's first line open, a
 * town's name in title case, a town no list knows, and a place the gazetteer knows.
 */
import { DASHES } from "../../lexicon/dashes.js";
import { readsAsLetters } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, PLACE_KINDS, wordKind } from "./gazetteer.js";

/** At most this many lines with text (a headline, a byline, a date) before a story's first line. */
const MOST_LINES_BEFORE_STORY = 3;
/** Characters read back from a story's first line for the lines before it. */
const STORY_OPENING_WINDOW = 400;

/**
 * Whether the token opens the story's first line: a headline, and at most a byline and a date line, before it (a
 * text's own first line is its headline: "Harlow, England" there is a club's town). A web page's dateline is often
 * in title case there ("Sudbury — Council …", "Bangalore: Hiring …"), which the tagger read as an organization or
 * left untagged (session 29 probe: 3 of 6 title-case datelines; of ten known towns in title case before a dash, six
 * read as organizations or cut: "Kelowna", "Whitby", "Bay" of "Thunder Bay").
 */
export function opensStory(text: string, token: Token): boolean {
  if (token.start > STORY_OPENING_WINDOW || !opensLine(text, token)) return false;
  let lines = 0;
  for (const line of text.slice(0, token.start).split("\n")) if (line.trim() !== "") lines += 1;
  return lines >= 1 && lines <= MOST_LINES_BEFORE_STORY;
}

/** At least this many letters in a town's name no list knows ("KELSO"; not "NHL", "UN"). */
const MIN_UNKNOWN_TOWN = 4;

/**
 * Whether token `first` alone is a town no list knows opening the story's first line under a headline ("MOOSONEE
 * —", "Sudbury —", "BANGALORE:"): a word the gazetteer knows as nothing, no dictionary word ("MARKETS -",
 * "UPDATE:"), no first name, not read as letters. Session 29 probe: all 5 of 20 datelines read wrong were towns
 * the gazetteer lacks ("SUDBURY", "Bangalore", "MOOSONEE"), read as organizations or left untagged.
 */
export function isStoryTown(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): boolean {
  const token = tokens[first] as Token;
  if (end !== first + 1 || !/^\p{L}+$/u.test(token.text) || token.text.length < MIN_UNKNOWN_TOWN)
    return false;
  // A dash or colon after it, or its region's comma, or an agency in brackets and a dash; not a bank's name on a
  // wire's wrapped line ("Girozentrale (WestLB) unit").
  const next = tokens[end]?.text ?? "";
  const agency = next === "(" && tokens[end + 2]?.text === ")" && DASHES.has(tokens[end + 3]?.text ?? "");
  if (!(DASHES.has(next) || next === ":" || next === "," || agency)) return false;
  if (gaz.commonWords.has(token.lower) || gaz.ordinaryWords.has(token.lower) || wordKind(token.text) !== 0)
    return false;
  if (readsAsLetters(token.text) || isKnownFirstName(token.text, "alone")) return false;
  return opensStory(text, token) && afterBlankLine(text, token);
}

/**
 * Whether a blank line comes right before the token's line: a story's first paragraph under its headline, not a
 * wrapped line of a wire's first paragraph ("<Banca Nazionale del\nLavoro - BNL>") nor a table's row ("NOTER:
 * full name …"). Reuters bench, without it: 19 records changed, 17 worse.
 */
function afterBlankLine(text: string, token: Token): boolean {
  let breaks = 0;
  for (let at = token.start - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10) breaks += 1;
    else if (code !== 32 && code !== 9 && code !== 13) return breaks >= 2;
  }
  return false;
}

/** A word of a town's name in title case ("Sudbury", "Thunder"). */
export const isTitleCaseWord = (token: Token | undefined): boolean =>
  token !== undefined && token.kind === "word" && /^\p{Lu}\p{Ll}+$/u.test(token.text);

/**
 * Whether the gazetteer knows the key as a place: a place phrase, a city or a country (the dateline's test; wider
 * than places.ts isKnownPlace, which also takes regions and US states but no phrases).
 */
export function isGazetteerPlace(key: string, gaz: Gazetteer): boolean {
  return ((gaz.phrases.get(key) ?? 0) & PLACE_KINDS) !== 0 || gaz.cities.has(key) || gaz.countries.has(key);
}

/** Whether the token opens a line: only spaces between the line break (or the text's start) and it. */
export function opensLine(text: string, token: Token): boolean {
  for (let at = token.start - 1; at >= 0; at--) {
    const code = text.charCodeAt(at);
    if (code === 10) return true;
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}

export function isTitleCaseSpan(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!isTitleCaseWord(tokens[i])) return false;
  return end > first;
}
