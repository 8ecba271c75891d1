/**
 * Person spans the tagger cut at the front of a name written in another country's order: a family name written
 * first ("Tan" of "Tan Wei Ming", read as an ordinary word) and the particles of a Dutch or German name ("von"
 * of "von der Hoeven", left out of a span typed as an organization). Part of the per-document naming (index.ts):
 * the person rule (persons.ts) then joins the shorter forms to the whole name. Decided by what the document
 * itself writes, never by a list of people.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { mentionAt } from "../../extract/mention.js";
import { isTitleWord } from "../../extract/quotes/words.js";
import { FAMILY_NAMES_WRITTEN_FIRST } from "../../lexicon/family-names-first.js";
import { ROLE_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { IRISH_SURNAME_PARTICLES, NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { COMPANY_FORMS, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalizedWord, isTwoTitleCasedParts } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { personKey } from "./persons.js";
import { isPersonNameWord } from "./titled-names.js";

/** The word just before token `at`, one space apart, if it passes `test`; -1 for none. */
function wordBefore(
  tokens: readonly Token[],
  at: number,
  text: string,
  test: (token: Token) => boolean,
): number {
  const before = tokens[at - 1];
  if (before === undefined || text.slice(before.end, (tokens[at] as Token).start) !== " ") return -1;
  return test(before) ? at - 1 : -1;
}

/**
 * The words a document writes alone with a personal title for a person ("Mr Tan", "President Qiu"): a family
 * name written first is one of them; an office ("Secretary") or a company's word ("Airod") is not, though the
 * tagger may read either alone as a person (Reuters).
 */
function titledLoneWords(mentions: readonly Mention[]): Set<string> {
  const words = new Set<string>();
  for (const m of mentions)
    if (m.type === "person" && m.title !== undefined && !/\s/.test(m.text)) words.add(m.text);
  return words;
}

/**
 * One syllable of a romanized Chinese, Korean or Vietnamese given name, written as its own word ("Chok", "Keong",
 * "Hsien", "Yew", "Thanh"): an optional initial, one to two vowels (a glide after them), an optional final. English
 * words of two syllables ("Tower", "Power") fail it; short ones pass ("Bay", "Tea"), so it is asked only with a
 * family name written first before it and never of a company's word.
 */
const GIVEN_SYLLABLE =
  /^(?:ch|sh|zh|hs|ts|kw|gw|ng|ny|th|tr|ph|kh|[bcdfghjklmnpqrstvwxyz])?h?[aeiou]{1,2}[wy]?(?:ng|nh|ch|n|m|h|k|p|t|r)?$/;

/** A capitalized word of one romanized syllable, no company's or organization's word ("Co", "Bay" of a firm). */
function isGivenSyllable(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  return GIVEN_SYLLABLE.test(lower) && !COMPANY_FORMS.has(lower) && !ORGANIZATION_SUFFIXES.has(lower);
}

/**
 * A name written family name first with a given name of two syllables as two words ("Teo Kah Leng", "Leung Wing
 * Fai"), the Singapore, Malaysia and Hong Kong style: the tagger, which learned from names written given name
 * first, types most such names an organization or cuts the family name off ("Tan" of "Tan Wei Ming" is an
 * English word). The family name must be one of the common ones (lexicon) and each given word one syllable.
 */
function isFamilyFirstName(words: readonly string[]): boolean {
  return (
    words.length === 3 &&
    FAMILY_NAMES_WRITTEN_FIRST.has(words[0] as string) &&
    isGivenSyllable(words[1] as string) &&
    isGivenSyllable(words[2] as string)
  );
}

/**
 * Particles a Dutch, German or Romance surname opens with ("van der Berg", "de la Garza", "dos Santos").
 * Not a patronymic ("bin Abdul Aziz" is no name without the given name before it) nor a conjunction ("y").
 */
