/**
 * Characters of films, series and plays named like people: "played Marcus Fenwick in the drama", "Ellie Marsh,
 * played by Dana Whitlow", "the character Jonah Reyes", "voices Professor Quill in the animated film".
 * Showbiz news names the actor and the character side by side, and a character is nobody the story speaks of
 * (issue 11: people listed in entertainment news). Every mention of a character's name goes, and a one-word
 * mention that is a word of it ("Fenwick" after "Marcus Fenwick"), unless a person of the document not named as
 * a character bears that word. Sport's "played Dana Whitlow in the final" (a match) is no character: "played"
 * alone counts only before a work's noun. Part of the per-document naming (index.ts). Invented rows in
 * tests/people-characters.test.ts.
 */
import { ACTING_NOUNS, FICTION_NOUNS, STORY_ROLE_NOUNS } from "../../lexicon/introducing-nouns.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

/** How far before a mention the cue may start (characters). */
const REACH_BEFORE = 48;
/** How far after a mention the cue may end (characters). */
const REACH_AFTER = 64;

/**
 * "the character Jonah Reyes", "her character Ellie"; not "the character of X" (a person's nature: "harsh words for
 * the character of <candidate>", CHECK sample, 1 wrong of 3 changed). Not "stars as X", "was cast as X", "his performance as X",
 * "playing the role of X": GUM train's biographies count those characters as people (4 actors' roles, 5 right
 * people lost: npm run eval people, gum-train bio 88.1 -> 86.8), so those cues wait on a decision of what a
 * character is.
 */
