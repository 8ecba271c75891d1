/**
 * Parliamentary constituencies in Hansard and British political reporting: "the hon. Member for Banff and
 * Buchan", "Mr Ian Blackford (Ross, Skye and Lochaber):". The tagger reads a constituency's words as people
 * ("Banff", "Buchan") and "Member" as a name; a constituency is one place, and "Member" no one's name. Part of
 * the per-document naming (index.ts).
 */

import { mentionAt } from "../../extract/mention.js";
import { CONSTITUENCY_JOINERS } from "../../lexicon/phrase-bounds.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

/** A constituency's words at most ("Caithness, Sutherland and Easter Ross" is 6). */
const MAX_TOKENS = 10;
/** Honorifics written before "Member" ("the hon. Member", "the Honourable Member"). */
const HONORIFICS = /^(?:hon\.?|honourable|right|rt\.?)$/i;

/** The end (exclusive token index) of a run of capitalized words and joiners from `from`; `from` for none. */
function constituencyEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  let k = from;
  while (k < tokens.length && k - from < MAX_TOKENS) {
    const token = tokens[k] as Token;
    if (isCapitalizedWord(token)) end = k + 1;
    else if (!CONSTITUENCY_JOINERS.has(token.text) || !isCapitalizedWord(tokens[k + 1])) break;
    k++;
  }
  return end;
}

/** The token spans [first, end) of the document's constituencies, and the tokens of "Member" before them. */
function constituencies(
  tokens: readonly Token[],
  mentions: readonly Mention[],
): { spans: Array<[number, number]>; members: Set<number> } {
  const spans: Array<[number, number]> = [];
  const members = new Set<number>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (/^members?$/i.test(token.text) && (tokens[i + 1] as Token).text === "for") {
      const end = constituencyEnd(tokens, i + 2);
      if (end === i + 2) continue;
      spans.push([i + 2, end]);
      members.add(i);
      for (let h = i - 1; h >= 0 && HONORIFICS.test((tokens[h] as Token).text.replace(/\.$/, "")); h--)
        members.add(h);
    }
  }
  // A speaker's label: "Mr Ian Blackford (Ross, Skye and Lochaber):", a person and then the seat.
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const open = tokenAt(tokens, m.end);
    if ((tokens[open] as Token | undefined)?.text !== "(") continue;
    const end = constituencyEnd(tokens, open + 1);
    if (end === open + 1 || tokens[end]?.text !== ")" || tokens[end + 1]?.text !== ":") continue;
    spans.push([open + 1, end]);
  }
  return { spans, members };
}

const MEMBERS_FOR = /\bMembers? for\b/i;

/**
 * The mentions with each constituency one place mention (its words no people) and "Member" (with "hon.")
 * before one no mention. The same array when the document names none.
 */
export function withConstituencies(mentions: Mention[], tokens: readonly Token[], text: string): Mention[] {
  // Most documents have no "Member"/"Members" at all: a scan of the text, no token walk. Two searches for ")" and
  // ":", not one alternation, whose ")" branch made every position a start (25 → 8 ms over 8,000 Reuters texts).
  if (!MEMBERS_FOR.test(text) && !text.includes("):") && !text.includes(") :")) return mentions;
  const { spans, members } = constituencies(tokens, mentions);
  if (spans.length === 0) return mentions;
  const places = spans.map(([first, end]) => {
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    return mentionAt(
      start,
      stop,
      text.slice(start, stop),
      "place",
      text.slice(start, stop).replace(/\s+/g, " "),
    );
  });
  const memberStarts = new Set([...members].map((k) => (tokens[k] as Token).start));
  const kept = mentions.filter(
    (m) => !memberStarts.has(m.start) && !places.some((p) => m.start < p.end && p.start < m.end),
  );
  return [...kept, ...places].sort((a, b) => a.start - b.start);
}
