/**
 * A person's name made the name of a venue or of an event by the word that ends it, after "the" or a time's
 * possessive: "the Marnie Gale Arena", "last week's Santa Lucia Masters", "the Marnie Gale Classic". Sport and
 * entertainment news name grounds, tournaments and shows after people and places, and the tagger keeps the end
 * word in the person's span. named-things.ts leaves a name opened by a first name a person ("Bruce Arena", "Nathan
 * Hall", "Dana Masters": surnames end with these words); a determiner before the name settles it, for no one
 * writes "the Nathan Hall" of a person. A venue's word (lexicon VENUE_WORDS) makes the name a place, an event's
 * word (lexicon EVENT_SUFFIXES: "Open", "Masters", "Classic") an event, none of the mission's types; a facility's
 * lower-case noun after the name ("Victor Verster prison", lexicon FACILITY_NOUNS) leaves that mention out. Part of
 * the per-document naming (index.ts).
 */
import { EVENT_NAMESAKE_WORDS, EVENT_SUFFIXES } from "../../lexicon/event-suffixes.js";
import { FACILITY_NOUNS, VENUE_WORDS } from "../../lexicon/place-suffixes.js";
import { AWARD_WORDS } from "../../lexicon/thing-suffixes.js";
import { POSSESSIVE_TIME_WORDS } from "../../lexicon/time-phrases.js";
import { isTheBefore } from "../../text/around.js";
import type { Mention } from "../../types.js";
import { endsNounPhrase } from "./name-contexts.js";

/**
 * "the " or a time's possessive right before the name, a year allowed between ("the 2004 ", "last week's ",
 * "Sunday's "). Not any possessive: "Morgan Stanley's David Hill said" (Reuters bench) is a firm's person.
 */
const DETERMINED_BEFORE = new RegExp(
  `(?:(?:^|[^\\p{L}])the|(?:${[...POSSESSIVE_TIME_WORDS].join("|")})['’]s)\\s+(?:\\d{4}\\s+)?$`,
  "iu",
);

/**
 * What the person mention names by its last word or the facility's noun after it: a place, an event or a facility
 * (none of the mission's types), or a person.
 */
function readingOf(text: string, m: Mention): "place" | "none" | null {
  if (m.type !== "person") return null;
  if (namesFacility(text, m)) return "none";
  if (m.title !== undefined) return null;
  const words = m.text.toLowerCase().split(/\s+/);
  if (words.length < 2) return null;
  if (isAwardNamesake(text, m)) return "none";
  const last = words[words.length - 1] as string;
  if (!DETERMINED_BEFORE.test(text.slice(Math.max(0, m.start - 16), m.start))) return null;
  if (VENUE_WORDS.has(last)) return "place";
  if (
    EVENT_SUFFIXES.has(last) ||
    EVENT_NAMESAKE_WORDS.has(last) ||
    EVENT_SUFFIXES.has(words.slice(-2).join(" "))
  )
    return "none";
  return null;
}

/** A capitalized word right after a mention, one space between. */
const CAPITAL_WORD_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}-])/u;

/**
 * "the Marcus Fenwick Medal", "the Dana Whitlow Trophy" where the tagger left the award's word out of the span:
 * after "the", a name before an award's word (lexicon AWARD_WORDS) or an event's ("the Santa Claus Parade",
 * EVENT_NAMESAKE_WORDS) is the award's or the event's, not a mention of its namesake
 * (the namesake's other mentions stay: a story that speaks of the person names them elsewhere), as it is when the
 * tagger's span holds the award's word ("the Harriet Colvin Prize", named-things.ts). A full name only: GUM train
 * counts a one-word namesake ("the <Surname> Award" in a biography: 1 right person lost), and one after no "the".
 */
function isAwardNamesake(text: string, m: Mention): boolean {
  const next = CAPITAL_WORD_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
  if (next === undefined) return false;
  const key = next.toLowerCase();
  return (AWARD_WORDS.has(key) || EVENT_NAMESAKE_WORDS.has(key)) && isTheBefore(text, m.start);
}

/** " prison", " airport" right after the name: group 1 the punctuation after the noun, group 2 the word after it. */
const FACILITY_AFTER = new RegExp(
  String.raw`^ (?:${[...FACILITY_NOUNS].join("|")})(?=([,.;:)])|$| (\p{Ll}+))`,
  "u",
);

/**
 * Whether a facility's noun ends the phrase right after the name ("walked free from Victor Verster prison on
 * Sunday": session 41 probe, a 1990 wire story, listed a person; not "gave Dana Roe prison time"): the facility is
 * named after the person. That mention is left out, not made a place: the document's one-name-one-type vote would
 * carry a place to the namesake's own mentions ("Jomo Kenyatta airport" … "Jomo Kenyatta was president").
 */
function namesFacility(text: string, m: Mention): boolean {
  if (text.charCodeAt(m.end) !== 32) return false;
  const match = FACILITY_AFTER.exec(text.slice(m.end, m.end + 24));
  return match !== null && (match[1] !== undefined || endsNounPhrase(match[2]));
}

/** The mentions with venues named like people made places and events named like people left out. */
export function withVenuesAndEvents(text: string, mentions: Mention[]): Mention[] {
  let kept: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const reading = readingOf(text, m);
    if (reading === "place") {
      m.type = "place";
      m.entity = m.text;
    }
    if (reading === "none") kept ??= mentions.slice(0, i);
    else kept?.push(m);
  }
  return kept ?? mentions;
}
