/**
 * One-word names that the document shows to be no person's, throughout the document: an animal's, written right
 * after an animal's noun ("Caring cat Tibbles nurses sick pets", "the racehorse Comet"), and an award's, written
 * after a count of wins ("the 15-time Zelda winner", "a three-time Zelda nominee"), and a brand's or a shop's,
 * counted with "a" and ending its phrase ("homes with a Kestrel nearby", "a Kestrel, a Marlowe's and a Co-op": no
 * person is "a Whitlow" before a comma). A person's longer name that holds the word, or a title that goes with
 * it ("Dr Tibbles"), keeps it a person's. Part of the per-document naming (index.ts). Session 12 FIT sample: 1 cat and 1 award of 275 people; session 13 FIT sample (seed 20261233): 2
 * supermarkets of 212 people.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { ANIMAL_NOUNS } from "../../lexicon/animal-nouns.js";
import { escapeRegExp } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

/** The lower-case word right before a mention (no capital: "Cat Stevens" is a name). */
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+)\s+$/u;
/** "15-time", "three-time", "multiple-time" right before a mention. */
const COUNT_OF_WINS =
  /(?:^|[^\p{L}\d-])(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|multiple)-times?\s+$/iu;

/** "a" or "an" right before a mention. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])[Aa]n?\s+$/u;
/** The end of the counted thing's phrase after it: a possessive's "s" or not, then a comma, a stop, "and", "nearby". */
const PHRASE_END_AFTER = /^(?:['’]s)?(?:[,.;:)]|\s+(?:and|or|nearby)\b)/u;

/**
 * "won an ", "nominated for a ", "picked up another ", "won her first ", "received an honorary ": a one-word name
 * after is an award's ("won an Olivier", "nominated for an Emmy", "received an honorary Oscar"); no one wins or
 * receives a person. Issue 11: awards listed as people in entertainment news; "received"/"accepted"/"given"/
 * "awarded" and "honorary" since session 21 (an unread CNN/DM showbiz document listed an honorary award as a
 * person: note20). Invented rows in tests/people-sport-entertainment.test.ts, tests/people-awards-received.test.ts.
 */
const AWARD_WON_BEFORE =
  /(?:^|[^\p{L}])(?:won|wins|win|winning|scooped|scoops|collected|collects|picked\s+up|picks\s+up|nominated\s+for|nomination\s+for|bagged|bags|received|receives|receiving|accepted|accepts|accepting|given|awarded)\s+(?:an?|another|(?:his|her|their)\s+(?:first|second|third|fourth|fifth|sixth))(?:\s+honorary)?\s+$/u;
/** The last word of AWARD_WON_BEFORE's determiner, right before the name. */
const ARTICLE_OR_ORDINAL_BEFORE = /(?:an?|another|first|second|third|fourth|fifth|sixth|honorary)\s+$/u;
/** What may follow the award's name: its phrase's end, or a preposition or a conjunction. */
const AWARD_PHRASE_END = /^(?:[,.;:)!?]|\s+(?:for|in|at|on|and|or|with|as|last|this|nomination)\b)/u;

/**
 * "its Oscar chances", "her Bafta nomination", "their Grammy haul": a possessive determiner, the name, then what an
 * award brings its nominee. Session 32, an invented British showbiz story: "boosting its Oscar chances" listed the
 * award as a person. Not "campaign", "bid" or "win": "his Obama campaign" is a person's.
 */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:its|his|her|their)\s+$/iu;
const AWARD_HOPES_AFTER = /^\s+(?:chances|hopes|nominations?|nods?|glory|haul|success|statuette)\b/u;

function isPetOrAward(text: string, m: Mention): boolean {
  const before = text.slice(Math.max(0, m.start - 16), m.start);
  const noun = WORD_BEFORE.exec(before)?.[1];
  if ((noun !== undefined && ANIMAL_NOUNS.has(noun)) || COUNT_OF_WINS.test(before)) return true;
  if (POSSESSIVE_BEFORE.test(before) && AWARD_HOPES_AFTER.test(text.slice(m.end, m.end + 16))) return true;
  // The cheap test first: most names have no article right before them.
  if (!ARTICLE_OR_ORDINAL_BEFORE.test(before)) return false;
  return (
    AWARD_WON_BEFORE.test(text.slice(Math.max(0, m.start - 48), m.start)) &&
    AWARD_PHRASE_END.test(text.slice(m.end, m.end + 12))
  );
}

/**
 * Whether the document counts the name with "a" anywhere, as a word of its own: the tagger may read that
 * occurrence as an organization and the name's others as a person.
 */
function isCountedThing(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    if (
      ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) &&
      PHRASE_END_AFTER.test(text.slice(end, end + 12))
    )
      return true;
  }
  return false;
}

/**
 * Whether the document writes the name in the plural after "the" ("the Oscars", "the Emmys", "the Tonys") and the
 * name is a first name no surname list knows: a family is a surname's plural ("the Beckhams"), a first name's plural
 * is a thing's (session 32: "Oscar hopes rise" in a headline over a story about "the Oscars" listed a person).
 */
function isPluralThing(text: string, name: string): boolean {
  // The plain look-up first: a regex made per name was 18 ms of a 1,500-document profile.
  if (!text.includes(`${name}s`)) return false;
  if (!isKnownFirstName(name) || (wordKind(name) & Kind.lastName) !== 0) return false;
  return new RegExp(String.raw`(?:^|[^\p{L}])[Tt]he\s+${escapeRegExp(name)}s(?![\p{L}'’])`, "u").test(text);
}

/** The mentions without the one-word person mentions of a pet's, an award's or a brand's name (the file's comment). */
export function withoutPetsAndAwards(text: string, mentions: Mention[]): Mention[] {
  let names: Set<string> | null = null;
  const counted = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || /\s/.test(m.text)) continue;
    let thing = isPetOrAward(text, m);
    if (!thing) {
      thing = counted.get(m.text) ?? (isCountedThing(text, m.text) || isPluralThing(text, m.text));
      counted.set(m.text, thing);
    }
    if (!thing) continue;
    names ??= new Set();
    names.add(m.text.toLowerCase());
    // Its plural too ("the Zeldas"), which the tagger may read as a person of its own.
    names.add(`${m.text.toLowerCase()}s`);
  }
  if (names === null) return mentions;
  const things = names;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const words = m.text.toLowerCase().split(/\s+/);
    if (m.title !== undefined || words.length > 1) for (const word of words) things.delete(word);
  }
  if (things.size === 0) return mentions;
  return mentions.filter(
    (m) => m.type !== "person" || /\s/.test(m.text) || !things.has(m.text.toLowerCase()),
  );
}
