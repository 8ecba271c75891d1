/**
 * A one-word name that says "it" or "its" of itself is a firm (or a body), in every untitled mention: "Zorvex said
 * its profits rose", "Kelbrand says it will cut 1,000 jobs" (the test: extract/entities/firm-speech.ts, which the
 * tagger's spans read too for a name it left out). Business and technology news name firms the gazetteer does not
 * know with one invented word, and the tagger reads it as a surname (issue 11: companies listed as people;
 * invented texts at 6543c17: a firm that speaks of itself listed as a person in 2 of 8 shapes, the others being
 * read by the firm rules before). News names a person in full before the surname alone, so only a one-word name
 * that no first-name list knows and no longer person's name of the document holds is read (isLoneUnknownName),
 * nor a marked mention (a title, an age: person-marks.ts). Part of the per-document naming (index.ts). Invented
 * rows in tests/people-firm-statements.test.ts.
 */

import { saysItOfItself as saysItAt } from "../../extract/entities/firm-speech.js";
import { gazetteer, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";
import { isLoneUnknownName, isWordOfLongerPerson, withRetypedFirms } from "./retyped-organizations.js";

/** Whether the words right after `m` say "it"/"its" of the name (firm-speech.ts). */
export function saysItOfItself(text: string, m: Mention): boolean {
  return saysItAt(text, m.end);
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

/**
 * Right after the name (in place): "'s" and a verb no contraction of "is" or "has" takes ("Wendy's said",
 * "Wendy's declined to comment", "Dreyer's did not say"): the "'s" is the firm's name's own, no possessive (a
 * possessive takes a noun), and a name spelled so is a firm's, known first name or not. Not "will", "has",
 * "posted" or "plans", nouns or a contraction's too ("Hilton's will", "Marathon's posted prices"), nor "said to"
 * ("Wendy's said to be"), nor a word of a longer person's name ("has said"). Reuters bench: of "<Name>'s" before a verb, the firms were already read as such; the
 * invented probe (s29) listed a burger chain as a person.
 */
const NAMED_WITH_S_AFTER =
  /['’]s\s+(?:said(?!\s+to\b)|says|did|does|would|declined|agreed|announced|confirmed|added)\s/uy;

function isNamedWithS(text: string, m: Mention): boolean {
  const mark = text.charCodeAt(m.end);
  if (mark !== 39 && mark !== 0x2019) return false;
  NAMED_WITH_S_AFTER.lastIndex = m.end;
  return NAMED_WITH_S_AFTER.test(text);
}

/**
 * The mentions, in place, with each one-word person that says "it"/"its" of itself, or whose name is spelled with
 * its "'s" (isNamedWithS), and its namesakes, organizations.
 */
export function withFirmStatements(text: string, mentions: Mention[]): Mention[] {
  // "Shelby's said she would" beside "Shelby Morgan" is "has said": a word of a longer person's name stays hers.
  withRetypedFirms(text, mentions, (t, m) => isNamedWithS(t, m) && !isWordOfLongerPerson(m, mentions));
  return withRetypedFirms(
    text,
    mentions,
    (t, m) =>
      !m.text.includes(" ") &&
      // A dictionary word alone is a cut name ("Data" + "General"; "Patent Office has allowed its patent"): the
      // one-word persons' pass drops it, and as an organization it would stay (Reuters bench: 1 such name, as in
      // firm-results.ts). Saying "it" of itself, a rarer one than the common words is a firm's name as often
      // ("SUDBURY — Kestrel said it would cut 40 jobs": invented probe, s29).
      (saysItOfItself(t, m)
        ? !gazetteer().commonWords.has(m.text.toLowerCase())
        : doesItsOwnDeed(t, m) && !gazetteer().ordinaryWords.has(m.text.toLowerCase())) &&
      isLoneUnknownName(m, mentions),
  );
}
