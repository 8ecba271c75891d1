/**
 * A name that modifies a market job is the employer, in every mention: "said Corvan Pratley analyst Tom Ruddock",
 * "Corvan Pratley chief economist Lee Okafor said", "a Corvan Pratley analyst said". The jobs are the market's
 * and firms' (lexicon/employer-contexts.ts FIRM_JOBS: analyst, economist, strategist, trader, broker, banker,
 * executive, employee); not "spokesman", "aide" or "adviser", which a politician's name modifies as often ("a
 * senator's spokesman"). Up to two lower-case words may come between ("livestock analyst", "chief financial
 * economist"), none of them a function word or a verb's form (-ed, -s, an irregular past: "X told analysts",
 * "X replaces economist"). Without an article before the name, the job must be followed by a capitalized word,
 * the holder's name. Brief's kind "at <Name> as an employer"; Reuters bench: see the commit.
 */
import { FIRM_JOBS } from "../../lexicon/employer-contexts.js";
import { IRREGULAR_PAST } from "../../lexicon/irregular-past.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { withRetypedOrganizations } from "./retyped-organizations.js";

/** The words after a name: up to two lower-case words, then the job, then a space and what follows it. */
const WORDS_AFTER = /^ ([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?(?: (\S))?/u;
/** An indefinite article right before the name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Aa]n? $/u;

/** Whether a word between the name and its job may modify the job: no function word, no verb's form. */
function isModifier(word: string): boolean {
  return !STOPWORDS.has(word) && !IRREGULAR_PAST.has(word) && !/(?:ed|s)$/.test(word);
}

function modifiesFirmJob(text: string, m: Mention): boolean {
  // A space right after the name: most persons are followed by punctuation, and the slice is made only then.
  const next = text.charCodeAt(m.end);
  if (next !== 32 && next !== 10) return false;
  const match = WORDS_AFTER.exec(singleSpaced(text.slice(m.end, m.end + 60)));
  if (match === null) return false;
  const words = [match[1], match[2], match[3]];
  const job = words.findIndex((word) => word !== undefined && FIRM_JOBS.has(word));
  if (job < 0 || !words.slice(0, job).every((word) => word !== undefined && isModifier(word))) return false;
  const after = job === 2 ? match[4] : words[job + 1] === undefined ? match[4] : undefined;
  if (after !== undefined && /\p{Lu}/u.test(after)) return true;
  return ARTICLE_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start));
}

/** Any of the jobs as a word: a document without one is not read mention by mention (in-process Reuters A/B). */
const ANY_FIRM_JOB = new RegExp(`\\b(?:${[...FIRM_JOBS].join("|")})\\b`, "u");

/** The mentions with each person that modifies a market job, and its namesakes, organizations (the file's comment). */
export function withEmployerModifiers(text: string, mentions: Mention[]): Mention[] {
  if (!ANY_FIRM_JOB.test(text)) return mentions;
  return withRetypedOrganizations(text, mentions, modifiesFirmJob);
}