const CHARACTER_BEFORE = /(?:^|[^\p{L}])characters?\s+$/u;
/** "played ", "plays ", "portrays ", "voices ": a character only when a work's noun follows the name. */
const PLAYED_BEFORE = /(?:^|[^\p{L}])(?:play(?:s|ed|ing)?|portray(?:s|ed|ing)?|voic(?:es|ed|ing))\s+$/u;
/** After a played name, up to three words: "in the drama", "on the long-running soap", "in the BBC film". */
const IN_WORK_AFTER =
  /^,?\s+(?:in|on)\s+(?:(?:the|a|an|his|her|their|its)\s+)?((?:[\p{L}\d'’-]+\s+){0,2}[\p{L}-]+)/u;
/**
 * "Ellie Marsh, played by ", "Ellie Marsh (voiced by ", "Ellie Marsh, played by newcomer ": the name before is a
 * role's. Up to two lower-case words may stand before the actor's name (session 29 probe: a theatre review's
 * "played by newcomer X" left the character a person).
 */
const PLAYED_BY_AFTER = /^,?\s*\(?(?:played|portrayed|voiced)\s+by\s+(?:\p{Ll}+\s+){0,2}\p{Lu}/u;

/**
 * A story's role: "protagonist", "main character", "villain" (lexicon STORY_ROLE_NOUNS). Session 25: issue 11's
 * judged 2019-2020 news sample had characters as its second error kind (32 listed people), and invented showbiz
 * and games texts named them so with no actor beside them.
 */
const STORY_ROLE = String.raw`(?:(?:main|central|title|lead|fictional)\s+)?${anyOf([...STORY_ROLE_NOUNS])}`;
/** A work that tells the story, with its determiner: "the novel", "her latest film", "Dana Whitlow's game". */
const STORY_WORK = String.raw`(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|(?:\p{Lu}\p{L}*\s+){0,2}\p{Lu}\p{L}*['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,2}${anyOf([...FICTION_NOUNS])}s?`;
/** ", the protagonist of the novel", ", the game's villain", ", a character in her books": the name's a role. */
const STORY_ROLE_AFTER = new RegExp(
  String.raw`^,\s+(?:(?:the|a|an)\s+${STORY_ROLE}s?\s+(?:of|in)\s+${STORY_WORK}|${STORY_WORK}['’]s\s+${STORY_ROLE})\b`,
  "u",
);
/** "the novel's protagonist, ", "the protagonist of the film, ": the name after is the role's. */
const STORY_ROLE_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:${STORY_WORK}['’]s\s+${STORY_ROLE}|${STORY_ROLE}\s+(?:of|in)\s+${STORY_WORK}),?\s+$`,
  "u",
);
/**
 * "the fictional detective ", "a fictional ": whatever the name after is, it is nobody real ("the fictional town
 * of" ends in "of", no name's context).
 */
const FICTIONAL_BEFORE = /(?:^|[^\p{L}])fictional\s+(?:[\p{Ll}-]+\s+){0,2}$/u;

/** A capitalized title word ending the text before a titled mention. */
const TITLE_AT_END = /\p{Lu}[\p{L}.]*\s+$/u;

/** A comma, a bracket or a space right after a name: "X, played by", "X (voiced by". */
const COMMA_OR_SPACE = /^[,( ]$/u;
/** Words of the cues: a mention whose neighbourhood holds none of them is no character (the cheap test). */
const CUE_WORD = /play|portray|voic|charact|agonist|heroine|villain|fiction/u;

/** Whether the context before and after a person mention names it a character. */
function isCharacterContext(before: string, after: string): boolean {
  if (PLAYED_BY_AFTER.test(after) || CHARACTER_BEFORE.test(before)) return true;
  if (STORY_ROLE_AFTER.test(after) || STORY_ROLE_BEFORE.test(before) || FICTIONAL_BEFORE.test(before))
    return true;
  if (!PLAYED_BEFORE.test(before)) return false;
  const words = IN_WORK_AFTER.exec(after)?.[1]?.split(/\s+/);
  return words?.some((word) => ACTING_NOUNS.has(word)) === true;
}

/** The names (as written) the document gives characters, or null when none (most documents). */
function characterNames(text: string, mentions: readonly Mention[]): Set<string> | null {
  let found: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    // "played Dana Whitlow's mother": the possessive's owner is another matter.
    if (text.startsWith("'s", m.end) || text.startsWith("’s", m.end)) continue;
    // The cheap test first: a cue's word among the last few words before or right after. (A whole text's test,
    // four text.includes, cost more: 7% of nameMentions' samples over the Reuters bench.)
    const near = text.slice(Math.max(0, m.start - 36), m.start);
    if (
      !CUE_WORD.test(near) &&
      !(COMMA_OR_SPACE.test(text.charAt(m.end)) && CUE_WORD.test(text.slice(m.end, m.end + 40)))
    )
      continue;
    const after = text.slice(m.end, m.end + REACH_AFTER);
    let before = text.slice(Math.max(0, m.start - REACH_BEFORE), m.start);
    // "voices Professor Quill": the cue is before the title.
    if (m.title !== undefined) before = before.replace(TITLE_AT_END, "");
    if (!isCharacterContext(before, after)) continue;
    found ??= new Set();
    found.add(m.text);
  }
  return found;
}

/** The mentions without the person mentions of characters (the file's comment). */
export function withoutCharacters(text: string, mentions: Mention[]): Mention[] {
  const names = characterNames(text, mentions);
  if (names === null) return mentions;
  // The words of the characters' names, less those a person named otherwise bears in full ("Dana Fenwick").
  const words = new Set<string>();
  for (const name of names) for (const word of name.split(/\s+/)) words.add(word);
  for (const m of mentions)
    if (m.type === "person" && !names.has(m.text) && /\s/.test(m.text))
      for (const word of m.text.split(/\s+/)) words.delete(word);
  // A one-word "character" that is a word of such a person's name is that person ("Clinton" of a candidate).
  for (const name of names) if (!/\s/.test(name) && !words.has(name)) names.delete(name);
  return mentions.filter(
    (m) => m.type !== "person" || !(names.has(m.text) || (!/\s/.test(m.text) && words.has(m.text))),
  );
}
