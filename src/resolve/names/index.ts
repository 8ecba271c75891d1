/**
 * Naming within a document: the canonical `entity` of every person and organization mention, and the type
 * of a one-word name that the document shows to be a person's surname. Extraction (extract/entities) finds the
 * spans and their types; places, countries and demonyms come named by the gazetteer.
 */
import { gazetteer, Kind } from "../../extract/entities/gazetteer.js";
import { GROUP_WORDS } from "../../lexicon/group-words.js";
import { LANGUAGE_NOUNS, LANGUAGE_PREPOSITIONS, SPEECH_VERBS } from "../../lexicon/language-cues.js";
import { PARTY_DESCRIPTORS, ROLE_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { PRODUCT_NOUNS } from "../../lexicon/organization-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { displayName, surnameKey } from "../../text/names.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, Token } from "../../types.js";
import { withoutCredits } from "./credits.js";
import { type Gender, genderOfFullName, genderOfTitle } from "./gender.js";
import { documentSpellings, nameOrganizations } from "./organizations.js";
import { personKey, personRule } from "./persons.js";
import { inQuotedTitle, isPossessiveOfThing } from "./works.js";

/**
 * A one-word place or organization that is the surname of a person named in full in the same document
 * ("MaliVai Washington ... Washington fell short") is that person; country names are left alone ("Jordan").
 */
function relabelSurnames(mentions: Mention[]): void {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const surname = mention.type === "person" ? surnameKey(mention.text) : null;
    if (surname !== null) surnames.add(surname);
  }
  for (const mention of mentions) {
    if (mention.type !== "place" && mention.type !== "organization") continue;
    if (/\s/.test(mention.text) || !surnames.has(mention.text.toLowerCase())) continue;
    mention.type = "person";
    mention.entity = mention.text;
  }
}

/**
 * Sets `entity` of the person mentions (in place) by the person rule. The canonical form is the longest
 * name as written, in mixed case where the document has it ("HASSAN ROUHANI" in a headline).
 */
function namePersons(mentions: Mention[]): void {
  const persons = mentions.filter((m) => m.type === "person");
  // Lower-cased name → the preferred written form (mixed case over all capitals).
  const forms = new Map<string, string>();
  for (const mention of persons) {
    const key = personKey(mention.text);
    const known = forms.get(key);
    if (known === undefined || (!/\p{Ll}/u.test(known) && /\p{Ll}/u.test(mention.text)))
      forms.set(key, mention.text);
  }
  // Gender of a name from its own titles ("Mrs Mary Smith"), else from its first name ("Mary Smith").
  const titleGender = new Map<string, Gender | null>();
  for (const mention of persons) {
    const gender = mention.title === undefined ? null : genderOfTitle(mention.title);
    if (gender === null) continue;
    const key = personKey(mention.text);
    const known = titleGender.get(key);
    titleGender.set(key, known === undefined || known === gender ? gender : null);
  }
  const genderOf = (key: string): Gender | null =>
    titleGender.has(key) ? (titleGender.get(key) ?? null) : genderOfFullName(key);
  const written = new Map<string, number>();
  for (const mention of persons) {
    const key = personKey(mention.text);
    written.set(key, (written.get(key) ?? 0) + 1);
  }
  const canonicalOf = personRule(forms.keys(), {
    firstNames: true,
    genderOf,
    mentionsOf: (key) => written.get(key) ?? 0,
  });
  const titleOf = (mention: Mention) =>
    mention.title === undefined ? undefined : { gender: genderOfTitle(mention.title) };
  // Where each person the rule settles is named: a short name it leaves between candidates ("Smith" beside
  // "John Smith" and "Mary Smith") means the one named last before it, else the one named next after it.
  const namedAt = new Map<string, number[]>();
  for (const mention of persons) {
    const key = canonicalOf(personKey(mention.text), titleOf(mention));
    const starts = namedAt.get(key);
    if (starts === undefined) namedAt.set(key, [mention.start]);
    else starts.push(mention.start);
  }
  for (const mention of persons) {
    const nearest = (candidates: readonly string[]): string | null =>
      nearestNamed(candidates, namedAt, mention.start);
    const key = canonicalOf(personKey(mention.text), titleOf(mention), nearest);
    mention.entity = displayName(forms.get(key) ?? key);
  }
}

/** Of `candidates`, the one named last before `at`, else the one named first after it. */
function nearestNamed(
  candidates: readonly string[],
  namedAt: ReadonlyMap<string, number[]>,
  at: number,
): string | null {
  let before: { key: string; start: number } | null = null;
  let after: { key: string; start: number } | null = null;
  for (const key of candidates)
    for (const start of namedAt.get(key) ?? []) {
      if (start < at && (before === null || start > before.start)) before = { key, start };
      if (start > at && (after === null || start < after.start)) after = { key, start };
    }
  return before?.key ?? after?.key ?? null;
}

