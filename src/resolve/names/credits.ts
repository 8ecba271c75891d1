/**
 * Bylines, photo credits and captions name the people who made the story, not people in the news: a person
 * mention inside a credit line is left out of the document's mentions (docs/annotate-contract.md).
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { TextLines } from "../../text/lines.js";
import { ownParagraph } from "../../text/own-paragraph.js";
import type { Mention } from "../../types.js";
import { isInAgencyBeforeSlash } from "./credit-agencies.js";
import {
  AGENCY_MARK_BEFORE,
  AGENCY_PAREN,
  AGENCY_SLASH,
  ALSO_FROM_AFTER,
  BYLINE,
  BYLINE_TAIL,
  CAPTION_SUBJECT,
  CLOSED,
  CONTACT,
  CONTACT_BLOCK_CHARS,
  CONTACT_HEADING,
  CONTRIBUTED,
  FOLLOW_AFTER,
  FOLLOW_BEFORE,
  isAgencyAfterSlash,
  isSignature,
  LABELLED_PAREN_BEFORE,
  ONLY_NAMES,
  OPENED,
  OUTLET_AFTER,
  OUTLET_LINE,
  OUTLET_POSSESSIVE_NAMES,
  PAREN_CLOSES_LINE,
  PAREN_CREDIT,
  REPORTED_FROM,
  REPORTED_FROM_BEFORE,
  REPORTED_FROM_TAIL_CHARS,
  SENTENCE_NAMES,
  TITLED_WRITER,
  VIA_AGENCY,
  WRITER_BIO,
  WRITERS_BEFORE,
} from "./credit-patterns.js";
import { isLinkCredit } from "./link-credits.js";
import { isOutsideStory } from "./outside-story.js";
import { isWorldCredit } from "./world-credits.js";
import { isWriterNote } from "./writer-notes.js";

/** Nothing but spaces and dashes: the start of a line before a wire's sign-off ("- RNZ"). */
const DASHES_ONLY = /^[\s—–-]*$/u;

/** A credit is a short line or the tail of one: a name this far from the line's edges is in a sentence. */
const MAX_CREDIT_CHARS = 120;

/** The line around a mention, up to MAX_CREDIT_CHARS each side (bounded: a 3 MB line stays linear). */
function lineAround(
  text: string,
  start: number,
  end: number,
): { before: string; after: string; fromLineStart: boolean } {
  const from = Math.max(0, start - MAX_CREDIT_CHARS);
  const before = text.slice(from, start);
  const lineBreak = before.lastIndexOf("\n");
  const after = text.slice(end, Math.min(text.length, end + MAX_CREDIT_CHARS));
  const lineEnd = after.indexOf("\n");
  return {
    before: lineBreak < 0 ? before : before.slice(lineBreak + 1),
    after: lineEnd < 0 ? after : after.slice(0, lineEnd),
    fromLineStart: lineBreak >= 0 || from === 0,
  };
}

/**
 * Whether the person mention at [start, end) of `text` names a credit's writer, editor or photographer. `lines`: the
 * text's lines, shared by the questions of one document (withoutCredits).
 */
