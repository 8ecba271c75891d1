/**
 * Person mentions that the words around them show to be part of another thing's name. Part of the per-document
 * naming (index.ts):
 * - a firm's name joined by "&" ("Cushman & Wakefield", "Goodrich & Rosati") is an organization;
 * - a court case ("Roe v. Wade") names no person of the story;
 * - a name before a lower-case venue noun ("the Turnberry golf course", "the Vallecas stadium") names the venue,
 *   left out rather than made a place: a person of that name elsewhere in the document ("the Trump hotel") must
 *   not lose the type vote to it (index.ts settleTypes).
 * A titled mention ("Mrs Wade") keeps its person. Measured on a hand-judged sample of PolNeAR train and CNN/DM dev
 * news (session 8): each kind listed as a person there.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { VENUE_NOUNS } from "../../lexicon/organization-suffixes.js";
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

/** A year or "et al" right after authors joined by "&": a citation ("(Makel & Plucker, 2014)"). */
const CITATION_AFTER = /^,? (?:\d{4}|et al)/u;

/**
 * The span of a firm's name of partners joined by "&" around the mention, or null. Not a citation (GUM academic
 * text: "(Kirriemuir & McFarlane, 2004)", "(Armstrong & Plaskitt)": 9 right people lost without this), not a
 * name led by a known first name ("Sue Cleveland & I", "the Mary & Leigh Block Museum").
 */
function firmSpan(text: string, m: Mention): { start: number; end: number } | null {
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
  return (
    CASE_AFTER.test(text.slice(m.end, m.end + 6)) ||
    CASE_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))
  );
}

function isVenue(text: string, m: Mention): boolean {
  const words = LOWER_WORDS_AFTER.exec(text.slice(m.end, m.end + 40));
  if (words === null) return false;
  const one = words[1] as string;
  return VENUE_NOUNS.has(one) || (words[2] !== undefined && VENUE_NOUNS.has(`${one} ${words[2]}`));
}

/** The mentions with such persons left out, or retyped: a firm's mention grows to the firm's whole name. */
export function withoutJoinedNames(text: string, mentions: Mention[]): Mention[] {
  if (!mentions.some((m) => m.type === "person")) return mentions;
  const covered = new Set<Mention>();
  const dropped = new Set<Mention>();
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || covered.has(m)) continue;
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
    for (const other of mentions)
      if (other !== m && other.start >= firm.start && other.end <= firm.end) covered.add(other);
    m.start = firm.start;
    m.end = firm.end;
    m.text = text.slice(firm.start, firm.end);
    m.type = "organization";
    m.entity = m.text;
  }
  return mentions.filter((m) => !covered.has(m) && !dropped.has(m));
}