/**
 * One name, one type within a document: a name the document also tags as an organization, place or country at
 * least as often as a person is not a person here ("Collins College" aside, "Jambula" read once as a person and
 * twice as a place is the place).
 */
function settleTypes(mentions: Mention[]): void {
  const votes = new Map<string, Map<Mention["type"], { count: number; entity: string }>>();
  for (const m of mentions) {
    if (m.type === "demonym") continue;
    const key = personKey(m.text);
    let byType = votes.get(key);
    if (byType === undefined) {
      byType = new Map();
      votes.set(key, byType);
    }
    const vote = byType.get(m.type);
    if (vote === undefined) byType.set(m.type, { count: 1, entity: m.entity });
    else vote.count++;
  }
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const byType = votes.get(personKey(m.text));
    if (byType === undefined || byType.size < 2) continue;
    const persons = byType.get("person")?.count ?? 0;
    let best: { type: Mention["type"]; count: number; entity: string } | null = null;
    for (const [type, vote] of byType)
      if (type !== "person" && (best === null || vote.count > best.count)) best = { type, ...vote };
    if (best !== null && best.count >= persons) {
      m.type = best.type;
      m.entity = best.entity;
    }
  }
}

/**
 * A one-word "person" that the document also writes as an ordinary lower-case word ("Figure 2 shows ... the
 * figure", "the Article ... this article") and that is no known first or last name is the word, not a
 * person; nor is a contraction ("I'm"), an ordinal or a lone initial. Measured on GUM dev: see scripts/eval/people.ts.
 */
function dropWords(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  let lowerWords: Set<string> | null = null;
  const gaz = gazetteer();
  return mentions.filter((m) => {
    if (m.type !== "person") return true;
    // A name has a word of two letters or more that starts with a capital: "2nd" and a lone "U." are not names.
    if (!/\p{Lu}\p{L}/u.test(m.text)) return false;
    if (/\s/.test(m.text)) return true;
    if (/['’](?:m|re|ve|ll|d|t)$/u.test(m.text)) return false;
    // A US legislator's party and state ("Gwen Moore (D-Wis.)").
    if (/^[DRI]-\p{Lu}\p{Ll}*\.?$/u.test(m.text)) return false;
    const key = m.text.toLowerCase();
    if (((gaz.phrases.get(key) ?? 0) & (Kind.firstName | Kind.lastName)) !== 0) return true;
    lowerWords ??= new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
    return !lowerWords.has(key);
  });
}

/**
 * A one-word "person" that stays one word once named (no full name took it in) and never has a title is no
 * person when it is a party role alone ("Del."), a faith or community ("Muslim", "Latino"), an ordinary English word ("Beauty", "Tasks": Hunspell lists it only in lower case) or a
 * known organization or a party ("Facebook", "GOP"), the first word of the document's one organization that starts with it
 * ("Zentrix" after "Zentrix Labs"), or a name written before a product noun ("the Flickwave app"): these become
 * organizations. A name the document reads as an organization or a place elsewhere takes that reading. On GUM dev and GUM train's genres the model never saw,
 * the ordinary words were 14 wrong people to 8 right ones (the right ones being "Mom", "Professor", "Abbot").
 */
function settleOneWordPersons(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  const gaz = gazetteer();
  const titled = new Set(
    mentions.filter((m) => m.type === "person" && m.title !== undefined).map((m) => m.entity),
  );
  const organizations = organizationsByFirstWord(mentions);
  const otherReadings = nonPersonReadings(mentions);
  const brands = brandNames(tokens);
  return mentions.filter((m) => {
    if (m.type !== "person" || /\s/.test(m.entity) || titled.has(m.entity)) return true;
    const key = m.entity.toLowerCase();
    if (ROLE_DESCRIPTORS.has(key) || GROUP_WORDS.has(key)) return false;
    const organization = organizations.get(key);
    if (organization !== undefined || brands.has(key)) {
      m.type = "organization";
      m.entity = organization ?? m.entity;
      return true;
    }
    const reading = otherReadings.get(key);
    if (reading !== undefined) {
      m.type = reading.type;
      m.entity = reading.entity;
      return true;
    }
    const kind = gaz.phrases.get(key) ?? 0;
    if ((kind & (Kind.firstName | Kind.lastName)) !== 0) return true;
    if ((kind & Kind.organization) !== 0 || PARTY_DESCRIPTORS.has(key)) {
      m.type = "organization";
      return true;
    }
    return !gaz.ordinaryWords.has(key);
  });
}

/**
 * Lower-cased one-word names the document also reads as an organization or a place, with that reading (the last
 * one). A lone "Kilmarnock", "Instagram" or "Charlotte" read once as a person is that: on the news of CNN/DailyMail
 * and PolNeAR dev, 8 wrong people went and no right one; on GUM dev+train, 3 wrong ones and "Santa" of "Santa
 * Claus" (which then joined its full name).
 */
function nonPersonReadings(
  mentions: readonly Mention[],
): Map<string, { type: Mention["type"]; entity: string }> {
  const found = new Map<string, { type: Mention["type"]; entity: string }>();
  for (const m of mentions)
    if (m.type !== "person" && m.type !== "demonym" && !/\s/.test(m.text))
      found.set(m.text.toLowerCase(), { type: m.type, entity: m.entity });
  return found;
}

/** Lower-cased first word → the document's one organization name of two words or more it starts ("Zentrix Labs"). */
function organizationsByFirstWord(mentions: readonly Mention[]): Map<string, string> {
  const found = new Map<string, string | null>();
  for (const m of mentions) {
    if (m.type !== "organization" || !/\s/.test(m.text)) continue;
    const first = (m.text.split(/\s/)[0] as string).toLowerCase();
    const known = found.get(first);
    found.set(first, known === undefined || known === m.text ? m.text : null);
  }
  return new Map([...found].filter((entry): entry is [string, string] => entry[1] !== null));
}

/**
 * Lower-cased capitalized words the document writes before a product or company noun ("the Flickwave app",
 * "Tesla shareholders"), wherever the tagger read them.
 */
function brandNames(tokens: readonly Token[]): Set<string> {
  const brands = new Set<string>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const word = tokens[i] as Token;
    if (PRODUCT_NOUNS.has((tokens[i + 1] as Token).text) && /^\p{Lu}/u.test(word.text))
      brands.add(word.text.toLowerCase());
  }
  return brands;
}

/**
 * Person mentions that are words of a work's title: inside a quoted title ("American Pie"), or a one-word name
 * written only as the possessive of a capitalized name or a disease ("Valentine's Day", "Alzheimer's disease").
 * On CNN/DailyMail + PolNeAR dev: 8 wrong people gone, no right one. On GUM dev+train F1 stays 79.2 (P +0.3):
 * 5 wrong and 6 right ones go, among them names inside titles that GUM counts ("Scarne on Card Tricks",
 * "Dante's Inferno") and a fiction roll call ("Daniels! Peterson! Foster!").
 */
function withoutWorks(text: string, mentions: Mention[]): Mention[] {
  const possessiveOnly = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.type !== "person" || /\s/.test(m.text)) continue;
    const key = m.text.toLowerCase();
    possessiveOnly.set(key, (possessiveOnly.get(key) ?? true) && isPossessiveOfThing(text, m));
  }
  return mentions.filter(
    (m) =>
      m.type !== "person" || !(inQuotedTitle(text, m) || possessiveOnly.get(m.text.toLowerCase()) === true),
  );
}

