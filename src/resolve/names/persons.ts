/**
 * The person-naming rule, the one used by the per-document pass (nameMentions) and the corpus-wide pass
 * (aggregate/entities.ts): a shorter name joins the one longer name that ends with it ("Whitlow",
 * "President Whitlow" → "Dana Whitlow"), or, for a lone word where first names count, the one longer name
 * it starts ("Dana" → "Dana Whitlow"). With two candidates ("John Smith", "Jane Smith") the short name
 * stays apart: guessing would give one person's words to another. Candidates that themselves join one longer
 * name count once ("Whitlow" → "Dana Whitlow" ← "Mary Dana Whitlow"). Case is ignored.
 */
import { FAMILY_NAMES_WRITTEN_FIRST } from "../../lexicon/family-names-first.js";
import { FIRST_NAME_NICKNAMES } from "../../lexicon/first-name-nicknames.js";
import { COURTESY_TITLES } from "../../lexicon/title-kinds.js";
import { matchWords, withoutGluedArticle } from "../../text/names.js";
import type { Gender } from "./gender.js";
import { innerWords, titleFits, writtenBefore } from "./name-parts.js";
import { onlySameTitled } from "./same-titles.js";

export interface PersonRuleOptions {
  /** A lone word may be a first name ("Dana" → "Dana Whitlow"): within a document, not over a corpus. */
  firstNames: boolean;
  /** The gender of a name where known (its titles, its first name), asked only to settle a titled name. */
  genderOf?: (key: string) => Gender | null;
  /**
   * How often the document writes a name: with two candidates, a short name joins the one written at least
   * DOMINANCE times as often as each other ("Quenby" in a story with 4 "Marla Quenby" and 1 "Bill Quenby").
   */
  mentionsOf?: (key: string) => number;
  /**
   * Whether a word is a known first name: a titled word that is none may be the family name written first
   * ("Mr. Qiu" → "Qiu Lianfeng", "Mr. Moon" → "Moon Tae-hyun"); "Prince Aldric" is not "Aldric Colvin".
   */
  isFirstName?: (word: string) => boolean;
  /**
   * The titles (lower case) written before a name: a titled first name joins the one full name that it opens
   * and that carries the same title ("Sir Alex" → "Sir Alex Fenwick", "Dame Judi" → "Dame Judi Denholm").
   */
  titlesOf?: (key: string) => ReadonlySet<string> | undefined;
  /** Where the document first writes a name (name-parts.ts writtenBefore: a word inside a name follows it). */
  firstWrittenAt?: (key: string) => number;
}

/**
 * How much more often one candidate must be written for a short name to join it over the others. News names
 * the person it is about again and again and others in passing; at 2, GUM dev people F1 rose (see
 * scripts/eval/people.ts; the figures in the commit that set it).
 */
const DOMINANCE = 2;

/** The last of a name's words ("" for none). */
const lastWord = (w: readonly string[] | undefined): string =>
  w === undefined ? "" : (w[w.length - 1] ?? "");

/** What a written name's title says: it is a surname or a royal's given name, and maybe the gender. */
export interface TitleEvidence {
  gender: Gender | null;
  /** The title as written, lower case ("sir"), where the caller has it. */
  title?: string;
}

/**
 * The key a name joins. With candidates the rule cannot settle, `choose` may pick one of them (keys), or return
 * null to keep the name apart.
 */
export type PersonResolver = (
  key: string,
  title?: TitleEvidence,
  choose?: (candidates: readonly string[]) => string | null,
) => string;

function endsWith(long: readonly string[], short: readonly string[]): boolean {
  if (short.length >= long.length) return false;
  const offset = long.length - short.length;
  return short.every((word, i) => long[offset + i] === word);
}

/** `long` has the first and last words of `short` and all of its words in order, and more ("a b c" ⊃ "a c"). */
function widens(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || short.length >= long.length) return false;
  if (long[0] !== short[0] || long[long.length - 1] !== short[short.length - 1]) return false;
  let at = 1;
  for (let i = 1; i < long.length - 1 && at < short.length - 1; i++) if (long[i] === short[at]) at++;
  return at === short.length - 1;
}

/** A generation after a surname ("jr.", "iii"): "Mr. Tamblyn" is "Edwin R. Tamblyn Jr.". */
const GENERATION = /^(?:jr\.?|sr\.?|ii|iii|iv)$/;

