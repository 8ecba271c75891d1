/**
 * A name right after a firm's bare noun is that company in every mention: "drugmaker Halvorsen said", "its
 * subsidiary Corvell", "car maker Tessaro" (lexicon/firm-nouns.ts). "company" and "firm" right after an article
 * may open a relative clause whose subject is a person ("a company Dana Whitlow founded", "the firm Whitlow
 * runs"): there the name must end its phrase. A name led by a known first name must end its phrase too (a
 * founder's namesake firm: "subsidiary Adam Kessel, which"). Brief's kind "firms named after founders"; Reuters
 * annotate: see the commit.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { ARTICLES } from "../../lexicon/clause-words.js";
import { FIRM_NOUNS, FIRM_PRODUCTS, RELATIVE_CLAUSE_NOUNS } from "../../lexicon/firm-nouns.js";
import { isLowerCode, isSpaceCode, runStartBefore } from "../../text/runs.js";
import type { Mention } from "../../types.js";
import { withRetypedOrganizations } from "./retyped-organizations.js";

/** The two words before the name, the second of them the noun: "(group) (Veldkamp)", "(car) (maker)". */
const WORDS_BEFORE = /(?:^|[^\p{L}-])([\p{L}'’-]+)\s+([\p{Ll}-]+)\s$/u;
const CAPITALIZED_AFTER = /^\s+\p{Lu}/u;
/** The name ends its phrase: punctuation after it. */
const PHRASE_ENDS = /^\s*[,.;:)!?]/u;

const isLowerOrHyphenCode = (c: number): boolean => c === 45 || isLowerCode(c);

/**
 * Whether the word before the space before `at` may be WORDS_BEFORE's noun: a firm's noun or "maker". Read back
 * before the regex and its slice, which ran for every untitled person mention (0.25% of a cold --jobs 1 profile).
 */
function mayFollowFirmNoun(text: string, at: number): boolean {
  if (at === 0 || !isSpaceCode(text.charCodeAt(at - 1))) return false;
  const noun = text.slice(runStartBefore(text, at - 1, Math.max(0, at - 50), isLowerOrHyphenCode), at - 1);
  return noun === "maker" || FIRM_NOUNS.has(noun);
}

function isAfterFirmNoun(text: string, m: Mention): boolean {
  if (!mayFollowFirmNoun(text, m.start)) return false;
  const match = WORDS_BEFORE.exec(text.slice(Math.max(0, m.start - 50), m.start));
  if (match === null) return false;
  const before = (match[1] as string).toLowerCase();
  const noun = match[2] as string;
  const isFirm = FIRM_NOUNS.has(noun) || (noun === "maker" && FIRM_PRODUCTS.has(before));
  if (!isFirm) return false;
  const ends = PHRASE_ENDS.test(text.slice(m.end, m.end + 3));
  if (ends) return true;
  if (ARTICLES.has(before) && RELATIVE_CLAUSE_NOUNS.has(noun)) return false;
  const first = m.text.split(/\s+/)[0] as string;
  // A first name cut from its surname ("company Dana⏎Whitlow Corp") names the founder's firm, not this one word.
  if (!/\s/.test(m.text))
    return !(isKnownFirstName(first) && CAPITALIZED_AFTER.test(text.slice(m.end, m.end + 3)));
  return !isKnownFirstName(first);
}

/** The mentions with the persons a firm's bare noun introduces retyped as organizations, in place. */
export function withFirmNouns(text: string, mentions: Mention[]): Mention[] {
  return withRetypedOrganizations(text, mentions, isAfterFirmNoun);
}
