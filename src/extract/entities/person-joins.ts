/**
 * A person's name that the tagger's spans cut or mislabelled, joined back from the spans around it: over middle
 * initials, from a title or a known first name before it, and the person at the end of a role-prefixed span.
 * (Moved from spans.ts, which keeps the reading of tags into trimmed spans.)
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { PERSON_DEMONYMS } from "../../lexicon/demonym-extras.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { MEMBERS_BODY_WORDS, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { POSSESSIVE_MARKS } from "../../lexicon/punctuation.js";
import {
  isAllCaps,
  isCapitalized,
  isInitial,
  isTitleCased,
  startsCapitalThenLower,
} from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { namesEvent } from "./events.js";
import { isKnownFirstName } from "./first-name.js";
import { type Gazetteer, Kind, PLACE_KINDS, wordKind } from "./gazetteer.js";
import { endsAsNonPerson, isDemonymBefore, isRoleBefore } from "./person-span.js";
import { isKnownPlace, keyOf } from "./places.js";
import { isRoleNoun } from "./role-nouns.js";
import type { TokenSpan } from "./spans.js";
import { isCompanyForm, isNounOfThings } from "./unknown-first-names.js";

/**
 * A person's name that goes on over middle initials to a capitalized word ("Lionel E. Halvorsen", "Edwin R.
 * Tamblyn"): the tagger often ends the name at the initial and reads the rest as another name, or as nothing.
 * The name starts with a PER span, or with a known first name read as another type ("Warren" as a place).
 */
export function joinInitials(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  const joined: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) {
    const from = spans[s] as TokenSpan;
    // A literal of the three keys, not a spread (a spread's copy has a map of its own: spans.ts's builders).
    const span: TokenSpan = { label: from.label, first: from.first, end: from.end };
    joined.push(span);
    // The first-name look-up only for the one-word spans of another type that it can change.
    if (
      span.label !== "PER" &&
      !(
        span.end - span.first === 1 &&
        ((gaz.phrases.get((tokens[span.first] as Token).lower) ?? 0) & Kind.firstName) !== 0
      )
    )
      continue;
    let next = span.end;
    while (isInitial(tokens[next]?.text ?? "")) next++;
    const surname = tokens[next];
    if (
      next === span.end ||
      surname === undefined ||
      surname.kind !== "word" ||
      !startsCapitalThenLower(surname.text)
    )
      continue;
    span.label = "PER";
    span.end = next + 1;
    // The spans the name now covers are part of it.
    while (s + 1 < spans.length && (spans[s + 1] as TokenSpan).first <= next) {
      s++;
      span.end = Math.max(span.end, (spans[s] as TokenSpan).end);
    }
  }
  return joined;
}

/**
 * Whether an organization span ends in a members' body ("... Teachers' Association"): no person's name, though a
 * title and a first name open it ("Prince George District Teachers' Association": the city of Prince George).
 */
function isMembersBody(span: TokenSpan, tokens: readonly Token[]): boolean {
  const mark = tokens[span.end - 2] as Token;
  return POSSESSIVE_MARKS.has(mark.text) && MEMBERS_BODY_WORDS.has((tokens[span.end - 1] as Token).lower);
}

/**
 * The person at the end of an organization or MISC span that holds a title and then a known first name
 * ("Conservative Leader Andrew Schaefer", "Liberal MP Jane Doe", "Senate Minority Whip Lou Pardee" read as one
 * name), or of any such span or a place's that holds an office noun and then a person's name (isOfficeBefore): the
 * span from the first name on is the person, and the words before it are the title and a descriptor, not a name.
 */
