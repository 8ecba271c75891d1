/**
 * A verb of a person's life right after a name ("<name> died on Sunday", "<name> resigned", "<name> was born in"):
 * firms, clubs and places do not die, resign or marry, so two or three name words no list knows, read by the tagger
 * as an organization, are a person there. A reporting verb alone is no such sign
 * (the Reuters bench's 595 firms of unknown name words "said" too: unknown-name-contexts.ts). Invented probe
 * (40 unknown given names from many regions, s24): 10 of 40 "<name> resigned", 16 of 40 "<name> died" and 6 of 40
 * "<name> was born" read as firms or nothing. Not "<name> and her husband" (a first version): right for the span,
 * but on CHECK (seed 24120124) a daughter so found took her mother's "Mrs. <surname>" mentions in resolve/names,
 * the one record changed, worse.
 */
import {
  LIFE_EVENT_AUXILIARIES,
  LIFE_EVENT_PARTICIPLES,
  LIFE_EVENT_VERBS,
} from "../../lexicon/life-events.js";
import type { Token } from "../../types.js";

/** Whether the words from `end` say that the name before them is a person's by a verb of a life. */
export function isLifeEventSubject(tokens: readonly Token[], end: number, segmentEnd: number): boolean {
  const next = tokens[end];
  if (next === undefined || end >= segmentEnd) return false;
  const word = next.text;
  if (LIFE_EVENT_VERBS.has(word)) return true;
  if (LIFE_EVENT_AUXILIARIES.has(word)) {
    // "was born", "has been arrested", "is survived".
    const at = word === "has" || word === "had" ? end + 2 : end + 1;
    if (at !== end + 1 && tokens[end + 1]?.text !== "been") return false;
    return at < segmentEnd && LIFE_EVENT_PARTICIPLES.has(tokens[at]?.text ?? "");
  }
  return false;
}
