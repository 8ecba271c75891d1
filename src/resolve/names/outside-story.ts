/**
 * Names the tagger finds in a web page's or wire's furniture rather than its story, of any type: a line linking to
 * another story ("Related: Amazon to cut 18,000 jobs", "READ MORE | …"), a time stamp's zone ("Updated 4:15 p.m. ET", read as a
 * person "Et"), a wire's desk codes closing the text ("PTI ABC XYZ"), and a writers' credit the tagger read as an
 * organization ("AP Business Writers Stan Choe and Alex Veiga contributed."). They are left out of the mentions.
 */
import { WRITER_NOUNS } from "../../lexicon/credit-lines.js";
import { LINK_OPENERS, TIME_ZONES, WIRE_CLOSERS } from "../../lexicon/web-furniture.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import type { TextLines } from "../../text/lines.js";
import type { Mention } from "../../types.js";

const ZONES = new Set(TIME_ZONES);
/** A clock time right before the zone: "4:15 p.m. ", "2:05 PM ", "10:00 ". */
const CLOCK_BEFORE = /(?:\d{1,2}(?::\d\d)?\s*[aApP]\.?\s?[mM]\.?|\d{1,2}:\d\d)\s*$/;
const LINK_LINE = new RegExp(
  String.raw`^[\s•*>\[-]*(?:${LINK_OPENERS.map(escapeRegExp).join("|")})\s*[:|]`,
  "i",
);
/** A link block's header on a line of its own: an opener, a word such as "now" or "stories", a colon or nothing. */
const LINK_HEADER = new RegExp(
  String.raw`^[\s•*>#-]*(?:${LINK_OPENERS.map(escapeRegExp).join("|")})(?:\s+(?:now|stories|news|articles|videos|on \p{L}+))?\s*[:|]?\s*$`,
  "iu",
);
/** How far back a link block's header is looked for: a few headlines' lines. */
const LINK_BLOCK_CHARS = 600;
/** The longest link opener and its colon, with room for a bullet: the line's start is read no further. */
const LINK_PREFIX_CHARS = Math.max(...LINK_OPENERS.map((w) => w.length)) + 6;
/** Desk codes: 2-5 capitals each ("PTI ABC XYZ", "RK/SS"), on a short last line. */
const DESK_CODES = /^[ \t]*[A-Z]{2,5}(?:[ \t/]+[A-Z]{2,5})+[ \t]*$/;
const DESK_LINE_CHARS = 40;
const CLOSERS = new Set(WIRE_CLOSERS);
/** The longest closer: a longer mention is none (lower-casing never shortens a text), and is not lower-cased. */
const CLOSER_MAX_CHARS = Math.max(...WIRE_CLOSERS.map((w) => w.length));
/** A writer's job in title case inside an organization span: the tagger glued a credit's words to names. */
const WRITER_IN_NAME = new RegExp(
  String.raw`(?:^|\s)(?:${WRITER_NOUNS.map((w) => escapeRegExp(w.charAt(0).toUpperCase() + w.slice(1))).join("|")})\s+\p{Lu}`,
  "u",
);

function lineStart(text: string, at: number, lines: TextLines | undefined): number {
  return lines ? lines.startOf(at) : text.lastIndexOf("\n", at - 1) + 1;
}

function isTimeZone(text: string, mention: Mention): boolean {
  // The length first: no upper-cased copy of every mention's text (only of the short ones). A zone ending its
  // sentence keeps the full stop the tagger took in ("ended at 10 p.m. EST. Sen. …": news FIT half, session 18).
  if (mention.text.length > 5) return false;
  const zone = mention.text.endsWith(".") ? mention.text.slice(0, -1) : mention.text;
  if (zone.length > 4 || !ZONES.has(zone.toUpperCase())) return false;
  return CLOCK_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start));
}

function onLinkLine(text: string, mention: Mention, lines: TextLines | undefined): boolean {
  const start = lineStart(text, mention.start, lines);
  const prefix = text.slice(start, Math.min(mention.start, start + LINK_PREFIX_CHARS));
  // The opener's colon or bar, looked for first: most lines' starts hold neither (then the pattern's
  // case-insensitive openers are not tried at the line's start).
  if ((prefix.includes(":") || prefix.includes("|")) && LINK_LINE.test(prefix)) return true;
  return underLinkHeader(text, start);
}

/**
 * Whether the line starting at `start` is one of a block of links under a header line of its own ("Read more:",
 * "Trending Now", "RELATED STORIES"), the block running to a blank line: headlines of other stories, whose people
 * are not the story's (session 30 lead's web-page probe: "Mayor Jeff Lehman unveils 2020 budget" under "Read
 * more:", "Oilers' McDavid out with knee injury" under "Trending Now", both listed as people). Looked for at most
 * LINK_BLOCK_CHARS back.
 */
