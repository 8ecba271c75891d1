/**
 * The patterns of credit lines (bylines, photo credits, captions, contact and follow lines), apart from the rules
 * in credits.ts that apply them to a person mention: each pattern a quick test and a full one (Guarded).
 */
import {
  BYLINE_OPENERS,
  CONTACT_HEADINGS,
  CONTACT_TAILS,
  CREDIT_AGENCIES,
  CREDIT_CLOSERS,
  CREDIT_OPENERS,
  CREDIT_OUTLETS,
  CREDIT_TAILS,
  FOLLOW_CLOSERS,
  FOLLOW_OPENERS,
  WRITER_NOUNS,
} from "../../lexicon/credit-lines.js";
import { anyOf, escapeRegExp } from "../../text/escape-regexp.js";
import type { TextLines } from "../../text/lines.js";
import { ownParagraph } from "../../text/own-paragraph.js";
import type { Mention } from "../../types.js";
import { alternatives, CREDIT_NAME_WORD, capitalized, Guarded, quick } from "./credit-pattern-kit.js";

const OUTLETS = anyOf([...CREDIT_AGENCIES, ...CREDIT_OUTLETS]);

/** Other names of the same credit between its opener and this name ("Reporting by Jane Doe and [John Roe]"). */
const WORD = CREDIT_NAME_WORD;
// The lookahead keeps a word from being split ("ABC" as "AB" + "C"): without it, backtracking is exponential.
const NAMES_BEFORE = String.raw`(?:${WORD}\s*|,\s*|and\s+|&\s*)*`;
/**
 * "Reporting by Jane Doe in Lagos and John Roe in Accra; Editing by ...": each name may be followed by where its
 * writer filed from. Session 12 (a second FIT draw): 1 writer of 337 people, after another's city.
 */
const NAMES_FILED_FROM = String.raw`(?:${WORD}\s*|,\s*|and\s+|&\s*|in\s+)*`;
export const OPENED = new Guarded(
  quick(anyOf(CREDIT_OPENERS)),
  new RegExp(String.raw`(?:^|[\s(\[;|—–-])(?:${alternatives(CREDIT_OPENERS)})\s*${NAMES_FILED_FROM}$`, "u"),
);
/**
 * "Image: Mayor Ann Roe speaks at the launch.": a caption's sentence after a label, its subject's verb right after
 * the name (a credit's names are followed by other names, a place or an agency: "Photo: Jane Doe for Acme").
 */
