/**
 * A one-word name that says "it" or "its" of itself is a firm (or a body), in every untitled mention: "Zorvex said
 * its profits rose", "Vexa said it had signed deals with four labels", "Kelbrand says it will cut 1,000 jobs".
 * Business and technology news name firms the gazetteer does not know with one invented word, and the tagger
 * reads it as a surname (issue 11: companies listed as people; invented texts at 6543c17: a firm that speaks of
 * itself listed as a person in 2 of 8 shapes, the others being read by the firm rules before). A person says
 * "it" of a thing: "it will", "it had" are read only before a verb, not "be", "have", "been", "to", "no", "not",
 * also after an adverb ("Whitlow said it would be hard", "it had to stop", "it would still be possible": a minister,
 * Reuters bench), nor "was"/"is"; and news names a person in full before the surname
 * alone, so only a one-word name that no first-name list knows and no longer person's name of the document holds
 * is read (isLoneUnknownName), nor a marked mention (a title, an age: person-marks.ts). Part of the per-document
 * naming (index.ts). Invented rows in tests/people-firm-statements.test.ts.
 */
import { gazetteer, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";
import { isLoneUnknownName, withRetypedFirms } from "./retyped-organizations.js";

/** An adverb between a modal and its verb: "it would still be". */
const ADVERB = String.raw`(?:(?:still|also|now|then|probably|certainly|never|only|just|soon)\s+)?`;

/**
 * Right after the name (in place): "said"/"says", an optional time or "in a statement", an optional "that", then
 * "its" or "it" and a firm's verb: not "would be", "will have", "had been", "has to", "had no" (a person's view of a thing).
 */
const SAYS_IT_AFTER = new RegExp(
  String.raw`\s+(?:said|says)\s+(?:(?:on|late\s+on)\s+\p{Lu}\p{Ll}+\s+|in\s+a\s+statement\s+|last\s+(?:week|month)\s+|today\s+|yesterday\s+)?(?:that\s+)?(?:its\s+|it\s+(?:(?:would|will)\s+(?!${ADVERB}(?:be|have|not)\b)|(?:had|has)\s+(?!${ADVERB}(?:been|to|not|no)\b)|(?:plans|planned|intends|intended|expects|expected|aims|agreed|bought|sold|acquired|signed|filed|received)\s+))\p{L}`,
  "uy",
);

/** Whether the words right after `m` say "it"/"its" of the name. */
export function saysItOfItself(text: string, m: Mention): boolean {
  // The cheap test first: a space and an "s" right after the name.
  if (text.charCodeAt(m.end) !== 32 || text.charCodeAt(m.end + 1) !== 115) return false;
  SAYS_IT_AFTER.lastIndex = m.end;
  return SAYS_IT_AFTER.test(text);
}

/**
 * Right after the name (in place): a verb with its regular ending, "has"/"had" before it allowed, then "its" and
 * a word: "Zorvex doubled its dividend", "Vexa launched its new phone", "Kelbrand has unveiled its plan",
 * "Vexa expects its sales". A person's deeds take "his"/"her"/"their"; not "was its" or "is its" ("Whitlow was
 * its founder"), nor "says its", read above (session 25: invented texts at 6aeed11 left 2 of 4 such firms people).
 */
const VERB_ITS_AFTER =
  /\s+(?:(?:has|had)\s+)?(?!(?:was|is|has|does|says|as)\s)\p{Ll}{2,}(?:ed|s)\s+its\s+\p{L}/uy;
/** The words before a name that make it no subject: a preposition ("the cabinet of X ended its session"). */
const GOVERNED_BEFORE = /(?:^|[^\p{L}])(?:of|by|with|to|for|from|at|on|in|under|against)\s+$/u;

/** Whether the name is the subject of a verb whose object is "its" (VERB_ITS_AFTER). */
function doesItsOwnDeed(text: string, m: Mention): boolean {
  // The cheap test first: a space and a lower-case letter right after the name.
  if (text.charCodeAt(m.end) !== 32 || !/\p{Ll}/u.test(text.charAt(m.end + 1))) return false;
  VERB_ITS_AFTER.lastIndex = m.end;
  return (
    VERB_ITS_AFTER.test(text) &&
    !GOVERNED_BEFORE.test(text.slice(Math.max(0, m.start - 10), m.start)) &&
    // A country does its own deeds too ("Peru expects its catch to grow"): a name the tagger read as a person
    // there and the document settles as a country (Reuters bench: one country, on the first diff of this rule). A
    // place the gazetteer knows is left to that.
    (wordKind(m.text) & PLACE_KINDS) === 0
  );
}

/** The mentions, in place, with each one-word person that says "it"/"its" of itself, and its namesakes, organizations. */
export function withFirmStatements(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(
    text,
    mentions,
    (t, m) =>
      !m.text.includes(" ") &&
      (saysItOfItself(t, m) || doesItsOwnDeed(t, m)) &&
      // A dictionary word alone is a cut name ("Data" + "General"): the one-word persons' pass drops it, and as
      // an organization it would stay (Reuters bench: 1 such name, as in firm-results.ts).
      !gazetteer().ordinaryWords.has(m.text.toLowerCase()) &&
      isLoneUnknownName(m, mentions),
  );
}
