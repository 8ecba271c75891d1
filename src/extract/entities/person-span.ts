/**
 * The bounds of a person's name inside a span the tagger read as PER. The tagger reads one token at a time and
 * lets a name run on where capitals carry no signal: into the words of a title-case headline ("Marla Quenby
 * Flies Home to Vote" → "Marla Quenby"), over a descriptor before the name ("Crooked Marla", "US President
 * Walter Brisco", "Scientologist Dale Brandt"), or over a lower-case word before it ("a bill Mr. Brisco").
 */
import { CHARACTERIZING_VERBS } from "../../lexicon/attribution-phrases.js";
import { PARTY_DESCRIPTORS, ROLE_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { GENERATION_WORD, NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { endsOtherName, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { PLACE_OPENERS } from "../../lexicon/place-openers.js";
import { PLACE_SUFFIXES } from "../../lexicon/place-suffixes.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { THING_SUFFIXES } from "../../lexicon/thing-suffixes.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { namesEvent } from "./events.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { nicknameClose } from "./nickname-marks.js";
import { isKnownPlace, keyOf } from "./places.js";
import { isRoleNoun } from "./role-nouns.js";
import { SHORT_LINE } from "./segments.js";

const NAME_KINDS = Kind.firstName | Kind.lastName;
/** A generation or regnal number after a name ("III", "Jr."). */
/** What a word before a name may be instead of a name of its own ("US", "Indiana", "Gov."). */
const DESCRIPTOR_KINDS = Kind.country | Kind.demonym | Kind.state | Kind.region | Kind.title;

/** Made once: a literal in the per-token loop made a RegExp per token (twice the time, cold). */
const HAS_LETTER = /\p{L}/u;
const HAS_LOWER = /\p{Ll}/u;

function kindOf(gaz: Gazetteer, text: string): number {
  return gaz.phrases.get(text.toLowerCase()) ?? 0;
}

/** An ordinary word that is no known first or last name ("Was", "Says", "Veterinarian"; not "Grant"). */
function isOrdinaryWord(gaz: Gazetteer, text: string): boolean {
  const key = text.toLowerCase();
  return (gaz.ordinaryWords.has(key) || STOPWORDS.has(key)) && (kindOf(gaz, text) & NAME_KINDS) === 0;
}

/**
 * A title-case line (a headline as most sites write it): no lower-case word other than a function word ("to",
 * "of"), and at least three words in mixed case, of which two and a third at least are ordinary words past
 * the first (a list of names, "Mike Tarrant, Willie Dunmore, Ken Ashby", is not a headline).
 */
export function isTitleCaseLine(
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): boolean {
  // Most lines are prose and fail on their first lower-case content word: the ordinary words (a dictionary
  // search each) are counted only for a line that passes, in a second pass.
  let capitalized = 0;
  for (let i = first; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || !HAS_LETTER.test(token.text)) continue;
    if (!isCapitalized(token.text)) {
      if (!STOPWORDS.has(token.lower)) return false;
      continue;
    }
    if (HAS_LOWER.test(token.text)) capitalized++;
  }
  if (capitalized < 3) return false;
  let ordinary = 0;
  for (let i = first + 1; i < end; i++) {
    const token = tokens[i] as Token;
    if (token.kind !== "word" || !isCapitalized(token.text) || !HAS_LOWER.test(token.text)) continue;
    if (isOrdinaryWord(gaz, token.text)) ordinary++;
  }
  return ordinary >= 2 && 3 * ordinary >= capitalized;
}

/**
 * Where a name starting at `first` begins, once descriptors are left out: a lower-case word that is no name
 * particle, a party role ("Candidate Brisco"), and a country, demonym, state, party or title, or an ordinary
 * word, when a known first name follows ("US President Walter Brisco" → "Walter Brisco", "Crooked Marla" →
 * "Marla"; "Will Hobart" stays).
 */
function nameStart(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): number {
  // A title inside the span, before a known first name, starts the name: the words before it belong to a
  // sentence the text ran into ("... to Saint Oswin Director Miles Fenwright paid tribute").
  for (let i = end - 2; i > first; i--) {
    const kind = kindOf(gaz, (tokens[i] as Token).text);
    if ((kind & Kind.title) !== 0 && (kind & NAME_KINDS) === 0 && isCapitalized((tokens[i] as Token).text))
      if ((kindOf(gaz, (tokens[i + 1] as Token).text) & Kind.firstName) !== 0) {
        first = i;
        break;
      }
  }
  // A role noun inside the span after a word that ends another kind of name, with two words after it, ends a
  // place's or a body's name and its office: the name starts after it ("Lee County Sheriff Carmine Marceno",
  // "Acme Foundation Chairman Dana Whitlow"; session 39 probe, a US hurricane story, listed the whole as a person).
  for (let i = end - 3; i > first; i--) {
    const word = tokens[i] as Token;
    if (isCapitalized(word.text) && isRoleNoun(word.text) && endsOtherName((tokens[i - 1] as Token).lower)) {
      first = i + 1;
      break;
    }
  }
  while (end - first > 1) {
    const text = (tokens[first] as Token).text;
    const next = (tokens[first + 1] as Token).text;
    if (/^\p{Ll}/u.test(text) && !NAME_PARTICLES.has(text.toLowerCase())) {
      first++;
      continue;
    }
    const kind = kindOf(gaz, text);
    if ((kind & NAME_KINDS) === 0 && ROLE_DESCRIPTORS.has(text.toLowerCase()) && isCapitalized(next)) {
      first++;
      continue;
    }
    const describes = (kind & DESCRIPTOR_KINDS) !== 0 || PARTY_DESCRIPTORS.has(text.toLowerCase());
    // An ordinary word that is a first name before one word more opens the name, not a descriptor: "Ash Regan, the
    // former minister," (session 40 probe, a Scottish story, listed "Regan") — cut, one word would be left.
    // (Not a place's opener, "Saint Jerome": GUM train's saint was listed apart from "St. Jerome".)
    if (!describes && end - first === 2 && isKnownFirstName(text) && !PLACE_OPENERS.has(text.toLowerCase()))
      break;
    const descriptor = (kind & NAME_KINDS) === 0 && (describes || isOrdinaryWord(gaz, text));
    if (!descriptor || !isCapitalized(next)) break;
    const restIsNamed = (kindOf(gaz, next) & Kind.firstName) !== 0 || (kindOf(gaz, next) & Kind.title) !== 0;
    if (!restIsNamed) break;
    first++;
  }
  return first;
}

/**
 * A short function word that never ends a name ("Ronald Pemberly The", "Maisie If"): not one Hunspell also lists
 * capitalized ("Delia May"), nor a regnal number ("Aldric I"), nor a longer one ("Colin Such").
 */
function isTrailingFunctionWord(gaz: Gazetteer, text: string): boolean {
  const key = text.toLowerCase();
  return (
    text.length <= 3 &&
    STOPWORDS.has(key) &&
    gaz.ordinaryWords.has(key) &&
    (kindOf(gaz, text) & NAME_KINDS) === 0
  );
}

/**
 * A word that can end a name as its surname: no first name, initial, particle or ordinary word ("Elsby"; not
 * "Earl" in "Warren Earl Tillby", "H." in "Everett H. Quarle", "bin" in "Mohammed bin Harith").
 */
function isSurname(gaz: Gazetteer, text: string): boolean {
  return (
    !/^\p{L}\.?$/u.test(text) &&
    (kindOf(gaz, text) & Kind.firstName) === 0 &&
    !NAME_PARTICLES.has(text.toLowerCase()) &&
    !isOrdinaryWord(gaz, text)
  );
}

/**
 * A known first name and one word, then a comma: a name signing a line ("-- Dana Milling, Corby Energy Desk"),
 * whose capitals make it look title-case, with a surname that is also an ordinary word. CoNLL dev FIT (seed
 * 20261224): one sign-off cut to its first name.
 */
function isSignedName(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  return (
    end - first === 2 &&
    tokens[end]?.text === "," &&
    (kindOf(gaz, (tokens[first] as Token).text) & Kind.firstName) !== 0 &&
    isKnownFirstName((tokens[first] as Token).text, "alone")
  );
}

/**
 * Where the name ends: in a title-case line, before its first ordinary word ("Lindsey Varnum Says" → "Lindsey
 * Varnum"); anywhere, before an ordinary word after a first name and a surname, and before a trailing function
 * word ("Ronald Pemberly The").
 */
function nameEnd(
  tokens: readonly Token[],
  first: number,
  end: number,
  titleCase: boolean,
  gaz: Gazetteer,
): number {
  // A first name, a nickname in quotes and a surname (nicknames.ts) are one name, ordinary words and all.
  if (end - first > 3 && nicknameClose(tokens, first + 1, end) > 0) return end;
  if (titleCase && !isSignedName(tokens, first, end, gaz))
    for (let i = first + 1; i < end; i++) if (isOrdinaryWord(gaz, (tokens[i] as Token).text)) return i;
  // After a known first name and a surname, an ordinary word starts something else: a work, an event or a word
  // of a caption ("Martin Elsby Managers", "George Wetherall Justice"; "Warren Earl Tillby" stays). Not as the
  // span's last word before a reporting verb, ", who" or an appositive role (", the justice minister"): a surname
  // of ordinary words, as Indigenous names of North America are ("Roy Many Grey Horses said", "Martin Crow Shoe
  // told"; session 29); nor a rare word after a name word no list knows (isRareSurnameAfter: session 39).
  if ((kindOf(gaz, (tokens[first] as Token).text) & Kind.firstName) !== 0)
    for (let i = first + 2; i < end; i++) {
      const text = (tokens[i] as Token).text;
      if (
        isOrdinaryWord(gaz, text) &&
        !(i === end - 1 && isRareSurnameAfter(gaz, (tokens[i - 1] as Token).text, text)) &&
        !NAME_PARTICLES.has(text.toLowerCase()) &&
        !GENERATION_WORD.test(text)
      )
        return isSurname(gaz, (tokens[i - 1] as Token).text) &&
          !GENERATION_WORD.test(tokens[i + 1]?.text ?? "") &&
          !(i === end - 1 && !isNameEndingWord(text) && speaksAfter(tokens, end))
          ? i
          : end;
    }
  while (end - first > 1 && isTrailingFunctionWord(gaz, (tokens[end - 1] as Token).text)) end--;
  return end;
}

/**
 * A dictionary word rare enough to be a surname as a name's last word after a name word no list knows ("Gloria
 * Macapagal Arroyo", "Daniel Arap Moi", "Marlene Malahoo Forte"): not one of compromise's ordinary words, which a
 * caption's or a headline's tail is ("Managers", "Justice"), and no word that ends a firm's or a place's name
 * ("Organization", "Restaurant"). (compromise's lexicon lacks regular nouns, "world" and "image" among them: after a
 * known name, "Harry Potter World" and "Ahmed Mohamed Image" stay cut, as GUM train showed they must.) Also read
 * by resolve/names/run-on-names.ts, which cuts a headline's tail from a name.
 */
export function isRareSurnameAfter(gaz: Gazetteer, previous: string, last: string): boolean {
  return !gaz.commonWords.has(last.toLowerCase()) && !isNameEndingWord(last) && isUnlistedWord(gaz, previous);
}

/** A word no list knows: no first or last name, no dictionary or stop word ("Macapagal", "Arap"). */
function isUnlistedWord(gaz: Gazetteer, text: string): boolean {
  return (
    (kindOf(gaz, text) & NAME_KINDS) === 0 &&
    !isOrdinaryWord(gaz, text) &&
    !gaz.commonWords.has(text.toLowerCase())
  );
}

/** A word that ends a firm's, a place's, a thing's or an institution's name ("Bank", "Museum"): no surname's. */
function isNameEndingWord(text: string): boolean {
  const key = text.toLowerCase();
  return endsOtherName(key) || ORGANIZATION_NOUNS.has(key);
}

/**
 * Whether a reporting verb follows the name ending before token `at` ("said", "told"), a verb that labels in the
 * subject's words ("accused", "called": session 40 probe, "senator Maria Fernanda Cabal accused Petro of “…”" lost
 * "Cabal"), ", who" or an appositive of a role (", the justice minister,"): the name is a sentence's subject or
 * described as a person, and its last word no caption's or headline's. Also read by resolve/names/run-on-names.ts.
 */
export function speaksAfter(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at];
  if (next === undefined || next.start - (tokens[at - 1] as Token).end > 1) return false;
  if (next.kind === "word") return REPORTING_VERBS.has(next.text) || CHARACTERIZING_VERBS.has(next.text);
  return next.text === "," && (tokens[at + 1]?.text === "who" || rolePhraseAt(tokens, at + 1));
}

/** Words an appositive's role phrase may take before its role noun ("the justice minister", "a senior adviser"). */
const ROLE_PHRASE_WORDS = 3;

/**
 * Whether an appositive of a person's role opens at token `at`: "the" or "a", then lower-case words and a role
 * noun ("Marlene Malahoo Forte, the justice minister, …": session 39 probe, a Jamaican story, where the ordinary
 * word "Forte" was cut from the name).
 */
function rolePhraseAt(tokens: readonly Token[], at: number): boolean {
  const article = tokens[at]?.text;
  if (article !== "the" && article !== "a" && article !== "an") return false;
  for (let k = at + 1; k <= at + ROLE_PHRASE_WORDS; k++) {
    const word = tokens[k]?.text ?? "";
    if (!/^\p{Ll}+$/u.test(word)) return false;
    if (isRoleNoun(word)) return true;
  }
  return false;
}

/** The token bounds of the name in the PER span [first, end) (end exclusive). */
export function personBounds(
  tokens: readonly Token[],
  first: number,
  end: number,
  titleCase: boolean,
  gaz: Gazetteer,
): { first: number; end: number } {
  const start = nameStart(tokens, first, end, gaz);
  return { first: start, end: nameEnd(tokens, start, end, titleCase, gaz) };
}

/** A title or a party role just before token `at` ("Leader" in "Conservative Leader Andrew Schaefer"). */
export function isRoleBefore(tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const text = tokens[at - 1]?.text ?? "";
  return ROLE_DESCRIPTORS.has(text.toLowerCase()) || (kindOf(gaz, text) & Kind.title) !== 0;
}

/**
 * A nationality opening a MISC span before a first name and a surname ("American Dana Whitlow defended his title",
 * "fellow Canadian Lee Marchand"): the tagger read the three words as one MISC name, and annotate found no one.
 * The demonym is a descriptor like a role; the mention of the demonym itself comes from the untagged-demonym pass.
 * Not before a name that ends as an organization's, a place's or a thing's ("German Dana Fund"), nor an event's
 * ("the Irish Dana Whitlow Classic").
 * CoNLL dev FIT (seed 20261215): two boxers lost so.
 */
export function isDemonymBefore(
  span: { label: string; first: number; end: number },
  tokens: readonly Token[],
  at: number,
  gaz: Gazetteer,
): boolean {
  return (
    span.label === "MISC" &&
    at === span.first + 1 &&
    span.end - at >= 2 &&
    gaz.demonyms.has((tokens[span.first] as Token).lower) &&
    isKnownFirstName((tokens[at] as Token).text, "alone") &&
    !isKnownPlace(keyOf(tokens, at, span.end), gaz) &&
    endsAsNonPerson(tokens, at, span.end) === null &&
    !namesEvent(tokens, at, span.end)
  );
}

/**
 * What a PER span names by its last word, when that word ends no person's name: an organization ("Zentrix Labs",
 * "Acme Inc."), a place ("Tarrant Museum"), or a thing of none of the mission's types ("Marshall Plan"); else null.
 */
export function endsAsNonPerson(
  tokens: readonly Token[],
  first: number,
  end: number,
): "organization" | "place" | "thing" | null {
  if (end - first < 2) return null;
  const last = (tokens[end - 1] as Token).lower;
  if (ORGANIZATION_SUFFIXES.has(last)) return "organization";
  if (PLACE_SUFFIXES.has(last)) return "place";
  return THING_SUFFIXES.has(last) ? "thing" : null;
}

/**
 * Whether a PER span of two or three title-cased words is a party's name: a party's word last (PARTY_DESCRIPTORS,
 * singular or plural) and only ordinary words or party words before it ("Progressive Conservative", "Liberal
 * Democrats", "New Democrats", "Social Democrat"). The tagger, which met few such names in 1996 Reuters, reads them
 * as a person's first name and surname. Session 36 probe (CP 2018): "Ontario's new Progressive Conservative
 * government" listed a person. Not a name after a party's word ("Democrat Marla Quenby": nameStart).
 */
export function isPartyName(tokens: readonly Token[], first: number, end: number, gaz: Gazetteer): boolean {
  if (end - first < 2 || end - first > 3) return false;
  const last = (tokens[end - 1] as Token).lower;
  if (!PARTY_DESCRIPTORS.has(last) && !(last.endsWith("s") && PARTY_DESCRIPTORS.has(last.slice(0, -1))))
    return false;
  for (let i = first; i < end; i++) {
    const text = (tokens[i] as Token).text;
    if (!/^\p{Lu}\p{Ll}+$/u.test(text)) return false;
    const key = text.toLowerCase();
    // A function word opens no party's name ("Many Democrats", Reuters).
    if (i < end - 1 && !PARTY_DESCRIPTORS.has(key) && (STOPWORDS.has(key) || !isOrdinaryWord(gaz, text)))
      return false;
  }
  return true;
}

/**
 * A line this long was never hard-wrapped (Reuters wraps at 50-80 characters; its longest of 14,000 lines is 121):
 * it is a paragraph of web text, and the break after it ends the paragraph ("... named as Omar Haddad\nImage
 * caption ...").
 */
const UNWRAPPED_LINE = 100;

/**
 * The end of a span at its first paragraph break, or line break between two short lines: a name never runs on
 * from a byline, caption or heading into the next line ("Idan Korem\nWednesday"). A hard-wrapped paragraph's
 * lines may break inside a name ("President Harlan\nPemberly", Reuters' 50-65 character lines).
 */
export function endAtLineBreak(text: string, tokens: readonly Token[], first: number, end: number): number {
  for (let i = first + 1; i < end; i++) {
    const from = (tokens[i - 1] as Token).end;
    const to = (tokens[i] as Token).start;
    // Only the gap between the two tokens is searched first: a long line stays linear.
    const lineBreak = text.slice(from, to).lastIndexOf("\n") + from;
    if (lineBreak < from) continue;
    const lineStart = text.lastIndexOf("\n", from - 1) + 1;
    const nextBreak = text.indexOf("\n", to);
    const nextLength = (nextBreak < 0 ? text.length : nextBreak) - to;
    const lineLength = lineBreak - lineStart;
    if (
      text.indexOf("\n", from) < lineBreak ||
      lineLength >= UNWRAPPED_LINE ||
      (lineLength < SHORT_LINE && nextLength < SHORT_LINE)
    )
      return i;
  }
  return end;
}
