/**
 * A person span the tagger began with a capitalized firm's noun at the head of a sentence or a headline
 * ("Carmaker Deltrix said it would cut jobs", "Retailer Brennan reported weak sales"), or a person span right after
 * such a noun opening a sentence ("Carmaker Deltrix, meanwhile, said": the tagger left the noun out): British and
 * wire news open sentences so (lexicon/firm-nouns.ts FIRM_NOUNS, the nouns that name no person). The noun is no
 * part of the name, and the name after it is the firm, in every untitled mention (firm-nouns.ts reads the same
 * nouns in lower case, after any word). A noun that is also a name ("Lender" as a surname) or a name led
 * by a known first name and longer than one word ("Company Dana Whitlow"-shaped: a founder's namesake firm or a
 * person) is left alone. Invented business texts in the shape of British news: 3 of 3 such openings listed as
 * people at 424e972; Reuters bench: 2 ("Insurer <Name>").
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { FIRM_NOUNS } from "../../lexicon/firm-nouns.js";
import { isLowerCode } from "../../text/runs.js";
import type { Mention } from "../../types.js";
import { withNamesRetyped } from "./retyped-organizations.js";

const NAME_KINDS = Kind.title | Kind.firstName | Kind.lastName;
/** A capitalized word, one space, then capitalized words only. */
const NOUN_LED = /^(\p{Lu}\p{Ll}+) (?=\p{Lu})(?:[\p{Lu}\d][\p{L}\d&'’.-]*(?: |$))+$/u;

/** The length of the firm's noun and its space opening a person span, else 0. */
function firmNounLength(name: string): number {
  // The cheap test first: a space after a first word FIRM_NOUNS may hold (4 to 12 letters: "firm", "conglomerate").
  const space = name.indexOf(" ");
  if (space < 4 || space > 12) return 0;
  const word = name.slice(0, space);
  if (!FIRM_NOUNS.has(word.toLowerCase()) || !NOUN_LED.test(name)) return 0;
  if ((wordKind(word) & NAME_KINDS) !== 0) return 0;
  const rest = name.slice(space + 1);
  if (rest.includes(" ") && isKnownFirstName(rest.slice(0, rest.indexOf(" ")))) return 0;
  return space + 1;
}

/** A sentence's or a line's end before a word: a stop, then maybe a closing quote, then spaces; or a line break. */
const SENTENCE_END = /(?:[.!?]["'”’)]?\s+|\n\s*)$/u;

/** Whether a capitalized firm's noun opening a sentence stands right before the person span (the file's comment). */
function isAfterFirmNoun(text: string, m: Mention): boolean {
  // Read back in place: a space, lower-case letters, then a capital (most persons have a lower-case word before).
  if (m.start < 5 || text.charCodeAt(m.start - 1) !== 32) return false;
  let at = m.start - 2;
  while (at >= 0 && m.start - at < 14 && isLowerCode(text.charCodeAt(at))) at--;
  const capital = text.charCodeAt(at);
  if (at < 0 || at === m.start - 2 || capital < 65 || capital > 90) return false;
  const word = text.slice(at, m.start - 1);
  if (!FIRM_NOUNS.has(word.toLowerCase())) return false;
  if ((wordKind(word) & NAME_KINDS) !== 0) return false;
  if (m.text.includes(" ") && isKnownFirstName(m.text.slice(0, m.text.indexOf(" ")))) return false;
  return at === 0 || SENTENCE_END.test(text.slice(Math.max(0, at - 4), at));
}

/**
 * The mentions, in place, with each untitled person span opened by a capitalized firm's noun cut to the name
 * after it, or right after such a noun opening a sentence, retyped an organization, and the untitled persons of
 * that name with it (the file's comment).
 */
export function withFirmLedNames(text: string, mentions: Mention[]): Mention[] {
  let firms: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined) continue;
    const cut = firmNounLength(m.text);
    if (cut === 0 && !isAfterFirmNoun(text, m)) continue;
    m.start += cut;
    m.text = m.text.slice(cut);
    m.type = "organization";
    m.entity = m.text;
    firms ??= new Set();
    firms.add(m.text);
  }
  return firms === null ? mentions : withNamesRetyped(mentions, firms);
}