/**
 * The words a name is matched by: its words less a generation after the surname, and less an article glued to a
 * word ("Sistani" is "Ali al-Sistani": session 34's BBC-style probe listed the two apart).
 */
function nameWords(key: string): string[] {
  const words = matchWords(key).map(withoutGluedArticle);
  const last = words[words.length - 1] as string;
  // "Dunmore Jr." is a surname; "Rosalind II" keeps its number (it is no first name of another).
  const strip = words.length > 2 ? GENERATION.test(last) : words.length === 2 && /^[js]r\.?$/.test(last);
  return strip ? words.slice(0, -1) : words;
}

/**
 * `short` is `long` with a familiar first name for the formal one ("joe whitlow" of "joseph r. whitlow jr." or of
 * "joseph whitlow"): the rest of `short` is `long`'s last words or the words that `widens` asks for.
 */
function shortensFirstName(long: readonly string[], short: readonly string[]): boolean {
  if (short.length < 2 || short.length > long.length) return false;
  const formal = FIRST_NAME_NICKNAMES.get(short[0] as string);
  if (formal === undefined || !formal.includes(long[0] as string)) return false;
  const withFormal = [long[0] as string, ...short.slice(1)];
  return short.length === long.length
    ? withFormal.every((word, i) => long[i] === word)
    : widens(long, withFormal);
}

/** One letter, its stop or not: an initial ("s", "s."). */
const INITIAL = /^\p{L}\.?$/u;

/**
 * `short` is `long` with its first name's initial ("s williams" of "shane williams"): an initial and the surname,
 * the longer name's first word opening with that letter. Line-ups, results and second references write players
 * and officials so ("Wales: G Thomas (capt); Rees, S Williams"): session 32's invented rugby report listed "S
 * Williams" beside "Shane Williams". Within a document only (a corpus has many of each initial).
 */
function initialsFirstName(long: readonly string[], short: readonly string[]): boolean {
  if (short.length !== 2 || long.length < 2 || !INITIAL.test(short[0] as string)) return false;
  const first = long[0] as string;
  return first.length > 2 && first[0] === (short[0] as string)[0] && lastWord(long) === short[1];
}

function push(index: Map<string, string[]>, key: string, name: string): void {
  const list = index.get(key);
  if (list === undefined) index.set(key, [name]);
  else list.push(name);
}

/**
 * The canonical name key of each of `keys` (lower-cased, single-spaced names) under the rule: a function from a
 * key to the key it joins, or to itself. Names are indexed by their last and first words, so that joining n
 * names costs about n, not n² (a corpus has tens of thousands of person names).
 */