const SURNAME_PARTICLES: ReadonlySet<string> = new Set(
  ["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "do", "du", "des", "la", "le"]
    .concat(["ter", "ten", "zu", "el"])
    .filter((word) => NAME_PARTICLES.has(word)),
);

/**
 * A hyphened given name opening with a known one ("Karl-Heinz", "Jean-Baptiste"): its second part may be one no
 * list knows as a name ("Heinz" is a firm's, "Baptiste" in no list), so the whole word failed the first-name test
 * and "Karl-Heinz von <Surname>" lost its given name. Before particles only (particleStart): a firm's hyphened
 * name is not followed by "von" or "de la". So: a known given name, or a hyphened one (isTwoTitleCasedParts) whose
 * first part is known.
 */
function isGivenName(word: string): boolean {
  if (isKnownFirstName(word)) return true;
  return isTwoTitleCasedParts(word) && isKnownFirstName(word.slice(0, word.indexOf("-")));
}

/** A particle a surname opens with: lower-case ("van", "de"; capitalized when it opens a sentence) or Irish ("Ó"). */
function isSurnameParticle(t: Token): boolean {
  return SURNAME_PARTICLES.has(t.lower) || IRISH_SURNAME_PARTICLES.has(t.text);
}

/** The word before "la" in the French "à la" (English writes "a la" too). */
const A_LA_BEFORE: ReadonlySet<string> = new Set(["a", "à"]);

/**
 * Where a person name starts once the particles before token `at` (or opening the span there) and a given
 * name before those are taken in ("Jan van der Berg" for a span "der Berg"): the token index, and whether a
 * known given name was found; null when no particle stands before the span, or when a capitalized word that
 * is no given name or title does ("Cassa di Risparmio", "Banco de Espana": a name of a thing, Reuters).
 */
function particleStart(
  tokens: readonly Token[],
  at: number,
  text: string,
): { start: number; given: boolean } | null {
  let first = at;
  while (first > 0) {
    const before = tokens[first - 1] as Token;
    const next = tokens[first] as Token;
    if (text.slice(before.end, next.start) !== " " || !isSurnameParticle(before)) break;
    first--;
  }
  if (first === at) return null;
  // "a la Liesl", "à la Whitlow": French "in the manner of", no particle of a surname (CNN/DM dev: a royal's
  // every mention named "la <first name>").
  if ((tokens[first] as Token).lower === "la" && A_LA_BEFORE.has(tokens[first - 1]?.lower ?? "")) return null;
  const given = wordBefore(tokens, first, text, isPersonNameWord);
  if (given >= 0 && isGivenName((tokens[given] as Token).text)) return { start: given, given: true };
  const before = tokens[first - 1];
  // A capitalized particle opens a sentence or the name ("Van der Berg"); a lower-case one follows a word
  // that is no name ("said van der Berg", "Mr van der Berg"), nor a French elided one ("l'Union de Garantie").
  const lowerParticle = /^\p{Ll}/u.test((tokens[first] as Token).text);
  const thingBefore =
    before !== undefined &&
    ((isCapitalizedWord(before) && !isTitleWord(before)) || /^\p{Ll}['’]\p{Lu}/u.test(before.text));
  if (lowerParticle && thingBefore) return null;
  return { start: first, given: false };
}

/**
 * The mentions with spans cut at a name's front made whole:
 * - a person span of two or more words ("Wei Ming") after a capitalized word the document uses alone for a
 *   person ("Mr Tan", "Tan said") starts at that word ("Tan Wei Ming");
 * - a span after name particles ("von der Hoeven", "Jan van der Berg") takes them in, and the given name before
 *   them; it is a person when it was one, when a known given name opens it, or when it ends a person's name
 *   of the document ("Ursula von der Hoeven").
 * The same array when nothing changed.
 */
export function withWholeNames(mentions: Mention[], tokens: readonly Token[], text: string): Mention[] {
  let lone: Set<string> | null = null;
  let persons: string[] | null = null;
  let changed = false;
  /**
   * Whether a name (key) ends a longer person's name of the document ("du plessis" of "Barend du Plessis"):
   * not a person span equal to it (the tagger also reads "Di Giorgio" Corp or "des Travaux Publics" so).
   */
  let list = mentions;
  const endsPerson = (key: string): boolean => {
    persons ??= list.filter((p) => p.type === "person").map((p) => personKey(p.text));
    return persons.some((p) => p.endsWith(` ${key}`));
  };
  const wholeOf = (m: Mention, i: number): Mention => {
    if (m.type === "demonym") return m;
    const at = tokenAt(tokens, m.start);
    if ((tokens[at] as Token | undefined)?.start !== m.start) return m;
    const previous = list[i - 1];
    const free = (start: number) => previous === undefined || previous.end <= start;
    // A family name written first that the tagger typed an organization with its given name ("Teo Kah Leng
    // said", "Lawmaker Leung Wing Fai said"): the person, without the title before it.
    if (m.type === "organization" && isFamilyFirstName(familyFirstWords(m.text, tokens, at))) {
      const words = m.text.split(" ");
      const title = words.length === 4 ? (words[0] as string) : undefined;
      const start = title === undefined ? m.start : (tokens[at + 1] as Token).start;
      // Not a firm named for its founder, which the document writes with its longer name somewhere
      // ("<Family> <Given> <Given> <firm word> Ltd", a CoNLL train headline's firm).
      if (!opensLongerName(text, text.slice(start, m.end))) {
        changed = true;
        const name = text.slice(start, m.end);
        return mentionAt(start, m.end, name, "person", name, title ?? m.title);
      }
    }
    // An Irish name the tagger typed an organization: a given name, a capitalized particle and the surname
    // ("<Áine> Ní <Surname>").
    if (m.type === "organization" && isIrishFullName(m.text)) {
      changed = true;
      return mentionAt(m.start, m.end, m.text, "person", m.text, m.title);
    }
    // A span with its title ("Secretary James Halloran") has the title before it, not a family name.
    if (m.type === "person" && m.title === undefined && /\s/.test(m.text)) {
      lone ??= titledLoneWords(mentions);
      // Read as an ordinary word by the tagger ("Tan", "Moon"): what the document writes alone is the evidence,
      // or a common family name written first before a given name of two one-syllable words ("Tan Wei Ming
      // said" opening an article, with no "Mr Tan" after it).
      const family = wordBefore(
        tokens,
        at,
        text,
        (t) =>
          lone?.has(t.text) === true ||
          (t.text !== "He" && isFamilyFirstName([t.text, ...m.text.split(" ")])),
      );
      const word = family < 0 ? undefined : (tokens[family] as Token);
      if (word !== undefined && free(word.start)) {
        changed = true;
        const name = text.slice(word.start, m.end);
        return mentionAt(word.start, m.end, name, "person", name, m.title);
      }
    }
    const whole = particleStart(tokens, at, text);
    // A place's particles make no person ("Rio de Janeiro", "El Salvador").
    if (m.type === "place" || m.type === "country") return m;
    const start = whole === null ? -1 : (tokens[whole.start] as Token).start;
    const name = whole === null ? "" : text.slice(start, m.end);
    // One surname after the particles ("de la Garza"); more is a name of a thing ("la Ricostruzione
    // Industriale"), unless a given name opens it ("Antonio de Padua Seixas").
    // Counted only for a span with particles before it (most spans have none).
    const surnames = (): number =>
      name
        .split(/\s+/)
        .filter((w) => !SURNAME_PARTICLES.has(w.toLowerCase()) && !IRISH_SURNAME_PARTICLES.has(w)).length;
    if (
      whole !== null &&
      free(start) &&
      (whole.given || surnames() === 1) &&
      (m.type === "person" || whole.given || endsPerson(personKey(name)))
    ) {
      changed = true;
      return mentionAt(start, m.end, name, "person", name, m.title);
    }
    // Else an organization span that is a particle surname of a person of the document ("Du Plessis" beside
    // "Barend du Plessis": Reuters, where the tagger typed it an organization six times).
    // So too an Irish particle surname ("Ó <Surname> blamed", beside "Seán Ó <Surname>").
    if (
      m.type === "organization" &&
      (SURNAME_PARTICLES.has((tokens[at] as Token).lower) ||
        IRISH_SURNAME_PARTICLES.has((tokens[at] as Token).text)) &&
      endsPerson(personKey(m.text))
    ) {
      changed = true;
      return mentionAt(m.start, m.end, m.text, "person", m.text, m.title);
    }
    return m;
  };
  // A loop, not map: map's array is HOLEY once this function is optimized, where the stages after it met packed
  // ones ("wrong map" deopts in each).
  const pass = (): Mention[] => {
    const result: Mention[] = [];
    for (let i = 0; i < list.length; i++) result.push(wholeOf(list[i] as Mention, i));
    return result;
  };
  let result = pass();
  // A particle surname the tagger typed an organization ("Van der Berg said", the full name "Jan van der Berg"
  // written before or after it) is a person only once the full name is whole, which this pass may just have made
  // of a cut span ("der Berg"): read once more over the whole names (only then: a particle organization is rare).
  if (changed && result.some((m) => m.type === "organization" && opensWithParticle(m, tokens))) {
    list = result;
    persons = null;
    result = pass();
  }
  return changed ? withFamilyNamesAlone(result) : mentions;
}

/**
 * A family name written alone that the tagger typed an organization ("Tan said", "Goh added") beside the whole
 * family-name-first name of the document ("Tan Wei Ming"): the person, for the person rule to join. Asked only
 * once this pass changed a span (the whole name is then the pass's work or was already there).
 */
function withFamilyNamesAlone(mentions: Mention[]): Mention[] {
  let families: Set<string> | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "organization" || !FAMILY_NAMES_WRITTEN_FIRST.has(m.text)) continue;
    families ??= new Set(
      mentions
        .filter((p) => p.type === "person" && isFamilyFirstName(p.text.split(" ")))
        .map((p) => p.text.slice(0, p.text.indexOf(" "))),
    );
    if (families.has(m.text)) mentions[i] = mentionAt(m.start, m.end, m.text, "person", m.text, m.title);
  }
  return mentions;
}

/**
 * The words of an organization span to read as a family-name-first name: all of them, or all after a title that
 * opens the span ("MP Goh Siew Lan", "Lawmaker Leung Wing Fai"); none for a span of other lengths.
 */
function familyFirstWords(span: string, tokens: readonly Token[], at: number): string[] {
  const words = span.split(" ");
  const opener = tokens[at];
  if (words.length === 4 && (isTitleWord(opener) || ROLE_DESCRIPTORS.has(opener?.lower ?? "")))
    return words.slice(1);
  return words.length === 3 ? words : [];
}

/** Whether the text writes the name anywhere with a capitalized word right after it ("Lim Kah Seng Holdings"). */
function opensLongerName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (/^ \p{Lu}/u.test(text.slice(at + name.length, at + name.length + 2))) return true;
  }
  return false;
}