export function isCredit(
  text: string,
  mention: Pick<Mention, "start" | "end">,
  lines: TextLines = new TextLines(text),
): boolean {
  const { before, after, fromLineStart } = lineAround(text, mention.start, mention.end);
  if (
    (OPENED.test(before) && !CAPTION_SUBJECT.test(after)) ||
    AGENCY_SLASH.test(before) ||
    CLOSED.test(after)
  )
    return true;
  if (FOLLOW_BEFORE.test(before) && FOLLOW_AFTER.test(after)) return true;
  // The guarded patterns first, and a line of names only asked when one of them holds (see Guarded).
  let lineOfNames: boolean | undefined;
  const namesLine = (): boolean => {
    lineOfNames ??= fromLineStart && ONLY_NAMES.test(before);
    return lineOfNames;
  };
  if (
    CONTRIBUTED.test(after) &&
    (namesLine() ||
      SENTENCE_NAMES.test(before) ||
      WRITERS_BEFORE.test(before) ||
      OUTLET_POSSESSIVE_NAMES.test(before))
  )
    return true;
  if (
    (REPORTED_FROM.test(after) || (ALSO_FROM_AFTER.test(after) && REPORTED_FROM_BEFORE.test(before))) &&
    text.length - mention.end < REPORTED_FROM_TAIL_CHARS
  )
    return true;
  if (
    isSignature(text, mention, lines) ||
    isClosingBio(text, mention, lines) ||
    isTopByline(text, mention, lines)
  )
    return true;
  if (CONTACT_HEADING.test(text.slice(Math.max(0, mention.start - CONTACT_BLOCK_CHARS), mention.start)))
    return true;
  if (AGENCY_PAREN.test(after) && namesLine()) return true;
  // ("… first published by RTÉ. Jane Doe is RTÉ's Western Correspondent.": a sentence of its own.)
  if (
    TITLED_WRITER.test(text.slice(mention.end, mention.end + MAX_CREDIT_CHARS)) &&
    (namesLine() || SENTENCE_NAMES.test(before))
  )
    return true;
  const outletAfter = OUTLET_AFTER.test(after);
  if ((outletAfter || WRITER_BIO.test(after) || CONTACT.test(after)) && namesLine()) return true;
  if (/\(\s*$/.test(before) && PAREN_CREDIT.test(after)) return true;
  if (LABELLED_PAREN_BEFORE.test(before) && PAREN_CLOSES_LINE.test(after)) return true;
  // An agency after a credit's slash or "via", or alone on its line ("Getty." under a photo: a CHECK sample's case),
  // a dash before it or not ("- RNZ", "— AAP": the wire's sign-off closing Australian and New Zealand stories, 1
  // person of 40 invented articles in other house styles, session 19).
  if (
    (AGENCY_MARK_BEFORE.test(before) || (fromLineStart && DASHES_ONLY.test(before))) &&
    isAgencyAfterSlash(text.slice(mention.start, mention.end), after)
  )
    return true;
  if (VIA_AGENCY.test(after) && namesLine()) return true;
  // A caption's credit after its sentence ("Jason Kessel speaks in Calgary. Jeff Morrow, The Canadian Press").
  if (outletAfter && SENTENCE_NAMES.test(before)) return true;
  if (
    OUTLET_LINE.test(text.slice(mention.end + after.length, mention.end + after.length + 60)) &&
    namesLine() &&
    ONLY_NAMES.test(after)
  )
    return true;
  if (isBylineName(text, mention) || (fromLineStart && BYLINE.test(before) && BYLINE_TAIL.test(after)))
    return true;
  // A writer's name, a comma and the writer's job as a paragraph of its own, with no "By" ("Jane Doe, political
  // correspondent", "Jane Doe, Health Editor": British papers' bylines under the headline). 2 of 64 invented
  // articles; a wrapped wire line or a sentence ("Jane Doe, a reporter, said") is no paragraph of its own.
  return (
    after.startsWith(",") &&
    BYLINE_TAIL.test(after) &&
    namesLine() &&
    ownParagraph(text, mention.start, mention.end, lines) !== null
  );
}

/**
 * A name on a byline of names alone ("By Morgan Lowrie", "By Jane Doe and John Roe"), whatever type the tagger gave it:
 * a writer's name read as an organization ("Morgan" of J.P. Morgan) is no more in the news than one read as a person.
 */
function isBylineName(text: string, mention: Pick<Mention, "start" | "end">, anyCase = true): boolean {
  const { before, after, fromLineStart } = lineAround(text, mention.start, mention.end);
  if (!fromLineStart || !BYLINE.test(before) || !ONLY_NAMES.test(after)) return false;
  // For a name the tagger read as no person, a line with a word in lower case: a wire's line in capitals opening
  // "BY" is a trade's broker, not a writer ("BY ABD SECURITIES ON THE BOSTON EXCHANGE", Reuters).
  return anyCase || /\p{Ll}/u.test(before + text.slice(mention.start, mention.end) + after);
}

/**
 * A name of two or three words alone at its line's start and closed by an outlet ("Jordan Press, The Canadian
 * Press", "Hope Street | CBC News"), whatever type the tagger gave it: a writer's sign-off. Session 36 probe (CP
 * 2019): the writer "Jordan Press" was a place (the country Jordan). Not one word: a dateline's place may stand so.
 */
function isOutletSignedName(text: string, mention: Pick<Mention, "start" | "end" | "text">): boolean {
  if (!/^\p{Lu}\S*(?: \p{Lu}\S*){1,2}$/u.test(mention.text)) return false;
  const { before, after, fromLineStart } = lineAround(text, mention.start, mention.end);
  return fromLineStart && before.trim() === "" && OUTLET_AFTER.test(after);
}

/** The next paragraph opens the story: three lower-case words in a row within its first sentence. */
const PROSE_START = /^\s*[^\n.!?@#]*?\p{Ll}+ \p{Ll}+ \p{Ll}+/u;

/** How far into a text the top matter (headline, standfirst, byline) may reach. */
const TOP_MATTER_CHARS = 600;

/**
 * A byline of names alone with no "By" above the story ("Lillian Tse and Owen Lau" under a Hong Kong paper's
 * headline): a paragraph of full names only (joined by commas or "and"), before the story's first sentence, each
 * of its names written nowhere else in the text (a writer is not in the story). Session 42 probe (a South China
 * Morning Post story): both writers were listed as people.
 */
function isTopByline(text: string, mention: Pick<Mention, "start" | "end">, lines: TextLines): boolean {
  if (mention.start > TOP_MATTER_CHARS) return false;
  const paragraph = ownParagraph(text, mention.start, mention.end, lines);
  if (paragraph === null) return false;
  const line = text.slice(paragraph.start, paragraph.end);
  if (!ONLY_NAMES.test(line) || /[|/()]/.test(line)) return false;
  if (/[.!?]["”’]?\s/u.test(text.slice(0, paragraph.start))) return false;
  // The story's prose follows (not a paper's or an essay's authors, whom an email, an affiliation or tags follow:
  // GUM train's academic and essay documents, whose authors GUM counts as people).
  if (!PROSE_START.test(text.slice(paragraph.end, paragraph.end + 200))) return false;
  const names = line.split(/\s*,\s*|\s+(?:and|&)\s+/u).map((n) => n.trim());
  // (After a comma, a first name: "Dana Whitlow, Home Secretary" is a person in the news and her office.)
  const listed = !line.includes(",") || names.every((name) => isKnownFirstName(name.split(" ")[0] as string));
  return (
    listed &&
    names.every(
      (name) =>
        /^\p{Lu}\S*(?: \p{Lu}\S*){1,3}$/u.test(name) &&
        text.indexOf(name, paragraph.end) < 0 &&
        text.lastIndexOf(name, paragraph.start - 1) < 0,
    )
  );
}

/**
 * A bio's "is": an article, a capitalized word ("is Acme's ..."), or a job's noun and its preposition ("is director
 * of", "is professor at"); not a participle or an adverb, a story's verb ("Dana Whitlow is tipped for the award.", "is
 * also nominated": session 32, an invented showbiz story's last paragraph lost its person).
 */
const CLOSING_BIO_IS =
  /^\s+is\s+(?:an?\s|the\s|\p{Lu}|(?!\p{Ll}+(?:ed|ing|ly)\s)\p{Ll}+(?:\s+\p{Ll}+)?\s+(?:of|at|for|in|with)\s)/u;

/**
 * An opinion piece's note on its writer: the text's last paragraph opens with the name, a title before it at most,
 * and goes on "is ..." ("Ms. Jane Doe is director of a peace program at Acme University."), and the text writes the
 * name's last word nowhere else (a person of the story is named before). Session 12 FIT sample: 1 writer of 275
 * people.
 */
function isClosingBio(text: string, mention: Pick<Mention, "start" | "end">, lines: TextLines): boolean {
  const paragraph = ownParagraph(text, mention.start, mention.end, lines);
  if (paragraph === null || paragraph.start === 0 || text.slice(paragraph.end).trim() !== "") return false;
  if (!/^(?:\p{Lu}\p{L}*\.?\s+)?$/u.test(text.slice(paragraph.start, mention.start))) return false;
  if (!CLOSING_BIO_IS.test(text.slice(mention.end, mention.end + 48))) return false;
  const surname = text.slice(mention.start, mention.end).split(/\s+/).pop() as string;
  return text.indexOf(surname) === mention.end - surname.length && text.indexOf(surname, mention.end) < 0;
}

/**
 * A wire's sign-off: one word in capitals at the document's end ("REUTER" closing every Reuters story), a mark of
 * the wire and no person. It opens its line or follows a sentence's end ("... record May 23. REUTER"), and nothing
 * in lower case follows ("REUTER...", "REUTER N"). On the Reuters bench: 4,629 of 4,644 "REUTER" persons go.
 */
export function isSignOff(
  text: string,
  mention: Pick<Mention, "start" | "end" | "text">,
  lines?: TextLines,
): boolean {
  if (/\s/.test(mention.text) || /\p{Ll}/u.test(mention.text)) return false;
  const lineStart = lines ? lines.startOf(mention.start) : text.lastIndexOf("\n", mention.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, mention.start - 200), mention.start).trim();
  if (before !== "" && !/[.!?]["”’)]?$/u.test(before)) return false;
  const rest = text.slice(mention.end, mention.end + 200);
  if (rest.length >= 200 || /\p{Ll}/u.test(rest)) return false;
  // A surname in a telex line of capitals before its reporting verb ("... WHITLOW SAID TAXES WOULD NOT RISE."):
  // no sign-off goes on with a verb (capital-names.ts).
  const verb = /^\s+(\p{Lu}+)\b/u.exec(rest)?.[1];
  return verb === undefined || !REPORTING_VERBS.has(verb.toLowerCase());
}

/** The mentions without the people of credit lines and sign-offs, nor any name of the page's furniture. */
export function withoutCredits(text: string, mentions: Mention[]): Mention[] {
  const lines = new TextLines(text);
  // An agency's name before a credit's slash needs a slash: a text without one (86% of 8,000 Reuters documents)
  // skips isInAgencyBeforeSlash's scan after each mention not a person's (a quarter of this pass's samples).
  const hasSlash = text.includes("/");
  const credit = (m: Mention): boolean =>
    isCredit(text, m, lines) ||
    isLinkCredit(text, m) ||
    isWorldCredit(text, m, lines) ||
    isWriterNote(text, m, lines);
  return mentions.filter(
    (m) =>
      !(
        (m.type === "person" && (credit(m) || isSignOff(text, m, lines))) ||
        (m.type !== "person" &&
          ((hasSlash && isInAgencyBeforeSlash(text, m)) ||
            isBylineName(text, m, false) ||
            isOutletSignedName(text, m) ||
            isTopByline(text, m, lines))) ||
        isOutsideStory(text, m, credit, lines)
      ),
  );
}
