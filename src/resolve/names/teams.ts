/**
 * One-word "persons" that a match report shows to be teams: "drew 1-1 with Fulham", "lost 2-0 away to Charlton",
 * "Colchester (away to Fleetwood)", "Colchester (home to Fleetwood)". A town's club is written with the town's bare
 * name, which the tagger reads as a surname in a sports sentence. Part of the per-document naming (index.ts). Left alone: a titled name, a known
 * first name, the surname of a person the document names in full, and a sentence with a tennis match's sets
 * ("beat Varona 6-3 6-4"); and any document without a match report's word (lexicon/match-report-words.ts:
 * "the court ruled 5-4 with Marwood").
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { MATCH_REPORT_WORDS } from "../../lexicon/match-report-words.js";
import { surnameKey } from "../../text/names.js";
import type { Mention } from "../../types.js";

/** One of the match report's words, lower case, as a whole word. */
const MATCH_REPORT = new RegExp(`\\b(?:${MATCH_REPORT_WORDS.join("|")})\\b`, "u");

/** A football score ("3-1", "2–0"): one digit a side. */
const SCORE = /\b\d[-–]\d\b/u;
/** A tennis match's sets, scores one after another ("6-3 6-4", "6-3, 7-5"). */
const SETS = /\b\d[-–]\d,? \(?\d[-–]\d\b/u;
/** Words before a team that a score or a fixture goes with ("drew 1-1 with", "away to", "at home to"). */
const FIXTURE_BEFORE = /(?:\b(?:with|to|against|over|beat|beats|beating|v|vs\.?)|\b\d[-–]\d) $/u;
/** A fixture without a score ("(away to Fleetwood)", "home to Luton"). */
const FIXTURE_ALONE = /\b(?:away to|home to) $/u;
/**
 * A fixture in brackets right after the team ("Wycombe (home to Morecambe)"): a league's run-in, each side's
 * next game beside its name (CNN/DM dev, a Football League guide: a club listed as a person).
 */
const FIXTURE_AFTER = /^ \((?:at )?(?:away to|home to|away at) /u;
/** A score right after the team ("Arsenal 2-1 Chelsea"). */
const SCORE_AFTER = /^ \d[-–]\d\b/u;

/** The sentence around a mention, cut at sentence ends and line breaks. */
function sentenceAround(text: string, m: Mention): string {
  const head = text.slice(Math.max(0, m.start - 200), m.start);
  const tail = text.slice(m.end, m.end + 200);
  const from = Math.max(head.lastIndexOf(". "), head.lastIndexOf("\n"));
  const to = tail.search(/\. |\n/u);
  return head.slice(from + 1) + m.text + (to < 0 ? tail : tail.slice(0, to));
}

function isTeam(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 24), m.start);
  if (FIXTURE_ALONE.test(before) || FIXTURE_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  if (!FIXTURE_BEFORE.test(before) && !SCORE_AFTER.test(text.slice(m.end, m.end + 8))) return false;
  const sentence = sentenceAround(text, m);
  return SCORE.test(sentence) && !SETS.test(sentence);
}

/** The surnames (lower case) of the persons the document names with a first name ("Tom Reed"). */
function fullNameSurnames(mentions: readonly Mention[]): Set<string> {
  const surnames = new Set<string>();
  for (const m of mentions) {
    const surname = m.type === "person" ? surnameKey(m.text) : null;
    if (surname !== null) surnames.add(surname);
  }
  return surnames;
}

/** The mentions with the teams among the one-word persons made organizations. */
export function withTeams(text: string, mentions: Mention[]): Mention[] {
  // The text's scan on the first one-word person only: most documents name none (the scan was 0.21% of a Reuters
  // `--jobs 1` profile). Nothing is changed before it.
  let scoreOrFixture: boolean | null = null;
  let surnames: Set<string> | null = null;
  let matchReport: boolean | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || /\s/.test(m.text)) continue;
    scoreOrFixture ??= SCORE_OR_FIXTURE.test(text);
    if (!scoreOrFixture) return mentions;
    if (isKnownFirstName(m.text) || !isTeam(text, m)) continue;
    // The document-wide test last, once: most documents with a score have no team-like person.
    matchReport ??= MATCH_REPORT.test(text);
    if (!matchReport) return mentions;
    surnames ??= fullNameSurnames(mentions);
    if (surnames.has(m.text.toLowerCase())) continue;
    m.type = "organization";
    m.entity = m.text;
  }
  return mentions;
}

const SCORE_OR_FIXTURE = /\b\d[-–]\d\b|away to |home to /u;
