/**
 * A one-word name the document writes only as the modifier of a thing's noun is that thing's name, no person's:
 * an award's ("two Zelda awards", "the Zelda Awards", "a Zelda winner", "her first Zelda nomination", "the best
 * actress Zelda") and a product line's ("the Marla range sold out", "her Nina collection"). Entertainment,
 * fashion and retail news name awards and lines after given names, and the tagger reads the word as a person (issue 11: awards and
 * products listed as people; invented texts at e05fa62: 6 of 6 such names listed as people). A person is written
 * so too ("the Whitlow nomination"), but then also elsewhere ("Whitlow said"), so every untitled mention of the
 * name must be so written, and no longer person's name of the document may hold the word ("Dana Whitlow"), nor a
 * title go with it; a firm's name that opens with it ("Lucia Inc") leaves it to the organization naming. Part of
 * the per-document naming (index.ts). Invented rows in tests/people-modifier-names.test.ts.
 */
import {
  AWARD_CATEGORY_WORDS,
  AWARD_ONLY_HEADS,
  THING_HEADS_AFTER_NAME,
} from "../../lexicon/thing-suffixes.js";
import type { Mention } from "../../types.js";
import { isWordOfLongerPerson } from "./retyped-organizations.js";

/** The word right after a name, past one space: "Zelda awards" → "awards". */
const WORD_AFTER = /^ ([\p{L}]+)(?![\p{L}'’-])/u;

/** "best " and one to three lower-case words right before a name: "the best supporting actress Zelda". */
const BEST_CATEGORY_BEFORE = /(?:^|[^\p{L}])best\s+((?:[\p{Ll}-]+\s+){1,3})$/u;

/**
 * Whether the mention is a thing's modifier: one of THING_HEADS_AFTER_NAME right after it; or an award's name
 * after its category, "best" and a category's word ("won the best actress Zelda"; session 23: invented
 * entertainment texts at e05fa62 listed 3 of 3 such awards as people).
 */
function isModifier(text: string, m: Mention): boolean {
  // The cheap test first: a space right after the name (most names end a phrase or take a possessive).
  if (text.charCodeAt(m.end) === 32) {
    const word = WORD_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
    if (word !== undefined && THING_HEADS_AFTER_NAME.has(word)) return true;
  }
  const before = text.slice(Math.max(0, m.start - 48), m.start);
  if (!before.includes("best")) return false;
  const category = BEST_CATEGORY_BEFORE.exec(before)?.[1];
  return category?.split(/\s+/).some((word) => AWARD_CATEGORY_WORDS.has(word)) === true;
}

/**
 * "Zelda-winning", "Zelda-nominated", "Zelda winners", "Zelda winner Dana Whitlow" right after a name (in place):
 * an award's, however the name's other mentions are written ("a late Whitlow winner" is a goal: "winner" counts
 * only before a capitalized name).
 */
const AWARD_COMPOUND_AFTER =
  /(?:-(?:winning|nominated)(?![\p{L}\d-])|\s+winners(?![\p{L}\d-])|\s+winner\s+\p{Lu})/uy;

/**
 * Whether the words right after the mention are an award's alone (AWARD_ONLY_HEADS, AWARD_COMPOUND_AFTER): the
 * name is then an award's in every one-word mention, not only where it is so written ("the Zelda haul ... won
 * the Zelda for best film"; issue 11: invented entertainment texts at 6543c17 listed 4 of 6 such awards as
 * people, each written once as a person would be).
 */
function isAwardModifier(text: string, m: Mention): boolean {
  const c = text.charCodeAt(m.end);
  if (c !== 32 && c !== 45) return false;
  const word = WORD_AFTER.exec(text.slice(m.end, m.end + 16))?.[1];
  if (word !== undefined && AWARD_ONLY_HEADS.has(word)) return true;
  AWARD_COMPOUND_AFTER.lastIndex = m.end;
  return AWARD_COMPOUND_AFTER.test(text);
}

/**
 * Whether the text writes the name as an award's compound anywhere ("the Zelda-winning series"): the tagger
 * leaves such compounds out of its spans, so they are looked for in the text.
 */
function hasAwardCompound(text: string, name: string): boolean {
  return text.includes(`${name}-winning`) || text.includes(`${name}-nominated`);
}

/** The mentions without the one-word person mentions of a name only ever written as a modifier (the file's comment). */
export function withoutModifierNames(text: string, mentions: Mention[]): Mention[] {
  let names: Set<string> | null = null;
  let awards: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || m.text.includes(" ")) continue;
    if (isAwardModifier(text, m) || hasAwardCompound(text, m.text)) {
      awards ??= new Set();
      awards.add(m.text);
    } else if (!isModifier(text, m)) continue;
    names ??= new Set();
    names.add(m.text);
  }
  if (names === null) return mentions;
  const things = names;
  // An award's plural is the award's too: "at the Zeldas".
  if (awards !== null) for (const award of awards) things.add(`${award}s`);
  for (const m of mentions) {
    if (m.type !== "person" || !things.has(m.text)) continue;
    if (
      m.title !== undefined ||
      (awards?.has(m.text) !== true && !awards?.has(m.text.slice(0, -1)) && !isModifier(text, m)) ||
      isWordOfLongerPerson(m, mentions)
    )
      things.delete(m.text);
  }
  // "Lucia Inc, maker of the Lucia perfume": the firm's own name, which the organization naming gives it (Reuters
  // bench: a firm's perfume, 1 of the 2 records the rule changed, lost its mention of the firm).
  for (const m of mentions)
    if (m.type === "organization")
      for (const name of things) if (m.text.startsWith(`${name} `)) things.delete(name);
  if (things.size === 0) return mentions;
  return mentions.filter((m) => m.type !== "person" || !things.has(m.text));
}
