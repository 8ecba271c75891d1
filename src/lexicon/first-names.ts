/**
 * First names with the gender they usually carry, distilled at build time by scripts/build-first-names.ts from
 * the US Social Security Administration's baby-name counts (names given 1,000 times or more, 1880-2020) and
 * compromise's lexicon: 4,019 male, 6,293 female and 1,328 unisex names (87 kB of strings); and the names of the
 * wider world those lack, from faker's locales (scripts/build-world-first-names.ts, session 32: "Didier", "Arjen",
 * "Velimir" were unknown): 5,037 male, 3,353 female, 669 unisex (69 kB). The lists are
 * split on the first question and binary-searched: about 1 ms, where a Map of the 11,640 names took 10-25 ms.
 */
import {
  AMBIGUOUS_FIRST_NAMES,
  FEMALE_FIRST_NAMES,
  MALE_FIRST_NAMES,
  UNISEX_FIRST_NAMES,
} from "./first-names-data.js";
import {
  WORLD_FEMALE_FIRST_NAMES,
  WORLD_MALE_FIRST_NAMES,
  WORLD_UNISEX_FIRST_NAMES,
} from "./world-first-names-data.js";

export type Gender = "male" | "female";

interface Lists {
  male: string[];
  female: string[];
  unisex: string[];
  /** Also an ordinary word, a country or a large city ("Will", "Rose", "Jordan"): a name only beside a surname. */
  ambiguous: string[];
}

let lists: Lists | null = null;

/**
 * Two sorted (code-unit order) lists as one, in one linear pass: the US lists and the world's
 * (world-first-names-data.ts, names the US lists lack), so that a look-up is one binary search, not two.
 */
function merged(us: string, world: string): string[] {
  const a = us.split(" ");
  const b = world.split(" ");
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && (a[i] as string) < (b[j] as string))) out.push(a[i++] as string);
    else out.push(b[j++] as string);
  }
  return out;
}

function load(): Lists {
  return {
    male: merged(MALE_FIRST_NAMES, WORLD_MALE_FIRST_NAMES),
    female: merged(FEMALE_FIRST_NAMES, WORLD_FEMALE_FIRST_NAMES),
    unisex: merged(UNISEX_FIRST_NAMES, WORLD_UNISEX_FIRST_NAMES),
    // The world's lists hold no ordinary word nor place (the build leaves them out).
    ambiguous: AMBIGUOUS_FIRST_NAMES.split(" "),
  };
}

/** Whether a sorted (code-unit order) list holds `word`. */
function holds(list: readonly string[], word: string): boolean {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const found = list[mid] as string;
    if (found === word) return true;
    if (found < word) lo = mid + 1;
    else hi = mid;
  }
  return false;
}

/**
 * The lexicon's key of a word: lower case, and without accents where it has any (the SSA lists are written
 * without them: "José", "Andrés" and "Inês" are "jose", "andres", "ines").
 */
function keyOf(word: string): string {
  const key = word.toLowerCase();
  // ASCII words (nearly all) skip the normalization.
  return /[^a-z]/.test(key) && /[^\p{ASCII}]/u.test(key) ? key.normalize("NFD").replace(/\p{M}+/gu, "") : key;
}

/**
 * The gender a first name usually carries ("john" → male, "mark" → male), or null when the lexicon has none or
 * the name is unisex ("leslie"). For the first word of a full name: "Rose" alone may be a flower.
 */
export function firstNameGender(word: string): Gender | null {
  lists ??= load();
  const key = keyOf(word);
  if (holds(lists.male, key)) return "male";
  if (holds(lists.female, key)) return "female";
  return null;
}

/**
 * Whether the lexicon lists the word as a first name of any sex, even one that is also an ordinary word or a place
 * ("Jordan", "Austin"): for the first word of a name whose surname the document already writes as a person's.
 */
export function isListedFirstName(word: string): boolean {
  lists ??= load();
  const key = keyOf(word);
  return holds(lists.male, key) || holds(lists.female, key) || holds(lists.unisex, key);
}

/** Whether a word alone reads as a first name: a known name that is no ordinary word or place ("Gail", not "Will"). */
export function isFirstName(word: string): boolean {
  lists ??= load();
  const key = keyOf(word);
  if (holds(lists.ambiguous, key)) return false;
  return holds(lists.male, key) || holds(lists.female, key) || holds(lists.unisex, key);
}

/** firstNameReadings' bits: the word alone reads as a first name (isFirstName). */
export const READS_ALONE = 1;
/** firstNameReadings' bits: the lexicon gives the name a gender (firstNameGender is not null). */
export const HAS_GENDER = 2;

/**
 * isFirstName and whether firstNameGender is not null, as bits (READS_ALONE, HAS_GENDER), from one key and each
 * list searched once: extract/entities/first-name.ts asks both of every new word, which made the key twice and
 * searched the male and female lists twice.
 */
export function firstNameReadings(word: string): number {
  lists ??= load();
  const key = keyOf(word);
  const gendered = holds(lists.male, key) || holds(lists.female, key);
  if (holds(lists.ambiguous, key)) return gendered ? HAS_GENDER : 0;
  if (gendered) return READS_ALONE | HAS_GENDER;
  return holds(lists.unisex, key) ? READS_ALONE : 0;
}
