/**
 * The extraction stage's passes over a document's mentions once every sentence is tagged: names the document
 * settles by its other mentions (a surname written alone, a ship's or a publication's name, a surname the tagger
 * read as a place), and demonyms it left untagged.
 */
import { GROUP_WORDS, PARTY_MEMBERS } from "../../lexicon/group-words.js";
import { COMPANY_FORMS } from "../../lexicon/organization-suffixes.js";
import { POSSESSIVE_MARKS } from "../../lexicon/punctuation.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { isNameGap } from "../../text/around.js";
import { documentSurnames, nameWords, surnameKey } from "../../text/names.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Document, Mention, Token } from "../../types.js";
import { mentionAt } from "../mention.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind, NOT_PERSON_KINDS } from "./gazetteer.js";
import { isPersonWord } from "./middle-initials.js";
import type { SettledNames } from "./name-contexts.js";
import { isRoleNoun } from "./role-nouns.js";
import type { TokenSpan } from "./spans.js";
import { isCompanyForm } from "./unknown-first-names.js";
import type { WordFacts } from "./word-facts.js";

/**
 * A mention of tokens [first, end) (built field by field: an object spread took a twentieth of extraction).
 * Every mention has the same keys in the same order, `title` included (undefined until a title is seen, and
 * JSON leaves it out): mentions of one shape keep the resolvers' optimized code, where a title added later
 * or a five-key literal beside six-key ones made "wrong map" deoptimizations (--trace-deopt, one thread).
 */
export function typedMention(
  doc: Document,
  tokens: readonly Token[],
  first: number,
  end: number,
  type: Mention["type"],
  entity: string | null,
): Mention {
  const start = (tokens[first] as Token).start;
  const stop = (tokens[end - 1] as Token).end;
  return mentionAt(start, stop, doc.text.slice(start, stop), type, entity ?? undefined);
}

/**
 * Capitalized demonyms the tagger left untagged ("the Chilean leader"). `facts`: each token's factsOf, whose lower
 * case is made once per distinct word (a lower-casing per capitalized token here was 0.6% of a cold run).
 */
export function untaggedDemonyms(
  doc: Document,
  tokens: readonly Token[],
  facts: readonly WordFacts[],
  covered: Uint8Array,
  gaz: Gazetteer,
): Mention[] {
  const found: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const word = facts[i] as WordFacts;
    if (covered[i] || !word.capitalized) continue;
    const country = gaz.demonyms.get(word.lower);
    if (country !== undefined) found.push(typedMention(doc, tokens, i, i + 1, "demonym", country));
  }
  return found;
}

/** Lower-cased surnames of the person names among the mentions (text/names.ts documentSurnames). */
function surnamesOf(mentions: readonly Mention[]): Set<string> {
  return documentSurnames(mentions);
}

/**
 * Surnames the tagger missed: once "Alan Penhallow" is named, a later capitalized "Penhallow" it left untagged is
 * that person (news refers to people by surname after the first mention). In an ALL-CAPS headline, a surname
 * inside a longer name the tagger read ("ROUHANI WARNS OF WAR") is that person, and the longer name is dropped.
 */
export function surnameMentions(
  doc: Document,
  tokens: readonly Token[],
  facts: readonly WordFacts[],
  covered: Uint8Array,
  headlineSpans: readonly { span: TokenSpan; mention: Mention | null }[],
  mentions: readonly Mention[],
): Mention[] {
  const surnames = surnamesOf(mentions);
  const found: Mention[] = [];
  const isSurname = (i: number): boolean => {
    if (surnames.size === 0) return false;
    const word = facts[i] as WordFacts;
    return word.capitalized && surnames.has(word.lower);
  };
  // A document with no multi-word person name has no surnames to find: no pass over its tokens.
  if (surnames.size > 0)
    tokens.forEach((_, i) => {
      if (!covered[i] && isSurname(i)) {
        found.push(typedMention(doc, tokens, i, i + 1, "person", tokens[i]?.text ?? ""));
      }
    });
  for (const { span, mention } of headlineSpans) {
    let hits = 0;
    for (let i = span.first; i < span.end; i++) {
      if (!isSurname(i)) continue;
      found.push(typedMention(doc, tokens, i, i + 1, "person", tokens[i]?.text ?? ""));
      hits++;
    }
    if (hits === 0 && mention !== null) found.push(mention);
  }
  return found;
}

/**
 * Lone words the tagger read as miscellaneous names that are the surname of a person the document names in full
 * with a known first name ("the 20-year-old Whitlow" after "Dana Whitlow"): that person. Only a word written as a
 * name (not in capitals), no people's or group's word, nothing the gazetteer knows as no person. CoNLL dev FIT
 * (seed 20261224): four. Any full name's surname (the tagger's "persons" include firms: "Rank Zentrix") gave as
 * many wrong as right on Reuters (a firm's or a people's word: "Arab", "Democrats").
 */
