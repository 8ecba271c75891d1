/**
 * A name that runs a poll or a survey is a firm, in every untitled mention: "a poll by X for the Herald", "a survey
 * carried out by X for the council", "a new X poll", "the latest X survey". Pollsters are named like people (a
 * founder's name, two surnames) and news of every country quotes them with no other clue; a person "runs" a poll
 * for no paper, and a person's name before "poll" is a campaign's ("an internal Whitlow poll"): such a one-word
 * name is a word of a longer person's name in the document, and stays. A marked mention keeps a person's
 * (person-marks.ts: "Lord X", an age, "who"). An unread CNN/DM dev document listed a polling firm as a person
 * ("a poll by X for Y"); invented texts: 3 of 3 such pollsters listed as people at 424e972. Read in place at
 * the name's two ends, no document-wide test (an includes() of "poll" and "survey" cost more than the reads).
 */
import type { Mention } from "../../types.js";
import { isWordOfLongerPerson, withRetypedFirms } from "./retyped-organizations.js";

/** "poll by ", "survey conducted by ", "opinion polls carried out by " right before the name. */
const POLL_BY_BEFORE =
  /\b(?:poll|polls|survey|surveys)\s+(?:(?:conducted|carried\s+out|commissioned)\s+)?by\s+$/u;
/** What the poll was for, right after the name: "for the Herald", "for BBC Scotland"; read in place. */
const FOR_AFTER = /\s+for\s+\S/uy;
/** A determiner or a time's adjective right before the name, then "poll"/"survey" right after it (in place). */
const MODIFIER_BEFORE = /(?:^|[^\p{L}])(?:a|an|the|new|latest|recent|last|its|their)\s+$/u;
const POLL_AFTER = /\s+(?:poll|polls|survey|surveys|opinion\s+poll)\b/uy;

function runsPoll(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  // The cheap tests first, in place: "by " right before the name, or "poll"/"survey" right after it.
  if (text.startsWith("by ", m.start - 3)) {
    if (!POLL_BY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start))) return false;
    FOR_AFTER.lastIndex = m.end;
    return FOR_AFTER.test(text);
  }
  POLL_AFTER.lastIndex = m.end;
  if (!POLL_AFTER.test(text) || !MODIFIER_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start)))
    return false;
  if (m.text.includes(" ")) return true;
  return !isWordOfLongerPerson(m, mentions);
}

/** The mentions, in place, with each person that runs a poll, and its namesakes, organizations. */
export function withPollsters(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, (t, m) => runsPoll(t, m, mentions));
}
