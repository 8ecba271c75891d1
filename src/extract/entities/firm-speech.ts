/**
 * A name that says "it" or "its" of itself is a firm (or a body): "Zorvex said its profits rose", "Vexa said it
 * had signed deals with four labels", "Kelbrand says it will cut 1,000 jobs", "Norcliff said Tuesday it will shut
 * its mill". One test read at a name's end, by the tagger's spans' rule for a name it left out
 * (lone-name-speakers.ts) and by the naming rule for a name it read as a person (resolve/names/firm-statements.ts).
 * A person says "it" of a thing: "it will", "it had" are read only before a verb, not "be", "have", "been", "to",
 * "no", "not", also after an adverb ("Whitlow said it would be hard", "it had to stop", "it would still be
 * possible": a minister, Reuters bench), nor "was"/"is".
 */
import { WEEKDAYS } from "../../lexicon/attribution-phrases.js";
import { BASED_FIRM_NOUNS, FIRM_NOUNS } from "../../lexicon/firm-nouns.js";
import { anyOf } from "../../text/escape-regexp.js";

/** An adverb between a modal and its verb: "it would still be". */
const ADVERB = String.raw`(?:(?:still|also|now|then|probably|certainly|never|only|just|soon)\s+)?`;

/** A weekday as US and Canadian news date a statement, with no "on" ("said Tuesday it will"). */
const WEEKDAY = anyOf([...WEEKDAYS].map((day) => `${(day[0] as string).toUpperCase()}${day.slice(1)}`));

/**
 * Right after the name (in place): "said"/"says"/"announced", an optional time or "in a statement", an optional
 * "that", then "its" or "it" and a firm's verb: not "would be", "will have", "had been", "has to", "had no" (a
 * person's view of a thing).
 */
const SAYS_IT_AFTER = new RegExp(
  String.raw`\s+(?:said|says|announced)\s+(?:(?:on|late\s+on)\s+\p{Lu}\p{Ll}+\s+|${WEEKDAY}\s+|in\s+a\s+statement\s+|last\s+(?:week|month)\s+|today\s+|yesterday\s+)?(?:that\s+)?(?:its\s+|it\s+(?:(?:would|will)\s+(?!${ADVERB}(?:be|have|not)\b)|(?:had|has)\s+(?!${ADVERB}(?:been|to|not|no)\b)|(?:plans|planned|intends|intended|expects|expected|aims|agreed|bought|sold|acquired|signed|filed|received)\s+))\p{L}`,
  "uy",
);

/**
 * An apposition that calls the name a firm, between it and its verb ("Lumora, a Montreal-based startup, said it
 * would"): a firm's noun last (FIRM_NOUNS, BASED_FIRM_NOUNS), at most five words before it, on one line.
 */
const FIRM_APPOSITION = /,[ \t]+(?:a|an|the)[ \t]+(?:[\p{L}\d'’-]+[ \t]+){0,5}([\p{Ll}-]+),/uy;

/** Whether the words right after a name ending at `end` say "it"/"its" of the name. */
export function saysItOfItself(text: string, end: number): boolean {
  if (text.charCodeAt(end) === 44) {
    FIRM_APPOSITION.lastIndex = end;
    const apposition = FIRM_APPOSITION.exec(text);
    const noun = apposition?.[1];
    if (noun === undefined || !(FIRM_NOUNS.has(noun) || BASED_FIRM_NOUNS.has(noun))) return false;
    return saysItOfItself(text, end + (apposition as RegExpExecArray)[0].length);
  }
  // The cheap test first: a space and an "s" or an "a" right after the name.
  if (text.charCodeAt(end) !== 32) return false;
  const verb = text.charCodeAt(end + 1);
  if (verb !== 115 && verb !== 97) return false;
  SAYS_IT_AFTER.lastIndex = end;
  return SAYS_IT_AFTER.test(text);
}
