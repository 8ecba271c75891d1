/**
 * A name that opens, closes, ships or recalls its stores, plants or vehicles by the count is a firm, in every
 * untitled mention: "Brennan will open 40 new stores", "Halvorsen shipped a million handsets", "Orvane is to close
 * two plants" (lexicon/employer-contexts.ts HOLDING_COUNT_VERBS, COUNTED_HOLDINGS). Business news names many firms
 * with no clue but what they do (note20 "firms with no clue in the document"); a person rarely does this with a
 * count. The name is no person's by its words (firm-possessions.ts' test: no known first name first, no word of a
 * longer person's name of the document: "Dana Whitlow will close two plants" stays a chief executive), and a marked
 * mention keeps a person's (person-marks.ts). Invented business and tech texts: 3 of 3 such firms listed as
 * people at 424e972. Read in place after each untitled person (a sticky regex that fails at the first word for
 * most): a document-wide test for the nouns cost four times more. Reuters bench: see the commit.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { COUNTED_HOLDINGS, HOLDING_COUNT_VERBS } from "../../lexicon/employer-contexts.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";
import { isWordOfLongerPerson, withRetypedFirms } from "./retyped-organizations.js";

/** Up to three auxiliary or adverb words ("will", "is to", "has already"), then the verb. */
const AUXILIARIES = String.raw`(?:\s+(?:will|would|is|are|was|has|had|to|plans|planned|also|now|already|then|recently|set|be))`;
/** A count: a figure, a number word, "a million", "dozens of", after "up to", "about", "another". */
const COUNT = String.raw`(?:(?:up\s+to|about|some|more\s+than|nearly|almost|another|a\s+further|over|its|all)\s+)?(?:[\d][\d,.]*|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds|thousands|dozens|several)(?:\s+(?:hundred|thousand|million|mln|m|billion|bn|dozen))?(?:\s+of)?`;
const COUNT_AFTER = new RegExp(
  String.raw`${AUXILIARIES}{0,3}\s+${anyOf([...HOLDING_COUNT_VERBS])}\s+${COUNT}\s+(?:(?:new|more|extra|further|additional|of\s+its|[a-z]+-[a-z]+)\s+)?${anyOf([...COUNTED_HOLDINGS])}\b`,
  "uy",
);

function countsHoldings(text: string, m: Mention, mentions: readonly Mention[]): boolean {
  const space = text.charCodeAt(m.end);
  if (space !== 32 && space !== 10) return false;
  COUNT_AFTER.lastIndex = m.end;
  if (!COUNT_AFTER.test(text)) return false;
  if (isKnownFirstName(m.text.split(/\s/, 1)[0] as string)) return false;
  return !isWordOfLongerPerson(m, mentions);
}

/** The mentions, in place, with each person that counts a firm's holdings, and its namesakes, organizations. */
export function withFirmCounts(text: string, mentions: Mention[]): Mention[] {
  return withRetypedFirms(text, mentions, (t, m) => countsHoldings(t, m, mentions));
}