export function looseSurnames(
  doc: Document,
  tokens: readonly Token[],
  looseWords: readonly number[],
  mentions: readonly Mention[],
  gaz: Gazetteer,
): Mention[] {
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = nameWords(m.text);
    if (words.length < 2 || !isKnownFirstName(words[0] as string)) continue;
    const surname = surnameKey(m.text);
    if (surname !== null) surnames.add(surname);
  }
  const found: Mention[] = [];
  for (const i of looseWords) {
    const text = (tokens[i] as Token).text;
    const key = text.toLowerCase();
    if (!surnames.has(key) || !isTitleCased(text) || GROUP_WORDS.has(key) || PARTY_MEMBERS.has(key)) continue;
    if (((gaz.phrases.get(key) ?? 0) & NOT_PERSON_KINDS) !== 0) continue;
    found.push(typedMention(doc, tokens, i, i + 1, "person", text));
  }
  return found;
}

/**
 * Lone words the tagger read as miscellaneous names that the gazetteer knows as an organization's only, where one of
 * them speaks or is the employer of an office ("Boeing said", "Boeing's chief executive"): the organization, in every
 * such reading. AP's "Boeing's 737 Max jets" made each "Boeing" of a story MISC (the tagger's document memory), and
 * the firm that spoke was missing, its statement given to another (session 37 probe, AP 2019).
 */
export function looseFirms(
  doc: Document,
  tokens: readonly Token[],
  looseWords: readonly number[],
  gaz: Gazetteer,
): Mention[] {
  const firms = new Set<string>();
  for (const i of looseWords) {
    const token = tokens[i] as Token;
    if (gaz.phrases.get(token.lower) !== Kind.organization) continue;
    if (isSpeakingOrEmploying(tokens, i)) firms.add(token.text);
  }
  if (firms.size === 0) return [];
  const found: Mention[] = [];
  for (const i of looseWords)
    if (firms.has((tokens[i] as Token).text))
      found.push(typedMention(doc, tokens, i, i + 1, "organization", null));
  return found;
}

/** A reporting verb after the word, or its possessive before an office's noun ("Boeing's chief executive"). */
function isSpeakingOrEmploying(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined) return false;
  if (REPORTING_VERBS.has(next.lower)) return true;
  if (!POSSESSIVE_MARKS.has(next.text)) return false;
  for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) {
    const word = tokens[k] as Token;
    if (word.kind !== "word" || /^\p{Lu}/u.test(word.text)) return false;
    if (isRoleNoun(word.text)) return true;
  }
  return false;
}

/**
 * A one-word place that is the surname of a person the document names in full, and that the document writes alone
 * as that person more often than as a place ("Dara Malta" ... "Malta said" ... "Malta's film"): the person, the
 * country's reading being the tagger's guess from the word alone. CoNLL dev FIT (seed 20261224): a director's
 * surname read as a country twice beside six person readings.
 */
export function placesAsSurnames(mentions: Mention[]): void {
  const lonePlaces = mentions.filter(
    (m) => (m.type === "country" || m.type === "place") && !/\s/.test(m.text),
  );
  if (lonePlaces.length === 0) return;
  const surnames = surnamesOf(mentions);
  if (surnames.size === 0) return;
  const count = new Map<string, number>();
  for (const m of mentions) {
    if (/\s/.test(m.text) || !surnames.has(m.text.toLowerCase())) continue;
    const vote = m.type === "person" ? 1 : m.type === "country" || m.type === "place" ? -1 : 0;
    count.set(m.text, (count.get(m.text) ?? 0) + vote);
  }
  for (const m of lonePlaces)
    if ((count.get(m.text) ?? 0) > 0) {
      m.type = "person";
      m.entity = m.text;
    }
}

/** A capitalized word right before, one space apart on the line ("<Istituto> Bancario San ..."). */
const CAPITALIZED_BEFORE = /\p{Lu}[\p{L}.'’-]* $/u;
/** The word right after, one space apart on the line. */
const WORD_AFTER = /^ ([\p{L}.&'’-]+)/u;

/**
 * Whether the mention is part of a longer name: a capitalized word right before it, or one, or a company's
 * form, right after it ("Carrozzeria Bertone S.P.A.": Reuters, a firm the first version made a person).
 */
function isInLongerName(text: string, m: Mention): boolean {
  if (CAPITALIZED_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start))) return true;
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 24))?.[1];
  return after !== undefined && (isCompanyForm(after) || /^\p{Lu}/u.test(after));
}