export function personRule(keys: Iterable<string>, options: PersonRuleOptions): PersonResolver {
  const words = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  const byFirst = new Map<string, string[]>();
  const byInner = new Map<string, string[]>();
  for (const key of keys) {
    if (words.has(key)) continue;
    const w = nameWords(key);
    words.set(key, w);
    push(byLast, w[w.length - 1] as string, key);
    if (w.length > 1) push(byFirst, w[0] as string, key);
    if (options.firstNames) for (const inner of innerWords(w)) push(byInner, inner, key);
  }
  const canonical = new Map<string, string>();
  /** The one target written DOMINANCE times as often as every other one, if any (else null). */
  const dominant = (targets: readonly string[]): string | null => {
    const mentionsOf = options.mentionsOf;
    if (mentionsOf === undefined || targets.length < 2) return null;
    // The most written (the first of equals) and the count after it, in one pass: a mapped, sorted copy was a
    // HOLEY array once this rule was optimized, and its reads threw the code away ("wrong map").
    let first = targets[0] as string;
    let firstCount = Number.NEGATIVE_INFINITY;
    let secondCount = Number.NEGATIVE_INFINITY;
    for (const t of targets) {
      const n = mentionsOf(t);
      if (n > firstCount) {
        secondCount = firstCount;
        firstCount = n;
        first = t;
      } else if (n > secondCount) secondCount = n;
    }
    return firstCount >= DOMINANCE * secondCount ? first : null;
  };
  const candidatesOf = (
    key: string,
    w: readonly string[],
    titled: boolean,
    title?: string,
  ): readonly string[] => {
    const byEnd = (byLast.get(w[w.length - 1] as string) ?? []).filter((n) => {
      const long = words.get(n) as string[];
      return (
        endsWith(long, w) ||
        widens(long, w) ||
        shortensFirstName(long, w) ||
        (options.firstNames && initialsFirstName(long, w))
      );
    });
    // "Xi" where the document writes "Xi Jinping" and "Li Xi": a name written family name first ends in a given
    // name, which nobody is called by alone; the name the word opens is the one (session 40 probe, a Xinhua story:
    // "Xi told reporters" went to Li Xi).
    if (w.length === 1 && byEnd.length > 0 && byEnd.every(isFamilyFirst)) {
      const opened = byFirst.get(w[0] as string);
      if (opened !== undefined) return opened;
    }
    // A titled one-word name is a surname ("Mr Smith") or a royal's given name ("Prince Aldric"): never the
    // first name of another person ("Aldric Colvin").
    if (byEnd.length > 0 || w.length !== 1 || !options.firstNames) return byEnd;
    if (titled && (options.isFirstName === undefined || options.isFirstName(w[0] as string))) {
      // A courtesy title goes with a surname, never a given name alone ("Mr Long", "Mr Chan", "Mr Kim"): a full
      // name the word opens writes the family name first ("Long Wei", "Chan Ka-ming"), though the word is also an
      // English first name; not one whose last word the document writes alone (its surname: "Dana Whitlow" ...
      // "Whitlow"). Invented battery (FIT): 3 of 9 surname-first names left apart from "Mr <surname>".
      if (title !== undefined && COURTESY_TITLES.has(title.replace(/\.$/, ""))) {
        const family = (byFirst.get(w[0] as string) ?? []).filter((n) => !words.has(lastWord(words.get(n))));
        if (family.length > 0) return family;
      }
      const titlesOf = options.titlesOf;
      if (title === undefined || titlesOf === undefined) return byEnd;
      return (byFirst.get(w[0] as string) ?? []).filter((n) => titleFits(titlesOf(n), title, words.get(n)));
    }
    return (
      byFirst.get(w[0] as string) ??
      writtenBefore(byInner.get(w[0] as string), key, options) ??
      formalNamesOf(w[0] as string)
    );
  };
  /** Whether a full name opens with a family name that Chinese and Korean news write first ("Li Xi", "Kim Yong-hyun"). */
  const isFamilyFirst = (name: string): boolean => {
    const w = words.get(name) as string[];
    const first = w[0] as string;
    // (Keys are lower case; the lexicon writes the names as news does.)
    return w.length >= 2 && FAMILY_NAMES_WRITTEN_FIRST.has(first.charAt(0).toUpperCase() + first.slice(1));
  };
  /**
   * The full names that open with the formal name a familiar first name shortens ("Joe" → "Joseph R. Whitlow
   * Jr."), asked only when no full name opens with the word itself. Session 12 FIT sample: 1 such "Joe" of 275
   * people, listed apart from the full name.
   */
  const formalNamesOf = (word: string): readonly string[] => {
    const formal = FIRST_NAME_NICKNAMES.get(word);
    if (formal === undefined) return clippedNamesOf(word);
    // Pushed, not flatMap (a HOLEY array, where the other candidate lists are packed: "wrong map" in targetsOf).
    const names: string[] = [];
    for (const name of formal) for (const full of byFirst.get(name) ?? []) names.push(full);
    return names;
  };
  /**
   * The full names whose first word the word clips ("Nik" of "Nikolaj Ehlers", "Kasia" no, "Alex" of "Alexandra
   * Reyes"), when the lexicon knows no familiar form of it: a quotation calls a person by the clipped name news
   * introduced in full. Three letters at least, two fewer than the full first word; one candidate only (the caller
   * keeps a name with two apart). Session 30 lead's probe (an invented hockey story): "Nik" listed apart.
   */
  const clippedNamesOf = (word: string): readonly string[] => {
    if (!options.firstNames || word.length < 3 || word.includes(" ")) return [];
    const names: string[] = [];
    for (const [first, fulls] of byFirst)
      if (first.length >= word.length + 2 && first.startsWith(word))
        for (const full of fulls) names.push(full);
    return names;
  };
  /** The names an untitled name may join, each as the name it joins in turn. */
  const targetsOf = (key: string, seen: Set<string>): string[] => {
    const w = words.get(key) ?? nameWords(key);
    seen.add(key);
    const candidates = candidatesOf(key, w, false);
    // Each candidate is followed on its own path: a sibling seen first must not hide a longer name from it.
    return [...new Set(candidates.filter((c) => !seen.has(c)).map((c) => resolve(c, new Set(seen))))];
  };
  const resolve = (key: string, seen: Set<string>): string => {
    const cached = canonical.get(key);
    if (cached !== undefined) return cached;
    const targets = targetsOf(key, seen);
    const result = targets.length === 1 ? (targets[0] as string) : (dominant(targets) ?? key);
    canonical.set(key, result);
    return result;
  };
  /**
   * A titled name: the title's gender settles between two candidates ("Mr Smith" is John, not Mary Smith), and a
   * candidate whose gender disagrees is never joined ("Mrs Smith" is not John Smith).
   */
  type Choose = (candidates: readonly string[]) => string | null;
  /** One of several targets: the dominant one, else the caller's choice, else none (the name stays apart). */
  const pick = (key: string, targets: readonly string[], choose: Choose | undefined): string => {
    if (targets.length === 1) return targets[0] as string;
    if (targets.length === 0) return key;
    const chosen = dominant(targets) ?? choose?.(targets) ?? null;
    return chosen !== null && targets.includes(chosen) ? chosen : key;
  };
  const resolveTitled = (key: string, title: TitleEvidence, choose: Choose | undefined): string => {
    const w = words.get(key) ?? nameWords(key);
    const targets = [
      ...new Set(candidatesOf(key, w, true, title.title).map((c) => resolve(c, new Set([key])))),
    ].filter((t) => t !== key);
    const gender = title.gender;
    if (gender === null || options.genderOf === undefined)
      return onlySameTitled(targets, title.title, options.titlesOf) ?? pick(key, targets, choose);
    const genderOf = options.genderOf;
    const compatible = targets.filter((t) => {
      const g = genderOf(t);
      return g === null || g === gender;
    });
    if (compatible.length === 1) return compatible[0] as string;
    const sameTitled = onlySameTitled(compatible, title.title, options.titlesOf);
    if (sameTitled !== null) return sameTitled;
    const agreeing = compatible.filter((t) => genderOf(t) === gender);
    return agreeing.length === 1 ? (agreeing[0] as string) : pick(key, compatible, choose);
  };
  return (key, title, choose) => {
    if (title !== undefined) return resolveTitled(key, title, choose);
    const result = resolve(key, new Set());
    if (result !== key || choose === undefined) return result;
    return pick(key, targetsOf(key, new Set()), choose);
  };
}

