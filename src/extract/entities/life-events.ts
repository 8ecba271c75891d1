/**
 * A verb of a person's life right after a name ("<name> died on Sunday", "<name> resigned", "<name> was born in",
 * "<name> and his wife"): firms, clubs and places do not die, resign, marry or have wives, so two or three name words
 * no list knows, read by the tagger as an organization, are a person there. A reporting verb alone is no such sign
 * (the Reuters bench's 595 firms of unknown name words "said" too: unknown-name-contexts.ts). Invented probe
 * (40 unknown given names from many regions, s24): 10 of 40 "<name> resigned", 16 of 40 "<name> died", 6 of 40
 * "<name> was born" and 11 of 40 "<name> and his wife" read as firms or nothing.
 */
import {
  LIFE_EVENT_AUXILIARIES,
  LIFE_EVENT_PARTICIPLES,
  LIFE_EVENT_VERBS,
} from "../../lexicon/life-events.js";
import { PERSON_POSSESSIVES } from "../../lexicon/pronouns.js";
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import type { Token } from "../../types.js";

/** Whether the words from `end` say that the name before them is a person's by a verb of a life or a spouse. */
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
  // "<name> and his wife", "<name> and her husband": a firm's kin is "its".
  return (
    word === "and" &&
    end + 2 < segmentEnd &&
    PERSON_POSSESSIVES.has(tokens[end + 1]?.text ?? "") &&
    tokens[end + 1]?.text !== "their" &&
    FAMILY_ROLES.has(tokens[end + 2]?.text ?? "")
  );
}
