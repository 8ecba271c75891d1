/**
 * A list of sources closing an article names the writers of other stories, not people in the news: after a line
 * that is only "Sources", "Source", "References" or "Bibliography", a person mention on a citation's line (one
 * that holds a quotation mark or a spaced dash: `Dana Whitlow. "Council votes on budget" — Acme Herald, March 3`)
 * is left out. Wikinews-style articles end so (issue 11: bylines of a "Sources" list; the session 23 licensed
 * sample of modern news, note23: 5 of 13 wrong people on its CHECK half were such bylines). Only the section
 * after the last such heading, and only lines shaped like a citation, so a heading-like word in a story's body
 * with prose after it changes nothing. Part of the per-document naming (index.ts). Invented rows in
 * tests/people-source-lists.test.ts.
 */
import type { Mention } from "../../types.js";

/** A line that is only a sources heading (a colon allowed), read from its line break. */
const SOURCES_HEADING = /\n[ \t]*(?:Sources?|References|Bibliography)[ \t]*:?[ \t]*(?=\r?\n)/gu;
/** A citation's marks: a quotation mark or a spaced dash. */
const CITATION_MARK = /["“”]|\s[—–-]\s/u;

/** The mentions without the persons on citation lines after the text's last sources heading. */
export function withoutSourceLists(text: string, mentions: Mention[]): Mention[] {
  // The cheap test first: most texts hold none of the heading words.
  if (!/Source|Reference|Bibliography/u.test(text)) return mentions;
  let from = -1;
  for (const match of text.matchAll(SOURCES_HEADING)) from = match.index + match[0].length;
  if (from < 0) return mentions;
  const onCitationLine = (m: Mention): boolean => {
    const start = text.lastIndexOf("\n", m.start - 1) + 1;
    const end = text.indexOf("\n", m.end);
    return CITATION_MARK.test(text.slice(start, end < 0 ? text.length : end));
  };
  return mentions.filter((m) => m.type !== "person" || m.start < from || !onCitationLine(m));
}
