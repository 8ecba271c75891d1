/**
 * Person names the tagger glued to the words around them, and town names it read as people: a weekday after a
 * name ("Quenby Friday", "Tolliver Sunday night"), a headline's verb or noun after a name ("Tom Harlan Refuses
 * to Disavow", "Lindsey Varnum Endorsement"), and a town before its state ("Newtown, Connecticut").
 * Part of the per-document naming (index.ts).
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { isTitleCaseLine } from "../../extract/entities/person-span.js";
import { mentionAt, shortened } from "../../extract/mention.js";
import { WEEKDAYS } from "../../lexicon/attribution-phrases.js";
import { US_STATE_ABBREVIATIONS, US_STATES } from "../../lexicon/us-states.js";
import { ownParagraph } from "../../text/own-paragraph.js";
import { tokenAt } from "../../text/token-at.js";
import { isInitial } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";
import { NAME_ADJECTIVE } from "./named-things.js";
import {
  holdsGluedWord,
  UNDER_THREE_WORDS,
  withoutLeadingWords,
  withoutOrdinaryTail,
  withSurnameAfter,
} from "./run-on-names.js";

interface Word {
  text: string;
  start: number;
  end: number;
}

function wordsOf(m: Mention): Word[] {
  // Pushed from an exec loop: not [...].map (an optimized map's array is HOLEY, the builtin's packed: "wrong map"
  // deopts), and not matchAll, which clones the pattern and makes an iterator per call.
  const found: Word[] = [];
  const word = /\S+/g;
  for (let w = word.exec(m.text); w !== null; w = word.exec(m.text))
    found.push({ text: w[0], start: m.start + w.index, end: m.start + w.index + w[0].length });
  return found;
}

const isWeekday = (word: string): boolean => WEEKDAYS.has(word.toLowerCase());

/**
 * A weekday is no part of a name: "Quenby Friday" is Quenby, "Monday" alone no person; nor an adjective's
 * ending ("Asher Edelman-led"). PolNeAR/CNN samples:
 * 4 such entries in 120 articles, each holding every "Monday" of its article; Reuters' "Pemberly Friday" too.
 */
function withoutWeekdays(m: Mention): Mention | null {
  // Neither rule can hold without a hyphen or a last word ending in "day": most names, kept without splitting
  // them (wordsOf here and in headlineNames: 498 ms of a Reuters --jobs 1 profile, 0.5% of the run).
  if (!m.text.includes("-") && !/[dD][aA][yY]\s*$/.test(m.text)) return m;
  const words = wordsOf(m);
  // "Asher Edelman-led group", "the Asher Edelman-led Republican field" (a span run on past the adjective): the
  // person is Asher Edelman. Session 12 FIT sample: 1 wrong person of 275 ("X Y-led Republican").
  const adjective = words.findIndex((w, i) => i > 0 && NAME_ADJECTIVE.test(w.text));
  if (adjective > 0) {
    const word = words[adjective] as Word;
    const end = word.start + word.text.lastIndexOf("-");
    return shortened(m, end, m.text.slice(0, end - m.start));
  }
  let keep = words.length;
  while (keep > 0 && isWeekday((words[keep - 1] as Word).text)) keep--;
  if (keep === words.length) return m;
  if (keep === 0) return null;
  const kept = words[keep - 1] as Word;
  return shortened(m, kept.end, m.text.slice(0, kept.end - m.start));
}

/**
 * The paragraph around [start, end) is a title-case headline, by the one test extraction asks too
 * (extract/entities/person-span.ts isTitleCaseLine).
 */
function inTitleCaseLine(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  // A paragraph of its own: a hard-wrapped wire line of names is no headline ("STM Chairman Mohamed Rashid Bakar
  // and Cable and Wireless" on the Reuters bench).
  const paragraph = ownParagraph(text, start, end);
  if (paragraph === null) return false;
  const first = tokenAt(tokens, paragraph.start);
  const last = tokenAt(tokens, paragraph.end);
  return isTitleCaseLine(tokens, first, last, gazetteer());
}

/** A word that may be part of a person's name: a known first name or surname, or an initial. */
const isKnownNameWord = (word: string): boolean =>
  isKnownFirstName(word) || (wordKind(word) & Kind.lastName) !== 0 || isInitial(word);

/**
 * In a title-case headline, a person name that holds other full names of the document and words that are no names
 * ("Jane Whitfield Endorses Tom Harlan", "Maria Delgado Unleashed") is those names alone.
 */