/** What personKey changes: white space other than one plain space, or a curly apostrophe. */
const UNKEYED = /[^\S ]| \s|’/;

/** The key of a written name: lower case, single spaces, one apostrophe ("O’Toole" and "O'Toole" are one name). */
export function personKey(name: string): string {
  const lower = name.toLowerCase();
  // Most names have one plain space between words and no curly apostrophe: one scan instead of two replaces
  // (personKey took 0.8% of a Reuters --jobs 1 profile, asked for every mention by several passes).
  if (!UNKEYED.test(lower)) return lower;
  return lower.replace(/\s+/g, " ").replace(/’/g, "'");
}

/**
 * Which of `names` (full names as written) a shorter written name belongs to, by the person rule within a
 * document: a surname, a titled name or a first name joins the one name it ends or opens, or the one written
 * DOMINANCE times as often as the others when `mentionsOf` counts them; null for none or an unsettled tie. The
 * speakers' one rule for "which full name is this short name" (issue #11 item 4: fullerName and onlyFullName had
 * a rule each). A name of `names` finds itself.
 */
export function fullNameFinder(
  names: Iterable<string>,
  mentionsOf?: (name: string) => number,
): (name: string) => string | null {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = personKey(name);
    if (!byKey.has(key)) byKey.set(key, name);
  }
  const counted = mentionsOf === undefined ? undefined : (key: string) => mentionsOf(byKey.get(key) ?? key);
  const rule = personRule(byKey.keys(), { firstNames: true, mentionsOf: counted });
  return (name) => byKey.get(rule(personKey(name))) ?? null;
}