/**
 * An organization of two or three name words whose last word the document writes alone as a person, and never
 * as an organization ("<First> <Last> opened ..." read as a firm, then "<Last> said", "<Last>'s wife" read
 * as a person): the full name is that person's. News shortens a person to the surname and a firm to its first word
 * ("<Founder>" of "<Founder> <Partner>"), so the last word alone marks a person. Every word must be a name word no list
 * reads as a place's, a club's, an institution's or an ordinary word (a "<City> <Plural>" club with the plural
 * alone stays), nor part of a longer name. CHECK sample (seed 22172, 2,177 documents): 4 records changed, 4 better
 * (3 persons named in full only as organizations, a person split in two); Reuters bench 7 records, 7 better.
 */
export function organizationsAsFullNames(text: string, mentions: Mention[], gaz: Gazetteer): void {
  let candidates: Mention[] | null = null;
  for (const m of mentions) {
    if (m.type !== "organization" || isInLongerName(text, m)) continue;
    const words = m.text.split(" ");
    if (words.length < 2 || words.length > 3) continue;
    if (!words.every((word, i) => isPersonWord(word, i === 0, gaz))) continue;
    // A club or a firm the gazetteer knows (compromise's teams: a club whose second word the
    // document reads alone as a person, CHECK).
    if (((gaz.phrases.get(m.text.toLowerCase()) ?? 0) & NOT_PERSON_KINDS) !== 0) continue;
    candidates ??= [];
    candidates.push(m);
  }
  if (candidates === null) return;
  // Each one-word name's readings: as a person (1), as an organization (2), or both.
  const votes = new Map<string, number>();
  for (const m of mentions) {
    if (/\s/.test(m.text)) continue;
    const vote = m.type === "person" ? 1 : m.type === "organization" ? 2 : 0;
    if (vote !== 0) votes.set(m.text, (votes.get(m.text) ?? 0) | vote);
  }
  for (const m of candidates) {
    const last = m.text.slice(m.text.lastIndexOf(" ") + 1);
    const first = m.text.slice(0, m.text.indexOf(" "));
    // The first word alone as a person or a firm is the firm's short name, or another reading: left.
    // Only person readings of the surname: a firm named for its founder is read alone as a firm somewhere too
    // (a founder-named firm's surname read alone as the firm and as a person: Reuters, the first version made
    // the firm a person).
    if (votes.get(last) === 1 && !votes.has(first)) {
      m.type = "person";
      m.entity = m.text;
    }
  }
}

/**
 * The persons whose names the words around another mention of them showed to be a ship's or a publication's
 * (name-contexts.ts): such a mention is an organization, or none; a firm's (employer-contexts.ts), read as a person
 * or a place, is an organization.
 */
export function settleNames(mentions: Mention[], settled: SettledNames): void {
  let kept = 0;
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    const person = mention.type === "person";
    const reading =
      person || mention.type === "place" ? settled.get(mention.text.replace(/\s+/g, " ")) : undefined;
    if (reading === "thing" && person) continue;
    // A firm's mention with another right after it ("Acme" "Plc") is left whole for resolve/names to join.
    const joined =
      reading === "firm" && (mentions[m + 1]?.start ?? Number.POSITIVE_INFINITY) - mention.end <= 1;
    if ((reading === "organization" && person) || (reading === "firm" && !joined)) {
      mention.type = "organization";
      mention.entity = mention.text;
    }
    mentions[kept++] = mention;
  }
  mentions.length = kept;
}

/**
 * A company's legal form read as a mention of its own ("Acme" "Ltd", "[Tarvenia] [Inc]", "Harlow Mills\nCorp"):
 * joined to the name right before it, which makes the whole an organization; with no name right before it, a
 * form alone names nothing and is dropped. `mentions` in text order. Reuters at 86f8525: 1,100 mentions whose
 * text was a form alone ("Inc" 222, "Co" 150, "Ltd" 133 as organizations, "Corp" 54 as a place), each an entity
 * of its own in the record's list.
 */
export function companyFormsJoined(text: string, mentions: Mention[]): void {
  let kept = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.text.length <= 5 && COMPANY_FORMS.has(m.text.toLowerCase())) {
      const before = kept > 0 ? (mentions[kept - 1] as Mention) : undefined;
      if (before !== undefined && isNameGap(text, before.end, m.start)) {
        before.end = m.end;
        before.text = text.slice(before.start, m.end);
        before.type = "organization";
        before.entity = before.text;
        before.title = undefined;
      }
      continue;
    }
    mentions[kept++] = m;
  }
  mentions.length = kept;
}