export function personAfterTitle(span: TokenSpan, tokens: readonly Token[], gaz: Gazetteer): TokenSpan {
  if (span.label === "PER" || span.end - span.first < 2) return span;
  if (span.label === "ORG" && isMembersBody(span, tokens)) return span;
  if (span.label === "MISC" && isNationalityBeforeName(span, tokens, gaz))
    return { label: "PER", first: span.first + 1, end: span.end };
  const place = span.label === "LOC";
  for (let i = span.first + 1; i < span.end; i++) {
    if (!isKnownFirstName((tokens[i] as Token).text)) continue;
    if (!place && (isRoleBefore(tokens, i, gaz) || isDemonymBefore(span, tokens, i, gaz)))
      return { label: "PER", first: i, end: span.end };
    if (isOfficeBefore(span, tokens, i, gaz)) return { label: "PER", first: i, end: span.end };
    if (isPossessorBefore(span, tokens, i, gaz)) return { label: "PER", first: i, end: span.end };
  }
  return span;
}

/** At most this many words of a name after a nationality ("Spaniard Ana Belen Ortuno"). */
const MOST_NAME_WORDS = 3;

/**
 * A demonym that names one person (lexicon PERSON_DEMONYMS: "Englishman", "Spaniard") opening a MISC span before a
 * name no first-name list knows ("Englishman Kwame Osei finished third"): the tagger read the words as one MISC
 * name and annotate found no one (isDemonymBefore needs a known first name). The capitalized name words after it
 * are the person; never a known place or organization, a company's, institution's or thing's word, an event.
 * Invented probe (40 given names from many regions, s23): "Englishman <name> finished third" lost 19 of 40. Not
 * after a people's adjective ("Kenyan", "British"): a first version read "British West Indies", "Soviet Central
 * Asia" and a firm named for its founders so (Reuters, 7 records worse), and no word list told them apart.
 */
function isNationalityBeforeName(span: TokenSpan, tokens: readonly Token[], gaz: Gazetteer): boolean {
  const nationality = (tokens[span.first] as Token).text;
  const names = span.end - span.first - 1;
  if (names < 1 || names > MOST_NAME_WORDS) return false;
  if (!PERSON_DEMONYMS.has(nationality) || isKnownFirstName(nationality, "alone")) return false;
  for (let i = span.first + 1; i < span.end; i++) {
    const word = (tokens[i] as Token).text;
    if (!startsCapitalThenLower(word) || isNounOfThings(word.toLowerCase()) || isCompanyForm(word))
      return false;
  }
  const key = keyOf(tokens, span.first + 1, span.end);
  return (
    !isKnownPlace(key, gaz) &&
    ((gaz.phrases.get(key) ?? 0) & Kind.organization) === 0 &&
    !namesEvent(tokens, span.first + 1, span.end)
  );
}

/**
 * A party's, a club's or a firm's possessive, then a person's full name, read as one organization or place
 * ("[Labour's Ravi Lall]", "[the Tories' Ann Lee]", "[Brackley's Joel Tamsin]"): news names a member, a player
 * or an employee so, and the person was lost. The possessor is a word or more before the mark; the person two
 * words at least from a known first name, ending as no organization, place or thing ("Acme's Dana Fund" stays).
 */
function isPossessorBefore(span: TokenSpan, tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  return (
    at - 1 > span.first &&
    span.end - at >= 2 &&
    POSSESSIVE_MARKS.has((tokens[at - 1] as Token).text) &&
    (tokens[at - 1] as Token).start === (tokens[at - 2] as Token).end &&
    endsAsNonPerson(tokens, at, span.end) === null &&
    !isOrdinarySurname((tokens[span.end - 1] as Token).text, gaz) &&
    !isKnownPlace(keyOf(tokens, at, span.end), gaz)
  );
}

/**
 * An office noun inside an organization's or a place's span, then a first name read alone and a surname
 * ("[Acme Chief Financial Officer Lee Marchand]", "[Corby Police Chief Marta Ruiz]", "[NASA Administrator Dana
 * Whitlow]"): the tagger read the employer, the office and the person as one name, and the person was lost. A
 * role noun of isRoleNoun (a title, a role's head, or a dictionary agent noun), capitalized, right before the
 * first name; the person is two words at least and ends as no organization, place or thing ("Acme Officer Dana
 * Fund" stays).
 */
