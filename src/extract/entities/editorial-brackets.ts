/**
 * A name cut by an editor's brackets in quoted speech: "[Dana] Whitlow", "[the mayor, Dana] Whitlow". The tagger
 * reads the bracket as a break: the halves became two persons, or a first name alone with its surname missed.
 * PolNeAR train FIT half (60 documents with brackets, seed in the commit): 4 such names joined, all better.
 * Not "Dana [Whitlow]" (a surname added in brackets): it joined 3 names well on PolNeAR, but GUM dev's gold names
 * such a person by the first name alone (people dev P 83.2 -> 82.4), and no eval figure may fall.
 */
import type { Mention } from "../../types.js";
import { mentionAt } from "../mention.js";
import { isKnownFirstName } from "./first-name.js";

/**
 * A first name closing a bracket, a space, and a capitalized word after it: "Dana] Whitlow". Not when another
 * capitalized word follows ("[Dana] Whitlow Holdings": a firm's name runs on).
 */
const CLOSED_FIRST_NAME = /(\p{Lu}\p{Ll}+)\] (\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}\p{Ll}+)?)(?![\p{L}\d]| \p{Lu})/gu;
/** How far back on its line a bracket that a first name closes may open. */
const BRACKET_REACH = 60;

/** The person mention `[start, end)` replacing the mentions it overlaps (in place, text order kept). */
function replaceWithPerson(text: string, mentions: Mention[], start: number, end: number): void {
  let at = mentions.findIndex((m) => m.end > start);
  if (at < 0) at = mentions.length;
  let title: string | undefined;
  let count = 0;
  while (at + count < mentions.length && (mentions[at + count] as Mention).start < end) {
    const m = mentions[at + count] as Mention;
    // A firm or place running past the name ("[Dana] Whitlow Holdings") is no cut name.
    if (m.type !== "person" && (m.start < start || m.end > end)) return;
    if (m.start < start) start = m.start;
    if (m.end > end) end = m.end;
    if (m.title !== undefined) title ??= m.title;
    count++;
  }
  const name = text.slice(start, end);
  mentions.splice(at, count, mentionAt(start, end, name, "person", name, title));
}

/**
 * Joins each name cut by editorial brackets into one person mention (in place), brackets inside its text: the
 * naming (resolve/names) reads the name without them. A first name must end the bracket or open the pair, so
 * "[Acme] Foundation" and "[Whitlow] Holdings" are left alone.
 */
export function bracketedNamesJoined(text: string, mentions: Mention[]): void {
  if (!text.includes("]")) return;
  for (const match of text.matchAll(CLOSED_FIRST_NAME)) {
    const first = match[1] as string;
    if (!isKnownFirstName(first)) continue;
    const at = match.index;
    const lineStart = text.lastIndexOf("\n", at) + 1;
    const open = text.lastIndexOf("[", at);
    if (open < Math.max(lineStart, at - BRACKET_REACH) || text.lastIndexOf("]", at) > open) continue;
    // The bracket's own mark opens the name when the first name is the bracket's first word.
    const start = open === at - 1 ? open : at;
    replaceWithPerson(text, mentions, start, at + match[0].length);
  }
}
