/**
 * A British police rank in capitals before an officer's name ("PC Janet Brill", "DC Tom Harrow"), which the tagger
 * (1996 Reuters, where "PC" is a computer firm's word) reads with the name as a firm, often cut before the surname
 * ("[PC Janet] Brill"): the name after the letters is a person. Only before a known first name and a surname
 * (lexicon POLICE_RANK_LETTERS: "PC Zentrix", "DC United" stay). Invented battery (FIT, session 22): 4 of 4 such
 * ranks read as firms ("WPC", "DS" too); none in Reuters' or CHECK's officers' names.
 */
import { POLICE_RANK_LETTERS } from "../../lexicon/person-titles.js";
import type { Token } from "../../types.js";
import { isNamedAfterCalling } from "./calling-names.js";
import { isKnownFirstName } from "./first-name.js";
import type { Gazetteer } from "./gazetteer.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

const TITLE_CASED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;

/** The spans with an officer's name after the rank's letters read as a person's. */
export function rankLetterSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  segmentEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  return replaceSpans(spans, (span, s) => {
    const rank = tokens[span.first] as Token;
    if (!POLICE_RANK_LETTERS.has(rank.text) || span.end - span.first < 2) return null;
    const given = tokens[span.first + 1] as Token;
    if (given.start !== rank.end + 1 || !isKnownFirstName(given.text)) return null;
    let end = span.end;
    // "[PC Janet] Brill": the surname the tagger left out, one space on, in no span of its own.
    if (end - span.first === 2) {
      const surname = tokens[end];
      if (
        end >= segmentEnd ||
        surname === undefined ||
        surname.start !== given.end + 1 ||
        !TITLE_CASED.test(surname.text) ||
        (spans[s + 1]?.first ?? segmentEnd) <= end
      )
        return null;
      end++;
    }
    if (!isNamedAfterCalling(tokens, span.first + 1, end, gaz)) return null;
    return { spans: [{ label: "PER", first: span.first + 1, end }], last: s };
  });
}
