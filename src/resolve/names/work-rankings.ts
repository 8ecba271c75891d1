/**
 * A name said to be a work ranked among its maker's is that work's title, no person: "Brightwater is her fifth
 * album", "Ashgrove, his latest film, opens", "Tessaly was the band's debut single". Entertainment news gives
 * an album's or a film's one-word or person-like title no quotation marks, and the tagger reads it as a person
 * (issue 11: works listed as people; invented texts at 6543c17: an album introduced so listed as a person).
 * introduced.ts reads "the album X"; this reads the title before the noun. Only with a maker's possessive ("her",
 * "his", "their", "its", "the band's") and a rank (lexicon WORK_RANKS) before a titled work's noun (TITLED_WORKS),
 * right after the name ("is"/"was" or a comma): no person is "her fifth album". Every person mention of that text
 * goes. Part of the per-document naming (index.ts). Invented rows in tests/people-work-rankings.test.ts.
 */
import { TITLED_WORKS, WORK_RANKS } from "../../lexicon/introducing-nouns.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

/**
 * Right after the name (in place): "is"/"was" or a comma, a maker's possessive, one or two ranks, a titled work's
 * noun ending its phrase ("Dana Whitlow, his latest film's star", "Kit Harlan, her new album producer" are
 * people).
 */
const RANKED_WORK_AFTER = new RegExp(
  String.raw`(?:,\s+|\s+(?:is|was)\s+)(?:his|her|their|its|the\s+(?:band|group|singer|star|actor|actress|director|author|writer)['’]s)\s+(?:${anyOf([...WORK_RANKS])}\s+){1,2}${anyOf([...TITLED_WORKS])}(?=\s*[,.;:!?)]|\s+(?:in|since|for|and|to|of|from|with|which|that)\b)`,
  "uy",
);

/** Whether the words right after `m` call it a ranked work. */
function isRankedWork(text: string, m: Mention): boolean {
  // The cheap test first: a comma or a space, then "i", "w" or a space (after the comma).
  const c = text.charCodeAt(m.end);
  if (c !== 44 && c !== 32) return false;
  RANKED_WORK_AFTER.lastIndex = m.end;
  return RANKED_WORK_AFTER.test(text);
}

/** The mentions without the person mentions of a name the document calls a ranked work. */
export function withoutRankedWorks(text: string, mentions: Mention[]): Mention[] {
  let works: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || !isRankedWork(text, m)) continue;
    works ??= new Set();
    works.add(m.text);
  }
  if (works === null) return mentions;
  const titles = works;
  return mentions.filter((m) => m.type !== "person" || m.title !== undefined || !titles.has(m.text));
}