/** "<Given> <Irish particle> <Surname>" ("Máire Nic Giolla"): a known given name, a particle, a capitalized word. */
function isIrishFullName(span: string): boolean {
  const words = span.split(" ");
  return (
    words.length === 3 &&
    IRISH_SURNAME_PARTICLES.has(words[1] as string) &&
    /^\p{Lu}\p{Ll}/u.test(words[2] as string) &&
    isGivenName(words[0] as string)
  );
}

/**
 * Whether a mention opens with a surname particle or follows one, one space apart ("Van der Berg", "der Berg"),
 * or opens with an Irish one ("Ní <Surname>").
 */
function opensWithParticle(m: Mention, tokens: readonly Token[]): boolean {
  const at = tokenAt(tokens, m.start);
  const before = tokens[at - 1];
  return (
    SURNAME_PARTICLES.has(tokens[at]?.lower ?? "") ||
    IRISH_SURNAME_PARTICLES.has(tokens[at]?.text ?? "") ||
    (before !== undefined && before.end + 1 === m.start && SURNAME_PARTICLES.has(before.lower))
  );
}

/** An Arabic surname with its article, capitalized ("Al-<Surname>", "El-<Surname>"), as one word. */
const ARTICLED_SURNAME = /^(?:Al|El)-\p{Lu}\p{Ll}+$/u;