/**
 * A demonym that names a language is no mention of its country: after a speech verb ("speaks Dutch"), before a
 * language noun ("the English language"), or after "in"/"into"/"from" with no noun after it ("written in
 * English, but ..."; "in Dutch universities" stays the Netherlands).
 */
function dropLanguages(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  return mentions.filter((m) => {
    if (m.type !== "demonym") return true;
    const at = tokenAt(tokens, m.start);
    const before = tokens[at - 1]?.text.toLowerCase() ?? "";
    const after = tokens[tokenAt(tokens, m.end)];
    const next = after?.text.toLowerCase() ?? "";
    if (
      SPEECH_VERBS.has(before) ||
      LANGUAGE_NOUNS.has(next) ||
      (next === "-" && LANGUAGE_NOUNS.has(tokens[tokenAt(tokens, m.end) + 1]?.text.toLowerCase() ?? ""))
    )
      return false;
    if (!LANGUAGE_PREPOSITIONS.has(before)) return true;
    return after !== undefined && after.kind === "word" && !STOPWORDS.has(next);
  });
}

/**
 * Names a document's mentions (text order): credit lines' people left out, types settled by the document,
 * then canonical names.
 */
export function nameMentions(found: Mention[], text: string, tokens: readonly Token[]): Mention[] {
  const mentions = dropLanguages(dropWords(withoutWorks(text, withoutCredits(text, found)), tokens), tokens);
  settleTypes(mentions);
  relabelSurnames(mentions);
  namePersons(mentions);
  const named = settleOneWordPersons(mentions, tokens);
  nameOrganizations(
    named,
    text,
    documentSpellings(() => tokens.filter((t) => t.kind === "word").map((t) => t.text)),
  );
  return named;
}
