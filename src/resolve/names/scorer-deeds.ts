/**
 * A player's full name the tagger read as an organization before a deed with the ball ("Arsenal took the lead
 * before Didier Drogba headed in a second", "Mateja Kezman volleyed home": lexicon BALL_DEEDS) is that player, in
 * every mention. Only a name of two or three words opened by a known first name, no phrase the gazetteer knows, and
 * not "headed" on a journey ("Crystal Palace headed into the break"). Session 32's invented match report and a battery of 20
 * foreign players x 4 sentences: 6 of 80 read as organizations, 4 of them before "headed". Part of the
 * per-document naming (index.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer } from "../../extract/entities/gazetteer.js";
import { BALL_DEEDS } from "../../lexicon/player-deeds.js";
import type { Mention } from "../../types.js";

/** The word right after the name, one space between, and the word after it. */
const WORD_AFTER = /^ (\p{Ll}+)(?: (\p{Ll}+))?/u;
/** Where "headed" goes when it is a journey, not a header: "Crystal Palace headed into the break". */
const HEADED_FOR = new Set(["into", "to", "for", "towards", "toward", "back", "off", "out", "up", "down"]);

/** Whether the organization `m` is a player named before a deed with the ball (the file's comment). */
function isScorer(text: string, m: Mention): boolean {
  const words = m.text.split(" ");
  if (words.length < 2 || words.length > 3 || !isKnownFirstName(words[0] as string)) return false;
  const after = WORD_AFTER.exec(text.slice(m.end, m.end + 24));
  const deed = after?.[1];
  if (deed === undefined || !BALL_DEEDS.has(deed) || HEADED_FOR.has(after?.[2] ?? "")) return false;
  return !gazetteer().phrases.has(m.text.toLowerCase());
}

/** The mentions, in place, with each such organization (and its namesakes) a person. */
export function withScorers(text: string, mentions: Mention[]): Mention[] {
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "organization" || !isScorer(text, m)) continue;
    names ??= new Set();
    names.add(m.text);
  }
  if (names === null) return mentions;
  for (const m of mentions)
    if (m.type === "organization" && names.has(m.text)) {
      m.type = "person";
      m.entity = m.text;
    }
  return mentions;
}