function underLinkHeader(text: string, start: number): boolean {
  if (start === 0) return false;
  const from = Math.max(0, start - LINK_BLOCK_CHARS);
  const before = text.slice(from, start);
  const blank = before.search(/\n[ \t]*\n(?![\s\S]*\n[ \t]*\n)/u);
  // With no blank line within reach, the block's header must be within reach too: the text's start or nothing.
  if (blank < 0 && from > 0) return false;
  const block = blank < 0 ? before : before.slice(blank).replace(/^\n[ \t]*\n/u, "");
  const header = block.slice(0, block.indexOf("\n") < 0 ? block.length : block.indexOf("\n"));
  if (header !== block && LINK_HEADER.test(header)) return true;
  // A link line heading the block ("Related: Dorian batters Bahamas"), headlines under it: lines with no sentence's
  // stop (session 34 probe, a Canadian Press page: the second headline's "Trump" was listed).
  if (
    header !== block &&
    LINK_LINE.test(header) &&
    isHeadlines(block.slice(header.length) + lineAt(text, start))
  )
    return true;
  return blank >= 0 && isHeadedAcrossBlank(text, from + blank, block + lineAt(text, start));
}

/** Whether every line of `lines` that holds text is a headline's: no sentence's stop at its end, short. */
function isHeadlines(lines: string): boolean {
  const texts = lines.split("\n").filter((line) => line.trim() !== "");
  return texts.length > 0 && texts.every((line) => !/[.!?:;,"”’]\s*$/u.test(line) && line.length <= 120);
}

/** The line that starts at `start`, without its line break. */
function lineAt(text: string, start: number): string {
  const end = text.indexOf("\n", start);
  return text.slice(start, end < 0 ? text.length : end);
}

/**
 * Whether a header line of its own stands right before the blank line at `blank`, over a block of headlines: lines
 * that end with no sentence's stop ("Trending Stories", a blank line, "Ford government announces new licence
 * plates": session 32's invented Global News page listed a headline's player). A paragraph of the story ends its
 * lines with a stop or runs on, so a header's blank line before a story's paragraph ("Watch:", then text) keeps it.
 */
function isHeadedAcrossBlank(text: string, blank: number, block: string): boolean {
  if (!isHeadlines(block)) return false;
  const from = Math.max(0, blank - 200);
  const head = text.slice(from, blank).replace(/\s+$/u, "");
  const lineBreak = head.lastIndexOf("\n");
  if (lineBreak < 0 && from > 0) return false;
  // The header's own line is a paragraph of one line: a blank line or the text's start before it.
  const above = head.slice(0, lineBreak + 1);
  return (
    LINK_HEADER.test(head.slice(lineBreak + 1)) &&
    (lineBreak < 0 || /\n[ \t]*\n$/u.test(above) || (from === 0 && /^\s*$/u.test(above)))
  );
}

function onDeskCodeLine(text: string, mention: Mention, lines: TextLines | undefined): boolean {
  if (text.length - mention.end > DESK_LINE_CHARS) return false;
  const start = lineStart(text, mention.start, lines);
  const end = text.indexOf("\n", mention.end);
  const rest = end < 0 ? "" : text.slice(end);
  return rest.trim() === "" && DESK_CODES.test(text.slice(start, end < 0 ? text.length : end));
}

/** "… Wang said. Enditem": a wire's closing word, the text's last, after a sentence's end. */
function isWireCloser(text: string, mention: Mention): boolean {
  if (mention.text.length > CLOSER_MAX_CHARS) return false;
  if (!CLOSERS.has(mention.text.toLowerCase()) || /[\p{L}\d]/u.test(text.slice(mention.end))) return false;
  return /(?:^|[.!?"”’)\n])\s*[(\-–—]*\s*$/u.test(text.slice(Math.max(0, mention.start - 4), mention.start));
}

/**
 * Whether a mention stands in the page's or wire's furniture, not in the story (see the file's comment). `lines`: the
 * text's lines, shared by the questions of one document (withoutCredits).
 */
export function isOutsideStory(
  text: string,
  mention: Mention,
  isCredit: (m: Mention) => boolean,
  lines?: TextLines,
): boolean {
  if (
    isTimeZone(text, mention) ||
    onLinkLine(text, mention, lines) ||
    onDeskCodeLine(text, mention, lines) ||
    isWireCloser(text, mention)
  )
    return true;
  return mention.type === "organization" && WRITER_IN_NAME.test(mention.text) && isCredit(mention);
}
