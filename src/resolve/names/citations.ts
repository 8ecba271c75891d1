/**
 * Authors cited by name and year are people: "(X, 2004)", "(X & Y, 2004; Z et al., 2010)", "X and Y (2004)".
 * The tagger reads a cited surname alone, often as an organization or a place, and a surname that is a
 * dictionary word ("Baker", "Gravel") is dropped as a word by settleOneWordPersons. Only in a document that cites
 * at least twice, once inside parentheses with the year: a film's or a book's title before its year ("X (1976)",
 * in a list of films) is no author, and a story seldom cites.
 * GUM train (academic and biography genres): 8 cited authors found, none lost.
 */
import type { Mention } from "../../types.js";

// Title-cased words: a code in capitals before a year ("(ABC 1926)") is no author.
const WORD = String.raw`\p{Lu}[\p{Ll}'’-][\p{L}'’-]*`;
const NAME = String.raw`(?:(?:van|von|de|der|den|da|di|du|le|la)\s+)*${WORD}(?:\s+${WORD})?`;
const YEAR = String.raw`(?:1[5-9]|20)\d\d[a-z]?`;
const AUTHORS = String.raw`${NAME}(?:\s+et\s+al\.?)?(?:\s*,\s*${NAME})*(?:\s*,?\s*(?:&|and)\s+${NAME}(?:\s+et\s+al\.?)?)?`;
/** One citation inside parentheses: authors, a year (or more), a page. */
const PARENTHESIZED = new RegExp(
  String.raw`^\s*(?:(?:see|e\.g\.,?|cf\.)\s+)?(${AUTHORS})\s*,?\s*${YEAR}(?:\s*,\s*${YEAR})*(?:\s*,\s*pp?\.\s*[\d–-]+)?\s*$`,
  "u",
);
/** Authors in the sentence, their year in parentheses after them. */
const NARRATIVE = new RegExp(String.raw`(${AUTHORS})\s+\(${YEAR}(?:,\s*pp?\.\s*[\d–-]+)?\)`, "gu");
const GROUPS = /\(([^()\n]{4,400})\)/g;

/** [start, end) of every author list the document cites with a year; none unless it cites twice, once in parentheses. */
function citedAuthorSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const group of text.matchAll(GROUPS)) {
    let at = (group.index as number) + 1;
    for (const piece of (group[1] as string).split(";")) {
      const match = PARENTHESIZED.exec(piece);
      if (match !== null) {
        const start = at + piece.indexOf(match[1] as string);
        spans.push([start, start + (match[1] as string).length]);
      }
      at += piece.length + 1;
    }
  }
  if (spans.length === 0) return spans;
  for (const match of text.matchAll(NARRATIVE)) {
    const start = match.index as number;
    spans.push([start, start + (match[1] as string).length]);
  }
  return spans.length >= 2 ? spans : [];
}

/**
 * The starts of the mentions that are a cited author (one or two words inside a citation's author list),
 * retyped as persons (in place): the caller keeps them from the rules that drop one-word persons.
 */
export function citedAuthors(text: string, mentions: Mention[]): Set<number> {
  const cited = new Set<number>();
  if (!text.includes("(")) return cited;
  const spans = citedAuthorSpans(text);
  if (spans.length === 0) return cited;
  for (const m of mentions) {
    if (m.type === "demonym" || m.title !== undefined || m.text.split(/\s+/).length > 2) continue;
    if (!spans.some(([start, end]) => m.start >= start && m.end <= end)) continue;
    if (m.type !== "person") {
      m.type = "person";
      m.entity = m.text;
    }
    cited.add(m.start);
  }
  return cited;
}
