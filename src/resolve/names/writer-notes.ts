/**
 * The writer's note that closes a local paper's story, which the credit patterns (credit-patterns.ts) did not read
 * (session 27; a probe of 42 invented 2018-19 North American and 2004-05 British articles: 9 of the 52 wrong
 * people listed at BASE were the story's own writers or photographers, all in these lines):
 * - a name and its contact at once: "Jane Doe: jdoe@example.com; Twitter: @jdoe", "Jane Doe • 612-555-0190";
 * - the writer's beat and how to reach the writer: "Jane Doe covers courts for the Register. Reach her at ..." (the
 *   beat's names too: "covers Millbrook and Clay County");
 * - a writer's note as the story's last lines: "Jane Doe is a freelance writer in Bozeman.";
 * - "Jane Doe's column runs every Sunday.";
 * - "Staff writer Jane Doe contributed from Easton.";
 * - a caption's credit after its sentence on a "Photo:" line: "Photo: The band plays on. Jane Doe/Metro";
 * - a writer's beat and job as a line of their own under the byline ("Theatre Critic"): the beat is no person.
 * A person in the news is named in a sentence, not beside an email address, a phone number or a reach-me line.
 */
import { CREDIT_OPENERS, WRITER_NOUNS } from "../../lexicon/credit-lines.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import type { TextLines } from "../../text/lines.js";
import type { Mention } from "../../types.js";
import { CREDIT_NAME_WORD, capitalized } from "./credit-pattern-kit.js";

const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** "612-555-0190", "555-0142", "425.555.0177", "(612) 555-0190", "020 7555 0119" (a British number's groups). */
const PHONE = String.raw`(?:\(?\d{3}\)?[-. ]?)?\d{3}[-.]\d{4}\b|\b0\d{2,4} \d{3,4} \d{3,4}\b`;
/** Right after the name: a colon, bullet, bar or comma, then an email address or phone number. */
const CONTACT_AT_ONCE = new RegExp(String.raw`^\s*[:•|·,–—]\s*(?:${EMAIL}|${PHONE})`, "u");
/** A sentence telling how to reach or follow the writer ("Reach him at", "Follow her on Twitter"). */
const REACH = String.raw`(?:Reach|Contact|Email|E-mail|Follow|Call|Write to)\s+(?:him|her|them)\b`;
/** A whole line of a writer's name, beat and reach-me sentence: the beat's places are no people ("covers Millbrook"). */
const BEAT_LINE = new RegExp(
  String.raw`^[\s—–-]*(?:${CREDIT_NAME_WORD}\s+)+(?:covers|writes about|reports on)\s[^\n.!?]{1,100}[.!]\s+${REACH}`,
  "u",
);
const BEAT_VERB = / (?:covers|writes about|reports on) /;
const WRITERS = WRITER_NOUNS.map(escapeRegExp).join("|");
/** "is a business reporter. Follow her on Twitter": a writer's note, then the reach-me sentence. */
const WRITER_THEN_REACH = new RegExp(
  String.raw`^\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${WRITERS})\b[^\n.!?]{0,60}[.!]\s+${REACH}`,
  "u",
);
/** "is a freelance writer in Bozeman.": a writer's note, asked only of the story's last lines. */
const WRITER_NOTE = new RegExp(
  String.raw`^\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}(?:${WRITERS})\b[^\n.!?]{0,60}\.\s*$`,
  "u",
);
/** "'s column runs every Sunday.", "'s column appears Tuesdays". */
const COLUMN_RUNS = /^['’]s\s+(?:column|blog|newsletter)\s+(?:runs|appears)\b/u;
/** "contributed from Easton.": a colleague's credit and where the colleague wrote from. */
const CONTRIBUTED_FROM = /^\s+contributed\s+from\s+\p{Lu}/u;
/** Before the name: the line's start, or a sentence's end on it ("Star Tribune. Jane Doe • 612-555-0190"), and names. */
const LINE_OR_SENTENCE_START = new RegExp(
  String.raw`(?:^|[.!?]["”’)]?\s+)[\s—–-]*(?:${CREDIT_NAME_WORD}\s+)*$`,
  "u",
);
const NAMES_ONLY_BEFORE = new RegExp(String.raw`^[\s—–-]*(?:${CREDIT_NAME_WORD}\s+)*$`, "u");
const WRITER_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${WRITERS})\s+$`, "iu");
/** A caption's line: a photo label opens it ("Photo:", "Photos:", "Image:"). */
const CAPTION_LINE = new RegExp(
  String.raw`^\s*(?:${CREDIT_OPENERS.filter((o) => o.endsWith(":"))
    .map(escapeRegExp)
    .join("|")})`,
  "iu",
);
/** "Jane Doe/Metro" ending a caption's line after its sentence. */
const SLASH_OUTLET_ENDS_LINE = new RegExp(String.raw`^\s*\/\s*(?:${CREDIT_NAME_WORD}\s*){1,4}\.?\s*$`, "u");
const AFTER_SENTENCE = /[.!?]["”’)]?\s+$/u;
/** The rest of a line of a beat and a writer's job, capitalized: "(Theatre) Critic", "(Health) Correspondent". */
const JOB_ENDS_LINE = new RegExp(String.raw`^\s+(?:${capitalized(WRITER_NOUNS)})\s*$`, "u");

/** The story's last lines where a writer's note without a reach-me sentence is read (a note, a copyright line). */
const LAST_LINES = 3;

/** Whether the person mention is the story's writer or photographer in one of the notes above. */
export function isWriterNote(
  text: string,
  mention: Pick<Mention, "start" | "end">,
  lines: TextLines,
): boolean {
  const lineStart = lines.startOf(mention.start);
  const lineBreak = lines.breakFrom(mention.end);
  const lineEnd = lineBreak < 0 ? text.length : lineBreak;
  // A note is a short line: a long one is prose (and is not sliced for every person in it).
  if (lineEnd - lineStart > 300) return false;
  const before = text.slice(lineStart, mention.start);
  const after = text.slice(mention.end, lineEnd);
  const line = text.slice(lineStart, lineEnd);
  // (The cheap test first: most lines hold none of the beat's verbs.)
  if (BEAT_VERB.test(line) && BEAT_LINE.test(line)) return true;
  if (CONTACT_AT_ONCE.test(after)) return LINE_OR_SENTENCE_START.test(before);
  if (CAPTION_LINE.test(before) && AFTER_SENTENCE.test(before)) return SLASH_OUTLET_ENDS_LINE.test(after);
  if (CONTRIBUTED_FROM.test(after)) return NAMES_ONLY_BEFORE.test(before) || WRITER_BEFORE.test(before);
  if (!NAMES_ONLY_BEFORE.test(before)) return false;
  if (before.trim() === "" && JOB_ENDS_LINE.test(after)) return true;
  if (WRITER_THEN_REACH.test(after) || COLUMN_RUNS.test(after)) return true;
  return WRITER_NOTE.test(after) && isAmongLastLines(text, lineEnd);
}

/** Whether no more than LAST_LINES - 1 non-empty lines follow `lineEnd`. */
function isAmongLastLines(text: string, lineEnd: number): boolean {
  return (
    text
      .slice(lineEnd)
      .split("\n")
      .filter((l) => l.trim() !== "").length < LAST_LINES
  );
}