function headlineNames(
  m: Mention,
  text: string,
  tokens: readonly Token[],
  allKnown: () => ReadonlyArray<readonly string[]>,
): Mention[] {
  if (UNDER_THREE_WORDS.test(m.text)) return [m];
  const words = wordsOf(m);
  if (words.length < 3 || !inTitleCaseLine(text, tokens, m.start, m.end)) return [m];
  // The other full names, filtered here past the early return: filtered for every person mention, it joined
  // every known name once per mention (ungluedNames 162 -> 300 ms of a Reuters --jobs 1 profile).
  const own = m.text.replace(/\s+/g, " ");
  const known = allKnown().filter((name) => name.join(" ") !== own);
  const found: Mention[] = [];
  let covered = 0;
  for (let i = 0; i < words.length; ) {
    let longest = 0;
    for (const name of known)
      if (name.length > longest && name.every((w, k) => words[i + k]?.text === w)) longest = name.length;
    if (longest === 0) {
      i++;
      continue;
    }
    const first = words[i] as Word;
    const last = words[i + longest - 1] as Word;
    found.push(
      mentionAt(first.start, last.end, text.slice(first.start, last.end), "person", undefined, m.title),
    );
    covered += longest;
    i += longest;
  }
  if (found.length === 0 || covered === words.length) return [m];
  const rest = words.filter((w) => !found.some((f) => w.start >= f.start && w.end <= f.end));
  return rest.some((w) => !isKnownNameWord(w.text)) ? found : [m];
}

const STATES = new Set([...US_STATES, ...US_STATE_ABBREVIATIONS]);
const STATE_ABBREVIATION_AFTER = /^,\s+(\p{Lu}[\p{L}.]*\.)(?=\s|$)/u;
const STATE_AFTER = /^,\s+((?:\p{Lu}[\p{L}.]*\s?){1,2})(?=[,.;:)]|\s+(?:and|or)\b|\s*$)/u;

/**
 * A name just before a comma and a US state, ending there ("Newtown, Connecticut;", "Douglas, Ariz., border
 * officials"), is a town, not a person; an untitled name only ("Sen. X, Texas" is kept).
 */
function isTownBeforeState(m: Mention, text: string): boolean {
  // Untitled, and no part of a longer name ("Rep. David O'B. Marley, N.Y." on the Reuters bench).
  if (m.title !== undefined || /\p{Lu}[\p{L}.'’]*\s+$/u.test(text.slice(Math.max(0, m.start - 30), m.start)))
    return false;
  const after = text.slice(m.end, m.end + 40);
  const state = STATE_AFTER.exec(after)?.[1]?.trim();
  if (state !== undefined && STATES.has(state)) return true;
  // An abbreviation's period may end the sentence too ("the march in Selma, Ala. But ...").
  const abbreviation = STATE_ABBREVIATION_AFTER.exec(after)?.[1];
  return abbreviation !== undefined && STATES.has(abbreviation);
}

/** The document's person mentions without glued weekdays and headline words, and towns retyped as places. */
export function ungluedNames(text: string, tokens: readonly Token[], mentions: Mention[]): Mention[] {
  // Made at the first question only: withSurnameAfter asks when a surname follows a name (the set, made for every
  // document, held a quarter of ungluedNames' samples in an in-process Reuters profile).
  let starts: Set<number> | null = null;
  const taken = (start: number): boolean => {
    if (starts === null) {
      starts = new Set();
      for (const m of mentions) starts.add(m.start);
    }
    return starts.has(start);
  };
  const unglued: Mention[] = [];
  for (const m of mentions) {
    if (m.type !== "person") unglued.push(m);
    else if (!holdsGluedWord(m.text)) {
      const kept = withoutWeekdays(m);
      if (kept !== null)
        unglued.push(
          withSurnameAfter(withoutLeadingWords(withoutOrdinaryTail(kept, text, tokens)), text, taken),
        );
    }
  }
  // Full names only: a surname alone would cut real names the lexicons do not know ("Lee Wei Ming" → "Lee",
  // "Arturo Hernandez Galvani" on the Reuters bench).
  // Their words are made on first use: only a long name in a title-case line asks (made for every document, they
  // were a third of ungluedNames' 0.7% of a Reuters `--jobs 1` profile). The persons are taken now, before the
  // loop below makes towns of some.
  const persons = unglued.filter((m) => m.type === "person");
  let known: ReadonlyArray<readonly string[]> | null = null;
  const knownNames = (): ReadonlyArray<readonly string[]> =>
    (known ??= Array.from(new Set(persons.map((m) => m.text.replace(/\s+/g, " "))), (name) =>
      name.split(" "),
    ).filter((name) => name.length >= 2));
  // A loop, not flatMap: flatMap's array is HOLEY where the others are packed, and every later stage's
  // optimized code was thrown away for a "wrong map" when the other kind came (--trace-deopt).
  const named: Mention[] = [];
  for (const m of unglued) {
    if (m.type !== "person") named.push(m);
    else if (isTownBeforeState(m, text)) {
      m.type = "place";
      m.entity = m.text;
      named.push(m);
    } else named.push(...headlineNames(m, text, tokens, knownNames));
  }
  return named;
}
