/**
 * Readings of a one-word or defined name that the rest of the document settles, after the tagger (which reads a
 * sentence at a time, with only a memory of earlier tags): the model trained with lexical flags and no case-kept
 * form of rare words (scripts/train-ner.ts) reads a few such names by their training look-alikes.
 */
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import type { Mention, Token } from "../../types.js";
import { mentionAt } from "../mention.js";
import { isKnownFirstName } from "./first-name.js";

/** Personal pronouns: a person's, or a thing's or group's (which end the search: "Ford said its sales ..."). */
const PERSONAL = new Set(["he", "she", "him", "her", "his", "hers", "himself", "herself"]);
const IMPERSONAL = new Set(["it", "its", "itself", "they", "them", "their", "theirs", "we", "our"]);
/** Words after the name within which its pronoun is looked for (a sentence or two of news). */
const REACH = 30;
const ACRONYM = /^\p{Lu}{2,8}$/u;
const NO_LOWER = /^[^\p{Ll}]+$/u;

/** The index of the first token starting at or after `offset` (tokens in text order). */
function tokenAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The first personal pronoun in the REACH words from token `from` is a person's. */
function pronounAfter(tokens: readonly Token[], from: number): boolean {
  const end = Math.min(tokens.length, from + REACH);
  for (let i = from; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word") continue;
    const lower = token.text.toLowerCase();
    if (PERSONAL.has(lower)) return true;
    if (IMPERSONAL.has(lower)) return false;
  }
  return false;
}

/**
 * One-word organizations that are people: a known first name the text goes on to call "she" or "he" ("... their
 * nine-month-old child, Gloria.\nShe died ..."; the tagger read her as the first word of a club), or a word in
 * capitals the document names a person in ordinary case ("KOWALCZYK" over "Kowalczyk said": capitals say
 * little). One such mention makes every one-word organization of that text a person, as a reader keeps one
 * reading of a name. GUM dev: one document's child read as an organization 11 times (pronouns 135 -> 154/202).
 */
function organizationsAsPeople(mentions: Mention[], tokens: readonly Token[]): void {
  const people = new Set<string>();
  const personWords = new Set<string>();
  for (const m of mentions)
    if (m.type === "person" && !/\s/.test(m.text)) personWords.add(m.text.toLowerCase());
  for (const m of mentions) {
    if (m.type !== "organization" || /[\s-]/.test(m.text)) continue;
    if (NO_LOWER.test(m.text) && personWords.has(m.text.toLowerCase())) people.add(m.text);
    else if (isKnownFirstName(m.text, "alone") && pronounAfter(tokens, tokenAt(tokens, m.end)))
      people.add(m.text);
  }
  if (people.size === 0) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type === "organization" && people.has(m.text))
      mentions[i] = mentionAt(m.start, m.end, m.text, "person");
  }
}

/**
 * An organization the text defines an acronym for ("Gross Domestic Product (GDP)") with no word of an
 * institution's name (Ministry, Association, Corp ...) is one only if the tagger reads the acronym as an
 * organization somewhere in the document, as resolve/names asks before it adds a defined name the tagger
 * missed: economic terms and units define acronyms too. Without the head-word test, Reuters lost "Ministry of
 * International Trade and Industry (MITI)" and "International Development Association (IDA)".
 */
function withoutUndefinedOrganizations(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  let result = mentions;
  for (const m of mentions) {
    if (m.type !== "organization" || !/\s/.test(m.text)) continue;
    const open = tokenAt(tokens, m.end);
    const acronym = tokens[open + 1];
    if (tokens[open]?.text !== "(" || tokens[open + 2]?.text !== ")" || acronym === undefined) continue;
    if (!ACRONYM.test(acronym.text)) continue;
    const initials = m.text
      .split(/\s+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.charAt(0))
      .join("");
    if (initials !== acronym.text) continue;
    const words = m.text.toLowerCase().split(/\s+/);
    if (words.some((word) => ORGANIZATION_NOUNS.has(word) || ORGANIZATION_SUFFIXES.has(word))) continue;
    if (mentions.some((other) => other.type === "organization" && other.text === acronym.text)) continue;
    result = result.filter((other) => other !== m);
  }
  return result;
}

/** The mentions with the document's readings applied (a new array, or the same one when none applies). */
export function withDocumentReadings(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  organizationsAsPeople(mentions, tokens);
  return withoutUndefinedOrganizations(mentions, tokens);
}