export const CAPTION_SUBJECT = /^\s+(?!(?:and|in|for|of|at|with|from|via|on)\b)\p{Ll}+\b(?![.'’-])/u;
/**
 * "By Jane Doe": only at a line's start (after a dash or not: the Canadian Press closes a story "— By Jane Doe in
 * Edmonton", session 32), and only names (and a closer) on the rest of the line ("By Monday, ..." is not).
 */
export const BYLINE = new Guarded(
  quick(String.raw`^[\s(\[—–-]*${anyOf(BYLINE_OPENERS)}\s`),
  new RegExp(String.raw`^[\s(\[—–-]*(?:${capitalized(BYLINE_OPENERS)})\s+${NAMES_BEFORE}$`, "u"),
);
/**
 * The rest of a byline's line after a name, when it is more than names: where the writer filed from, or the
 * writer's job, an outlet's name or a beat before it ("By Jane Doe, legal editor", "By Jane Doe BBC News Online
 * business reporter", "By Jane Doe in Ottawa"; British and Canadian bylines, which the names-only test kept as
 * people: 3 of 40 invented articles in other house styles, session 19), or where a match report's writer sat ("By
 * Jane Doe at Bellfield Park": 1 of 42 invented articles, session 27).
 */
export const BYLINE_TAIL = new RegExp(
  String.raw`^(?:\s*(?:${WORD}|,|and|&))*?(?:\s+(?:in|at)\s+(?:${WORD}\s*){1,3}|,?(?:\s+(?:${WORD}|\p{Ll}[\p{Ll}-]*)){0,4}\s+(?:${alternatives(WRITER_NOUNS)}))\s*$`,
  "u",
);
export const ONLY_NAMES = new RegExp(String.raw`^(?:\s*(?:${WORD}|,|and|&|\||—|–|-|\/|\(|\)))*\s*$`, "u");
/** "REUTERS/Jane Doe", "AP Photo/Jane Doe": an agency, a slash, the name. */
export const AGENCY_SLASH = new Guarded(
  quick(String.raw`${OUTLETS}\s*\/\s*$`),
  new RegExp(
    String.raw`(?:^|[\s(])(?:${alternatives([...CREDIT_AGENCIES, ...CREDIT_OUTLETS])})\s*\/\s*$`,
    "u",
  ),
  "/",
);
/**
 * An agency's or outlet's name right before a credit's slash, where the line's text before the slash ends
 * ("THE CANADIAN PRESS" of "THE CANADIAN PRESS/Jane Doe"): group 1 is the name.
 */
export const AGENCY_BEFORE_SLASH = new RegExp(
  String.raw`(?:^|[\s(])((?:${alternatives([...CREDIT_AGENCIES, ...CREDIT_OUTLETS])}))\s*$`,
  "du",
);
/**
 * "Jane Doe / The Canadian Press", "Jane Doe/Reuters", "(Jane Doe/CBC)" (a caption's photo credit, agency or
 * outlet), "Jane Doe (File Photo)", "Jane Doe, Staff Writer", "Jane Doe | Staff Writer".
 */
export const CLOSED = new Guarded(
  quick(String.raw`\/\s*${OUTLETS}|[(,–—|·-]\s*${anyOf(CREDIT_CLOSERS)}`),
  new RegExp(
    String.raw`^(?:\s*${WORD})*\s*(?:\/\s*(?:${alternatives([...CREDIT_AGENCIES, ...CREDIT_OUTLETS])})\b|[(,–—|·-]\s*(?:${alternatives(CREDIT_CLOSERS)})\b)`,
    "u",
  ),
);
/**
 * "Jane Doe and John Roe contributed reporting.", "Jane Doe in Toronto contributed to this report.": names (and
 * where each wrote from), then the tail, ending the line.
 */
export const CONTRIBUTED = new Guarded(
  quick(anyOf(CREDIT_TAILS), ""),
  new RegExp(
    String.raw`^(?:\s*(?:${WORD}|,|and|&|in))*\s+(?:${CREDIT_TAILS.map(escapeRegExp).join("|")})[\s.]*$`,
    "u",
  ),
);
const WRITERS = WRITER_NOUNS.map(escapeRegExp).join("|");
/** Before contributed names: "Associated Press writer(s)" and other names (with places) of the same credit. */
export const WRITERS_BEFORE = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+)(?:${WORD}\s+)*(?:${WRITERS})\s+(?:${WORD}\s*|,\s*|and\s+|&\s*|in\s+)*$`,
  "u",
);
const AGENCIES_AND_OUTLETS = alternatives([...CREDIT_AGENCIES, ...CREDIT_OUTLETS]);
/**
 * A name line closed by an outlet: "Jane Doe | Reuters", "Jane Doe · CBC News · Posted: ...", "— Jane Doe, The
 * Canadian Press" (the line ends there), "Jane Doe for The Washington Post" (a caption's credit).
 */
export const OUTLET_AFTER = new Guarded(
  quick(String.raw`(?:[|·•,]|\sfor\s)\s*${OUTLETS}\b`),
  new RegExp(
    String.raw`^(?:\s*${WORD})*\s*(?:[|·•]\s*(?:${AGENCIES_AND_OUTLETS})\b|,\s*(?:${AGENCIES_AND_OUTLETS})\s*$|\s+for\s+(?:${AGENCIES_AND_OUTLETS})\s*\)?\s*$)`,
    "u",
  ),
);
/** The line after a name line is an agency or outlet alone ("Jane Doe\nThe Canadian Press\nPublished ..."). */
export const OUTLET_LINE = new Guarded(
  quick(String.raw`^\s*\n\s*${OUTLETS}\s*(?:\n|$)`),
  new RegExp(String.raw`^\s*\n\s*(?:${AGENCIES_AND_OUTLETS})\s*(?:\n|$)`, "u"),
  "\n",
);
/** "Jane Doe is a reporter for CBC News.": a writer's line at the story's end. */
export const WRITER_BIO = new Guarded(
  quick(String.raw`^\s+is\s+(?:an?|the)\s[^]*${anyOf(WRITER_NOUNS)}`, ""),
  new RegExp(
    String.raw`^\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${WRITERS})(?:\s+(?:for|at|with|of|covering|based)\s|\.\s*$)`,
    "u",
  ),
);
/**
 * A caption's photo credit in parentheses ending its line, with any outlet's name after the slash ("… on Monday.
 * (Jane Doe/The Dispatch)"): the parenthesis opens right before the name.
 */
export const PAREN_CREDIT = new Guarded(
  quick(String.raw`\/[^/]*\)\s*$`, ""),
  new RegExp(String.raw`^(?:\s*${WORD})*\s*\/\s*(?:${WORD}\s*){1,5}\)\s*$`, "u"),
  "/",
);
/**
 * A caption's photo credit in parentheses ending its line, an outlet or a label and a colon before the names ("…
 * near Taree. (ABC News: Jane Doe)", "(Supplied: Jane Doe)", "(AAP: Jane Doe)": the Australian broadcaster's
 * style, whose outlets are its many local stations): what comes before the name, from the parenthesis on.
 * Invented probe (session 38, ABC bushfire copy): the photographer listed as a person.
 */
export const LABELLED_PAREN_BEFORE = new Guarded(
  quick(String.raw`\([^()]*:[^()]*$`, ""),
  new RegExp(String.raw`\(\s*(?:${WORD}\s+){0,3}${WORD}\s*:\s*${NAMES_BEFORE}$`, "u"),
  ":",
);
/** The rest of a parenthesized credit's line after a name: other names, the closing parenthesis, the line's end. */
export const PAREN_CLOSES_LINE = /^(?:\s*(?:[\p{Lu}][\p{L}.'’-]*(?![\p{L}.'’-])|,|and|&))*\s*\)[\s.]*$/u;
/** "Jane Doe can be reached at …": a writer's contact line. */
export const CONTACT = new Guarded(
  quick(String.raw`^\s+${anyOf(CONTACT_TAILS)}\s`),
  new RegExp(String.raw`^\s+${anyOf(CONTACT_TAILS)}\s+(?:at|by|on|via)\s`, "iu"),
);
/** "— Jane Doe (IANS)": an agency in parentheses closing a line of names. */
export const AGENCY_PAREN = new Guarded(
  quick(String.raw`\(\s*${OUTLETS}\s*\)\s*$`),
  new RegExp(String.raw`^(?:\s*${WORD})*\s*\(\s*(?:${AGENCIES_AND_OUTLETS})\s*\)\s*$`, "u"),
  "(",
);
/**
 * "Jane Doe is RTÉ's Western Correspondent.", "Jane Doe\nPolitical Correspondent": a writer's job in title case
 * after an outlet's possessive, or on the line after a name line.
 */
export const TITLED_WRITER = new Guarded(
  // Anchored as the full pattern is ("is" or a line break first): unanchored, the writers' nouns were tried at
  // every position of the 120 characters after each person mention.
  quick(String.raw`^\s*(?:\n|is\s)[^]*${anyOf(WRITER_NOUNS)}`),
  new RegExp(
    String.raw`^(?:\s+is\s+(?:an?\s+|the\s+)?\S+['’]s\s+|\s*\n\s*)(?:${WORD}\s+){0,3}(?:${alternatives(WRITER_NOUNS)})\s*(?:[.,]|\n|$)`,
    "u",
  ),
);
/**
 * "(Jane Doe / Getty Images)": the agency's first word after a credit's slash, read by the tagger as a person
 * ("Getty"), is no person either.
 */
export const AGENCY_AFTER_SLASH = new RegExp(
  String.raw`^(?:${alternatives([...CREDIT_AGENCIES, ...CREDIT_OUTLETS])})\s*[).]{0,2}\s*$`,
  "u",
);
/** The longest agency or outlet name: AGENCY_AFTER_SLASH matches no longer text before its closing marks. */
const MAX_AGENCY_CHARS = Math.max(...[...CREDIT_AGENCIES, ...CREDIT_OUTLETS].map((p) => p.length));

/**
 * AGENCY_AFTER_SLASH on `name` and the rest of its line (`after`), without joining them when the text before the
 * line's closing spaces, brackets and full stops is longer than any agency's name (most mentions at a line's start
 * run on into their sentence): the pattern's many anchored alternatives, and the joined copy, ran for every
 * mention opening a line (~0.7% of a Reuters `--jobs 1` profile).
 */
export function isAgencyAfterSlash(name: string, after: string): boolean {
  let end = after.length;
  for (; end > 0; end--) {
    const c = after.charCodeAt(end - 1);
    // Past ASCII (a space \s knows, say) the pattern decides.
    if (c >= 128) break;
    if (!(c === 32 || (c >= 9 && c <= 13) || c === 41 || c === 46)) break;
  }
  // (A line's rest of closing marks only: the name's own end may be the pattern's closing marks.)
  if (end > 0 && after.charCodeAt(end - 1) < 128 && name.length + end > MAX_AGENCY_CHARS) return false;
  return AGENCY_AFTER_SLASH.test(name + after);
}
/**
 * "Jane Doe via Getty Images.": a web page's photo credit, a line of names then "via" and an agency or outlet
 * (HuffPost's style). FIT sample (seed 20261717, 512 CNN/DM and PolNeAR documents): 8 such lines, whose
 * photographers and agencies were 15 of 4,382 listed people.
 */
export const VIA_AGENCY = new Guarded(
  quick(String.raw`\svia\s+${OUTLETS}`),
  new RegExp(String.raw`^(?:\s*${WORD})*\s+via\s+(?:${AGENCIES_AND_OUTLETS})\b`, "u"),
  // The full pattern's "via" is lower case: looked for first (the quick test tried its space at every position).
  "via",
);
/** An agency's name after a credit's slash or "via" ("Jane Doe/Getty Images.", "Jane Doe via Getty Images"). */
export const AGENCY_MARK_BEFORE = /(?:\/|\svia)\s*$/u;
/**
 * Names that open a sentence inside a line, an outlet's possessive allowed ("... his tour. CNN's Jane Doe and
 * John Roe contributed to this report."): the contributed tail then credits them as at a line's start.
 */
export const SENTENCE_NAMES = new RegExp(String.raw`[.!?]["”’)]?\s+${NAMES_BEFORE}$`, "u");
/**
 * Names right after an outlet's possessive, with no sentence's end before it ("... a video's title CNN's Jane Doe
 * contributed to this report."): a caption or a video's title runs into the credit. Session 12 FIT sample: 1
 * writer of 275 people. (Not in GUARDED_PATTERNS: the property test's credit lines hold no outlet's possessive;
 * its quick test is the full pattern's words in any case, a possessive and a space.)
 */
export const OUTLET_POSSESSIVE_NAMES = new Guarded(
  quick(String.raw`${OUTLETS}['’]s\s`),
  new RegExp(String.raw`(?:^|\s)(?:${AGENCIES_AND_OUTLETS})['’]s\s+${NAMES_BEFORE}$`, "u"),
);
/**
 * "Jane Doe reported from Boston.", "CNN's John Roe wrote from Hong Kong.": a reporter's credit closing a story
 * (CNN); the story ends soon after. "wrote from": session 12 FIT sample, 1 writer of 275 people.
 */
export const REPORTED_FROM = /^\s+(?:reported|wrote)\s+from\s+\p{Lu}/u;
export const REPORTED_FROM_TAIL_CHARS = 200;
/**
 * The second reporter of such a credit, from another place: "Jane Doe reported from Boston; Roe, from Dayton."
 * Session 13 FIT sample (seed 20261233): 1 of 212 listed people.
 */
export const REPORTED_FROM_BEFORE = /(?:reported|wrote)\s+from\s+[^;\n]{1,60};\s*$/u;
export const ALSO_FROM_AFTER = /^,\s+from\s+\p{Lu}/u;
/**
 * A letter's or a brief's signature: a full name alone in its paragraph (after a dash or not) with a full stop, not
 * the document's first line, and the name written nowhere else ("... and that is all I ask.\n\nJane
 * Doe.\n\nDover, Del."). PolNeAR and
 * CNN/DailyMail samples: 13 letter-writers in 120 articles, no person in the news.
 */
export function isSignature(
  text: string,
  mention: Pick<Mention, "start" | "end">,
  lines?: TextLines,
): boolean {
  // A paragraph of its own, not the text's first (a wire's hard-wrapped line may hold just a name).
  const paragraph = ownParagraph(text, mention.start, mention.end, lines);
  // A brief's writer signs after a dash ("- Jane Doe."): FIT sample (session 11), a newspaper's last brief.
  if (
    paragraph === null ||
    paragraph.start < 2 ||
    !/^[-–—]?$/u.test(text.slice(paragraph.start, mention.start).trim())
  )
    return false;
  const after = text.slice(mention.end, paragraph.end);
  const name = text.slice(mention.start, mention.end);
  // A full name and a full stop: GUM's letters and transcripts sign and name speakers without one ("Zora",
  // "Sincerely,\nJames Ardell"), and GUM counts them (9 right people lost when the stop was optional).
  if (!/^\.\s*$/.test(after) || !/\s/.test(name)) return false;
  return text.indexOf(name) === mention.start && text.indexOf(name, mention.end) < 0;
}
/** "Follow Jane Doe on Twitter". */
export const FOLLOW_BEFORE = new Guarded(
  quick(anyOf(FOLLOW_OPENERS)),
  new RegExp(String.raw`(?:^|[\s"“])(?:${capitalized(FOLLOW_OPENERS)})\s+${NAMES_BEFORE}$`, "u"),
);
export const FOLLOW_AFTER = new RegExp(
  String.raw`^(?:\s*${WORD})*\s+(?:${FOLLOW_CLOSERS.map(escapeRegExp).join("|")})\b`,
  "iu",
);
/**
 * A press release's contact block: the name on a heading's line ("For further information: Jane Doe, …") or on
 * one of the two lines after a heading alone on its line ("Media Contact:\nJane Doe\npress@example.com").
 */
export const CONTACT_HEADING = new Guarded(
  quick(String.raw`(?:contact|information|inquiries|enquiries)s?\s*:`),
  new RegExp(
    String.raw`(?:^|\n)[ \t]*(?:${alternatives(CONTACT_HEADINGS)})[ \t]*:(?:[^\n]*|[ \t]*\n[^\n]*(?:\n[^\n]*)?)$`,
    "u",
  ),
  ":",
);
export const CONTACT_BLOCK_CHARS = 160;

/** The guarded patterns, for tests: each full pattern's matches must all match its quick test. */
export const GUARDED_PATTERNS: Readonly<Record<string, Guarded>> = {
  OPENED,
  BYLINE,
  AGENCY_SLASH,
  CLOSED,
  CONTRIBUTED,
  OUTLET_AFTER,
  OUTLET_LINE,
  WRITER_BIO,
  PAREN_CREDIT,
  LABELLED_PAREN_BEFORE,
  CONTACT,
  CONTACT_HEADING,
  AGENCY_PAREN,
  TITLED_WRITER,
  FOLLOW_BEFORE,
  VIA_AGENCY,
};
