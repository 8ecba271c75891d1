/**
 * Person mentions that the words around them show to be part of another thing's name. Part of the per-document
 * naming (index.ts):
 * - a firm's name joined by "&" ("Cushman & Wakefield", "Goodrich & Rosati") is an organization;
 * - a court case ("Roe v. Wade") names no person of the story;
 * - a first name, a nickname in quotes or brackets and a surname are one person ("Walter (Buck) Murphy",
 *   'Luis "Tito" Fernandez'), where the tagger reads the three apart (the nickname often an organization);
 * - a name before a lower-case venue noun ("the Turnberry golf course", "the Vallecas stadium"; "ground" only
 *   after "the") names the venue, left out rather than made a place: a person of that name elsewhere in the
 *   document ("the Brisco hotel") must not lose the type vote to it (index.ts settleTypes).
 * A titled mention ("Mrs Wade") keeps its person. Measured on a hand-judged sample of PolNeAR train and CNN/DM dev
 * news (session 8): each kind listed as a person there.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { VENUE_NOUNS, VENUE_NOUNS_AFTER_THE } from "../../lexicon/place-suffixes.js";
import { isTheBefore } from "../../text/around.js";
import type { Mention } from "../../types.js";

/** Up to four capitalized words, one space apart, that end right before " & " (the firm's first partners). */
const PARTNERS_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*,? ){0,3}\p{Lu}[\p{L}'’.-]* &$/u;
/** " & " and up to three capitalized words after it ("& Wakefield", "& Young LLP"). */
const PARTNERS_AFTER = /^ & \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}/u;

/** "v." of a court case between two capitalized names, either side of the mention. */
const CASE_AFTER = /^ v\.? \p{Lu}/u;
const CASE_BEFORE = /\p{Lu}[\p{L}'’.-]* v\.? $/u;

/** A lower-case venue noun right after the name ("Vallecas stadium", "Turnberry golf course"). */
const LOWER_WORDS_AFTER = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u;

/** A nickname in brackets or quotes, then a capitalized surname, right after a first name. */
const NICKNAME_SURNAME =
  /^ (?:\(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?\)|["“‘]\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)?["”’]) \p{Lu}[\p{L}'’-]*\p{L}/u;

/**
 * The end of the full name when a nickname and a surname follow the mention's first name, else null. Only when
 * the document calls someone by that surname alone and names no other person with it: the evidence that the
 * three words are the person it goes on to call "Connor". (GUM names two such people by the words before the
 * nickname, "Tomasz" of 'Tomasz "Tom" Wierzba': joined without that evidence, 2 right GUM train people were lost.)
 */
function nicknamedEnd(text: string, m: Mention, surnames: SurnameUse): number | null {
  // Bound-checked: a name ending the text read past it ("out of bounds" deopt, --trace-deopt).
  const opening = m.end + 1 < text.length ? text[m.end + 1] : undefined;
  if (opening !== "(" && opening !== '"' && opening !== "“" && opening !== "‘") return null;
  const last = m.text.split(/\s+/).at(-1) as string;
  if (!isKnownFirstName(last)) return null;
  const found = NICKNAME_SURNAME.exec(text.slice(m.end, m.end + 60));
  if (found === null) return null;
  const surname = found[0].slice(found[0].lastIndexOf(" ") + 1);
  return surnames.alone.has(surname) && !surnames.ofFullNames.has(surname) ? m.end + found[0].length : null;
}

interface SurnameUse {
  /** One-word person mentions. */
  alone: Set<string>;
  /** Last words of the person mentions of two words or more. */
  ofFullNames: Set<string>;
}

function surnameUse(mentions: readonly Mention[]): SurnameUse {
  const use: SurnameUse = { alone: new Set(), ofFullNames: new Set() };
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = m.text.split(/\s+/);
    if (words.length === 1) use.alone.add(m.text);
    else use.ofFullNames.add(words.at(-1) as string);
  }
  return use;
}

/** A year or "et al" right after authors joined by "&": a citation ("(Marchetti & Okonkwo, 2014)"). */
const CITATION_AFTER = /^,? (?:\d{4}|et al)/u;

/**
 * The span of a firm's name of partners joined by "&" around the mention, or null. Not a citation (GUM academic
 * text: "(Kirriemuir & McFarlane, 2004)", "(Armstrong & Plaskitt)": 9 right people lost without this), not a
 * name led by a known first name ("Ann Reed & I", "the Ann & Tom Hale Museum").
 */
function firmSpan(text: string, m: Mention): { start: number; end: number } | null {
  // Most mentions have no "&" beside them: the cheap test first.
  if (!text.startsWith(" & ", m.end) && !text.startsWith("& ", m.start - 2)) return null;
  if (isKnownFirstName(m.text.split(/\s/)[0] as string)) return null;
  let span: { start: number; end: number } | null = null;
  const after = PARTNERS_AFTER.exec(text.slice(m.end, m.end + 60));
  if (after !== null && !/^ & I\b/u.test(after[0])) span = { start: m.start, end: m.end + after[0].length };
  else if (text[m.start - 1] === " ") {
    const before = PARTNERS_BEFORE.exec(text.slice(Math.max(0, m.start - 60), m.start - 1));
    if (before !== null) span = { start: m.start - 1 - before[0].length, end: m.end };
  }
  if (span === null || text[span.start - 1] === "(") return null;
  return CITATION_AFTER.test(text.slice(span.end, span.end + 8)) ? null : span;
}

function isCourtCase(text: string, m: Mention): boolean {
  if (!text.startsWith(" v", m.end) && !text.slice(Math.max(0, m.start - 4), m.start).includes(" v"))
    return false;
  return (
    CASE_AFTER.test(text.slice(m.end, m.end + 6)) ||
    CASE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
  );
}

function isVenue(text: string, m: Mention): boolean {
  if (m.end >= text.length || text[m.end] !== " ") return false;
  const words = LOWER_WORDS_AFTER.exec(text.slice(m.end, m.end + 40));
  if (words === null) return false;
  const one = words[1] as string;
  if (VENUE_NOUNS_AFTER_THE.has(one)) return isTheBefore(text, m.start);
  return VENUE_NOUNS.has(one) || (words[2] !== undefined && VENUE_NOUNS.has(`${one} ${words[2]}`));
}

/** The mentions with such persons left out, or retyped: a firm's mention grows to the firm's whole name. */
export function withoutJoinedNames(text: string, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type === "person")) return mentions;
  const covered = new Set<Mention>();
  const dropped = new Set<Mention>();
  const surnames = surnameUse(mentions);
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || covered.has(m)) continue;
    const nicknamed = nicknamedEnd(text, m, surnames);
    if (nicknamed !== null) {
      grow(m, text, m.start, nicknamed, mentions, covered);
      continue;
    }
    if (isCourtCase(text, m)) {
      dropped.add(m);
      continue;
    }
    if (isVenue(text, m)) {
      dropped.add(m);
      continue;
    }
    const firm = firmSpan(text, m);
    if (firm === null) continue;
    grow(m, text, firm.start, firm.end, mentions, covered);
    m.type = "organization";
  }
  return mentions.filter((m) => !covered.has(m) && !dropped.has(m));
}

/** `m` made to span `start`..`end`; the mentions inside that span go into `covered`. */
function grow(
  m: Mention,
  text: string,
  start: number,
  end: number,
  mentions: readonly Mention[],
  covered: Set<Mention>,
): void {
  for (const other of mentions)
    if (other !== m && other.start >= start && other.end <= end) covered.add(other);
  m.start = start;
  m.end = end;
  m.text = text.slice(start, end);
  m.entity = m.text;
}