/**
 * The mentions with an Arabic surname written alone with a capitalized article ("Al-<Surname> told reporters",
 * opening a sentence) added as a person where the tagger read nothing, when a person of the document ends with it
 * in lower case ("Ahmed al-<Surname>"): the tagger knows "al-<Surname>" in a name and alone, not the sentence's
 * capitalized form. The person rule then joins it to the full name. The same array when none is added.
 */
export function withArticledSurnamesAlone(mentions: Mention[], tokens: readonly Token[]): Mention[] {
  let surnames: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const last = m.text.slice(m.text.lastIndexOf(" ") + 1);
    if (!/^(?:al|el)-/.test(last)) continue;
    surnames ??= new Set();
    surnames.add(last.toLowerCase());
  }
  if (surnames === null) return mentions;
  let added: Mention[] | null = null;
  let next = 0;
  for (const t of tokens) {
    if (t.kind !== "word" || !ARTICLED_SURNAME.test(t.text) || !surnames.has(t.lower)) continue;
    while (next < mentions.length && (mentions[next] as Mention).end <= t.start) next++;
    const covering = mentions[next];
    if (covering !== undefined && covering.start < t.end) continue;
    added ??= [];
    added.push(mentionAt(t.start, t.end, t.text, "person"));
  }
  if (added === null) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
