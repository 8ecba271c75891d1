/**
 * A web page's list of topic tags under the story names no one in it: after a line that is only a topics heading
 * (TOPIC_HEADINGS: "Related Topics", "Tags"), the mentions on the short lines that follow, up to a blank line or
 * a line of prose, and the mentions after "Topics:" on its own line, are left out ("Related Topics\nTheresa
 * May\nBrexit": the tag "Brexit" was a person, and each tag counted its entity once more). Invented probe
 * (session 38: BBC 2019 and ABC 2019 pages as scraped). Part of the per-document naming (index.ts).
 */
import { TOPIC_HEADINGS } from "../../lexicon/boilerplate.js";
import { anyOf } from "../../text/escape-regexp.js";
import { spanAt } from "../../text/token-at.js";
import type { Mention } from "../../types.js";

/** A topics heading on a line of its own (group 1 empty) or before a colon and the tags (group 1 the colon). */
const TOPIC_HEADING = new RegExp(
  String.raw`(?:^|\n)[ \t]*${anyOf(TOPIC_HEADINGS)}[ \t]*(:?)[ \t]*(?=\S|\r?\n|$)`,
  "giu",
);
/** At most this many words on a tag's line: a line of prose ends the list. */
const MOST_TAG_WORDS = 6;

/** The [start, end) ranges of the text's topic lists. */
function topicRanges(text: string): Array<{ start: number; end: number }> {
  const ranges: Array<{ start: number; end: number }> = [];
  for (const match of text.matchAll(TOPIC_HEADING)) {
    // (A heading inside a list already read starts no other: "Tags" lines one after another stay linear.)
    if (match.index < (ranges.at(-1)?.end ?? -1)) continue;
    const from = match.index + match[0].length;
    const lineEnd = text.indexOf("\n", from);
    const rest = lineEnd < 0 ? text.length : lineEnd;
    if (match[1] === ":" && rest > from) {
      ranges.push({ start: from, end: rest });
      continue;
    }
    if (rest > from) continue;
    let end = rest;
    let tags = 0;
    while (end < text.length) {
      const next = text.indexOf("\n", end + 1);
      const line = text.slice(end + 1, next < 0 ? text.length : next).trim();
      // (Blank lines between the heading and its first tag: "TOPICS\n\nDana Whitlow".)
      if (line === "" && tags === 0) {
        end = next < 0 ? text.length : next;
        continue;
      }
      if (line === "" || line.split(/\s+/).length > MOST_TAG_WORDS || /[.!?]["”’]?$/u.test(line)) break;
      tags++;
      end = next < 0 ? text.length : next;
    }
    if (end > rest) ranges.push({ start: rest, end });
  }
  return ranges;
}

/** The mentions without those in the text's topic lists. */
export function withoutTopicLists(text: string, mentions: Mention[]): Mention[] {
  // The cheap test first: most texts hold none of the heading words.
  if (!/topic|tags|more on this/iu.test(text)) return mentions;
  const ranges = topicRanges(text);
  if (ranges.length === 0) return mentions;
  // (The ranges are in text order: a binary search per mention, not a scan of every range.)
  return mentions.filter((m) => {
    const range = ranges[spanAt(ranges, m.start)];
    return range === undefined || m.start < range.start || m.end > range.end;
  });
}