function isOfficeBefore(span: TokenSpan, tokens: readonly Token[], at: number, gaz: Gazetteer): boolean {
  const office = (tokens[at - 1] as Token).text;
  // An office that opens the span has no employer's words before it to run into the name: a first name that is
  // also a word ("Brandy", "Will") is one there (session 36 probe, CP 2018: "[Spokesperson Brandy Giannetta]"
  // an organization).
  const reading = at - 1 === span.first ? "beside a surname" : "alone";
  return (
    span.end - at >= 2 &&
    isCapitalized(office) &&
    isKnownFirstName((tokens[at] as Token).text, reading) &&
    isRoleNoun(office) &&
    endsAsNonPerson(tokens, at, span.end) === null &&
    !isOrdinarySurname((tokens[span.end - 1] as Token).text, gaz) &&
    !isKnownPlace(keyOf(tokens, span.first, span.end), gaz)
  );
}

/**
 * A last word of the dictionary that no surname list holds ("Island" of "Prince Edward Island", "Authority" of
 * "Greater Cleveland Regional Transit Authority" on the Reuters bench: an office noun and a first name before it).
 */
function isOrdinarySurname(word: string, gaz: Gazetteer): boolean {
  return gaz.ordinaryWords.has(word.toLowerCase()) && (wordKind(word) & Kind.lastName) === 0;
}

/**
 * Every span with its role-prefixed person split off (personAfterTitle); a person left as a first name alone
 * takes the capitalized word the tagger left untagged right after it, on the same line ("Labour MP Ann" + "Lee":
 * the tagger ends the organization at the first name).
 */
export function rolePersons(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan[] {
  // Pushed, not Array.from with a mapping function: that walks the iterator protocol for every sentence's spans
  // (the Array.from lines of rolePersons and joinFirstNames held 3% of extractMentions' samples, in-process Reuters).
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    const person = rolePerson(spans, s, tokens, gaz);
    // The possessor is kept as it was read ("[Labour]'s"); an office's employer as pushEmployer finds it.
    if (person !== span && POSSESSIVE_MARKS.has((tokens[person.first - 1] as Token).text))
      out.push({ label: span.label, first: span.first, end: person.first - 1 });
    else if (person !== span && person.first > span.first + 1)
      pushEmployer(out, span, person.first - 1, tokens, gaz);
    out.push(person);
  }
  return out;
}

/** Words of a place the gazetteer knows, at most, before the office ("United States Secretary"). */
const MAX_PLACE_TOKENS = 3;

/**
 * The employer before the office of a span whose person was split off, kept as a mention of its own: a known
 * place right before the office ("[Alberta] Premier Don Getty", "[U.S.] Attorney ..."), which the whole span's
 * place reading gave before the split (Reuters: 10 states, provinces and cities lost without it), or words ending
 * with an organization's head noun ("[Harlow Democratic Party] Chairman ...", both ORGANIZATION_SUFFIXES and
 * ORGANIZATION_NOUNS: the party was lost so in the CHECK sample of seed 20261919; a suffix alone made "Acme
 * Financial" of "Acme Financial Economist" on the Reuters bench). The office starts at its first role noun ("Acme Chief Financial
 * Officer"). A place only right before the office: a place with words between opens an organization's name ("New
 * York Stock Exchange Chairman"); and not in capitals unless a country ("GAO", an office's acronym, is also a town
 * the gazetteer knows).
 */
function pushEmployer(
  out: TokenSpan[],
  span: TokenSpan,
  officeAt: number,
  tokens: readonly Token[],
  gaz: Gazetteer,
): void {
  // An office of several words starts at its first role noun ("Acme [Chief] Financial Officer").
  let end = span.first + 1;
  while (end < officeAt && !isRoleNoun((tokens[end] as Token).text)) end++;
  if (end - span.first <= MAX_PLACE_TOKENS) {
    const key = keyOf(tokens, span.first, end);
    if (isKnownPlace(key, gaz)) {
      if (gaz.countries.has(key) || !isAllCaps((tokens[span.first] as Token).text))
        out.push({ label: "LOC", first: span.first, end });
      return;
    }
  }
  const head = (tokens[end - 1] as Token).lower;
  if (end - span.first >= 2 && ORGANIZATION_SUFFIXES.has(head) && ORGANIZATION_NOUNS.has(head))
    out.push({ label: "ORG", first: span.first, end });
}

