/**
 * Places and organizations that the document shows to be people: a one-word name that is a person's surname, and a
 * relative's full name the tagger read as a firm or a place. Part of the per-document naming (index.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { documentSurnames } from "../../text/names.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

/**
 * A one-word place or organization that is the surname of a person named in full in the same document
 * ("Tavon Washington ... Washington fell short") is that person; country names are left alone ("Jordan").
 */
export function relabelSurnames(mentions: Mention[], text: string): void {
  const surnames = documentSurnames(mentions);
  // Both readings need a surname of the document: with none, no words are split or lower-cased.
  if (surnames.size === 0) return;
  for (const mention of mentions) {
    if (mention.type !== "place" && mention.type !== "organization") continue;
    const relabel = /\s/.test(mention.text)
      ? isRelativeName(mention.text, surnames) && !FIRM_AFTER.test(text.slice(mention.end, mention.end + 12))
      : surnames.has(mention.text.toLowerCase());
    if (!relabel) continue;
    mention.type = "person";
    mention.entity = mention.text;
  }
}

/** A firm's form after a name ("Whitlow and Co", "Whitlow & Sons", "Whitlow Inc"): the name is the firm's. */
const FIRM_AFTER =
  /^(?:\s*,?\s*(?:and|&)\s+(?:Co|Company|Sons)\b|\s+(?:Co|Inc|Corp|Ltd|LLC|Group|Holdings)\b)/u;

/** A first word that is also a title, a firm's or a place's name ("Duke", "Apple", "Paris") opens no such name. */
const NOT_A_FIRST_NAME = Kind.title | Kind.organization | PLACE_KINDS;

/**
 * A known first name and a surname the document gives a person, read by the tagger as a firm or a place ("Jeb
 * Whitlow" beside "Dana Whitlow"): a relative's or a namesake's full name, unless the gazetteer knows the two words
 * as a firm or a place. Session 12 FIT sample: a former governor lost to an organization beside his brother.
 */
function isRelativeName(text: string, surnames: ReadonlySet<string>): boolean {
  const words = text.split(/\s+/);
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  const key = last.toLowerCase();
  if (!isTitleCased(first) || !isKnownFirstName(first) || !surnames.has(key)) return false;
  // Nor a firm's word or a word of the dictionary ("Acme Broadcasting" read as a person elsewhere).
  if (
    ORGANIZATION_SUFFIXES.has(key) ||
    (gazetteer().ordinaryWords.has(key) && (wordKind(last) & Kind.lastName) === 0)
  )
    return false;
  return (wordKind(first) & NOT_A_FIRST_NAME) === 0 && (wordKind(text) & NOT_A_FIRST_NAME) === 0;
}