/** spans[s] with its role-prefixed person split off, and a lone first name joined to the word after it. */
function rolePerson(
  spans: readonly TokenSpan[],
  s: number,
  tokens: readonly Token[],
  gaz: Gazetteer,
): TokenSpan {
  const span = spans[s] as TokenSpan;
  const person = personAfterTitle(span, tokens, gaz);
  if (person === span || person.end - person.first !== 1) return person;
  const next = tokens[person.end];
  const nextSpan = spans[s + 1]?.first ?? Number.POSITIVE_INFINITY;
  // One space apart: the same line, no punctuation between.
  const adjacent = next !== undefined && next.start - (tokens[person.first] as Token).end === 1;
  if (!adjacent || next.kind !== "word" || !startsCapitalThenLower(next.text) || nextSpan <= person.end)
    return person;
  return { label: person.label, first: person.first, end: person.end + 1 };
}

/**
 * A known first name the tagger left out of the surname after it, which it read alone as an organization or a
 * place ("Wade Ford was not there": "Ford" an organization, "Wade" untagged): the two words are one person.
 * Only for a one-word span that the gazetteer knows as no place (a company may bear a surname: "Ford" is one of
 * compromise's organizations), one character after the first name (a space, or the line break of wrapped
 * text), with no capitalized word before the first name or after the surname (inside a longer name the
 * tagger's reading stands), and a first name read "alone", so that an ordinary word opening a sentence ("Will
 * Ford cut prices?") is not taken for one; nor a month or a day ("June Treasury bills", "Sunday Times"), nor a
 * surname that is an ordinary word or a company word ("Reed International"). On the Reuters bench this joined
 * Thayer Bigelow, Gail Martell and Sumner Redstone, read as an organization or a place before, and changed
 * nothing else; CoNLL dev PER recall 91.8 -> 91.9.
 */
export function joinFirstNames(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  sentenceStart: number,
  gaz: Gazetteer,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) out.push(joinedFirstName(spans, s, tokens, sentenceStart, gaz));
  return out;
}

/** spans[s], or the person it makes with a known first name right before it. */
function joinedFirstName(
  spans: readonly TokenSpan[],
  s: number,
  tokens: readonly Token[],
  sentenceStart: number,
  gaz: Gazetteer,
): TokenSpan {
  const span = spans[s] as TokenSpan;
  // The first name must be in the span's own sentence.
  if (span.label === "PER" || span.end - span.first !== 1 || span.first - 1 < sentenceStart) return span;
  const surname = tokens[span.first] as Token;
  const first = tokens[span.first - 1] as Token;
  const before = span.first - 2 >= sentenceStart ? tokens[span.first - 2] : undefined;
  const after = tokens[span.end];
  const previousEnd = s > 0 ? (spans[s - 1] as TokenSpan).end : 0;
  if (
    previousEnd > span.first - 1 ||
    surname.start - first.end !== 1 ||
    !isTitleCased(first.text) ||
    !isTitleCased(surname.text) ||
    (wordKind(surname.text) & (PLACE_KINDS | Kind.demonym)) !== 0 ||
    !isKnownFirstName(first.text, "alone") ||
    DATE_WORDS.has(first.lower) ||
    gaz.commonWords.has(surname.lower) ||
    gaz.ordinaryWords.has(surname.lower) ||
    ORGANIZATION_SUFFIXES.has(surname.lower) ||
    (before !== undefined && before.kind === "word" && isCapitalized(before.text)) ||
    (after !== undefined && after.kind === "word" && isCapitalized(after.text))
  )
    return span;
  return { label: "PER", first: span.first - 1, end: span.end };
}
