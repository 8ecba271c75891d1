/**
 * A person the tagger missed but a title names: "by Justice Marwood, he ...", "Mr Haddad said". A person's title
 * (lexicon/person-titles.ts) followed by one to three capitalized name words, with no capitalized word after
 * them (so not "Judge Rotenberg Center"), is that person. Part of the per-document naming (index.ts).
 */
import { gazetteer, Kind, NOT_PERSON_KINDS } from "../../extract/entities/gazetteer.js";
import { isTitleCaseLine } from "../../extract/entities/person-span.js";
import { titleBefore } from "../../extract/entities/title-phrases.js";
import { mentionAt } from "../../extract/mention.js";
import { endsOtherName } from "../../lexicon/organization-suffixes.js";
import { PERSON_TITLES } from "../../lexicon/person-titles.js";
import { AMBIGUOUS_TITLES, PERSONAL_TITLES } from "../../lexicon/title-kinds.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

const MAX_NAME_WORDS = 3;

/** Capitalized and in mixed case: a line in capitals (a table of stock quotes, "DET ED 17 1/4") shows nothing. */
export const isMixedCaseWord = (token: Token | undefined): boolean =>
  isCapitalizedWord(token) && /\p{Ll}/u.test((token as Token).text);

let endings: Set<string> | null = null;

/** The last words of the titles (lower case, as tokens write them: "minister", "sen"), made once. */
function titleEndings(): ReadonlySet<string> {
  if (endings === null) {
    endings = new Set<string>();
    for (const title of [...PERSON_TITLES, ...PERSONAL_TITLES]) {
      const last = title.toLowerCase().split(/\s+/).at(-1) as string;
      endings.add(last);
      endings.add(last.replace(/\.$/, ""));
    }
  }
  return endings;
}

/**
 * How many tokens the person's title ending at token `at` spans (0: none): a title of one to three words
 * ("Justice", "Chief Executive", "Deputy Prime Minister") or a title of address ("Baroness"), capitalized and
 * in mixed case, and no title that also opens names of things.
 */
function personTitleEndingAt(tokens: readonly Token[], at: number): number {
  // Most words end no title: one set lookup for them, no phrase built (this runs over every word of a corpus).
  const token = tokens[at] as Token;
  const first = token.text.charCodeAt(0);
  // Capitalized: an ASCII capital, or past ASCII (the full test below); no string made for other words.
  if (!(first >= 65 && first <= 90) && first < 128) return 0;
  if (!titleEndings().has(token.lower) || !isMixedCaseWord(token)) return 0;
  for (let words = 3; words >= 1; words--) {
    const span = tokens.slice(at + 1 - words, at + 1);
    if (span.length < words || !span.every(isMixedCaseWord)) continue;
    // Array.from, not map: an optimized map's array is HOLEY, the builtin's packed ("wrong map" deopt at join).
    const key = Array.from(span, (t) => t.lower).join(" ");
    if (AMBIGUOUS_TITLES.has(key)) return 0;
    if (((gazetteer().phrases.get(key) ?? 0) & Kind.title) !== 0 || PERSONAL_TITLES.has(key)) return words;
  }
  return 0;
}

/**
 * A word that may be a person's name: capitalized in mixed case, no title, no place or company word, and no ordinary
 * word unless it is also a known first name or surname.
 */
export function isPersonNameWord(token: Token | undefined): boolean {
  if (!isMixedCaseWord(token)) return false;
  const word = (token as Token).text;
  if (!/^\p{Lu}[\p{L}'’-]*\p{L}$/u.test(word)) return false;
  const key = word.toLowerCase();
  const kind = gazetteer().phrases.get(key) ?? 0;
  if ((kind & (NOT_PERSON_KINDS | Kind.title)) !== 0) return false;
  if (endsOtherName(key)) return false;
  return (kind & (Kind.lastName | Kind.firstName)) !== 0 || !gazetteer().ordinaryWords.has(key);
}

/** Whether tokens [i, end) sit in a title-case line, where every word is capitalized ("President Signs Bill"). */
export function inTitleCaseLine(tokens: readonly Token[], i: number, end: number, text: string): boolean {
  const lineStart = text.lastIndexOf("\n", (tokens[i] as Token).start) + 1;
  const lineEnd = text.indexOf("\n", (tokens[end - 1] as Token).end);
  const last = lineEnd < 0 ? tokens.length : tokenAt(tokens, lineEnd);
  return isTitleCaseLine(tokens, tokenAt(tokens, lineStart), last, gazetteer());
}

/**
 * The mentions with a person added for each titled name no mention covers. The title is the mention's `title`;
 * the name words must end before an uncapitalized word or punctuation.
 */
export function withTitledNames(mentions: Mention[], tokens: readonly Token[], text: string): Mention[] {
  const added: Mention[] = [];
  let m = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const titleWords = personTitleEndingAt(tokens, i);
    if (titleWords === 0) continue;
    let first = i + 1;
    if (tokens[first]?.text === "." && tokens[first]?.start === (tokens[i] as Token).end) first++;
    let end = first;
    while (end < tokens.length && end - first < MAX_NAME_WORDS && isPersonNameWord(tokens[end])) end++;
    if (end === first || isCapitalizedWord(tokens[end])) continue;
    if (!oneSpaceApart(tokens, i, end, text)) continue;
    const start = (tokens[first] as Token).start;
    const stop = (tokens[end - 1] as Token).end;
    const titleStart = (tokens[i + 1 - titleWords] as Token).start;
    while (m < mentions.length && (mentions[m] as Mention).end <= titleStart) m++;
    if (m < mentions.length && (mentions[m] as Mention).start < stop) continue;
    if (inTitleCaseLine(tokens, i, end, text)) continue;
    const name = text.slice(start, stop);
    added.push(
      mentionAt(start, stop, name, "person", name, text.slice(titleStart, (tokens[first - 1] as Token).end)),
    );
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

const ONE_SPACE_OR_NONE = /^ ?$/;

/**
 * Words of one name are one space apart ("Justice Marwood", not "Justice\n\nMarwood"): tokens `[first, end)`.
 * A loop in a function of its own: a closure over a slice of the tokens in withTitledNames's loop made V8
 * allocate a context for every token, 2.8% of what annotating allocated (10.5 MB of 377 MB over 1,500 Reuters
 * documents, sampling heap profiler).
 */
function oneSpaceApart(tokens: readonly Token[], first: number, end: number, text: string): boolean {
  for (let k = first + 1; k < end; k++)
    if (!ONE_SPACE_OR_NONE.test(text.slice((tokens[k - 1] as Token).end, (tokens[k] as Token).start)))
      return false;
  return true;
}

/** "Mr", "Mrs", "Ms" (a full stop or not) and at most an initial right before a mention: no firm's or place's name. */
const ADDRESSED_BEFORE = /(?:^|[\s("“‘])(?:Mr|Mrs|Ms)\.?\s(?:\p{Lu}\.\s)?$/u;

/**
 * Whether a firm or a place mention of one to three capitalized words is addressed with "Mr", "Mrs" or "Ms" ("Mr.
 * R. Talbot Quill, my landlord", read as a firm): a person. "Dr" and "Miss" open brands and contests ("Dr
 * Marten Vale" boots, "Miss Harbour Vale"). FIT sample (session 11): one such person missed.
 */
function isAddressed(m: Mention, text: string): boolean {
  // An "M" in the 12 characters before, read from the codes first: ADDRESSED_BEFORE holds one, and most firms and
  // places have none there (the two patterns ran for every organization and place mention).
  if (!hasCodeBefore(text, m.start, 12, 77)) return false;
  if (!/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}$/u.test(m.text)) return false;
  return ADDRESSED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** Whether the character `code` is among the `width` characters before `at`. */
function hasCodeBefore(text: string, at: number, width: number, code: number): boolean {
  for (let k = Math.max(0, at - width); k < at; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/**
 * Sets the title of a person mention that has none where a title stands just before it, one space apart ("Mrs
 * May"): extraction's surname pass ("May" after "Delia May") reads a name without the words before it, and the
 * person rule needs the title's gender ("Mrs May" is Delia May, not Colin May). A firm or a place addressed as
 * a person is one first (isAddressed).
 */
export function withTitlesBefore(mentions: Mention[], tokens: readonly Token[], text: string): Mention[] {
  for (const m of mentions) {
    if ((m.type === "organization" || m.type === "place") && isAddressed(m, text)) m.type = "person";
    if (m.type !== "person" || m.title !== undefined) continue;
    const at = tokenAt(tokens, m.start);
    if (at < 1 || (tokens[at] as Token).start !== m.start) continue;
    const title = titleBefore(tokens, at, Math.max(0, at - 4), gazetteer());
    if (title === null) continue;
    const titleStart = (tokens[at - title.length] as Token).start;
    if (!/^[\p{L}. ]+ $/u.test(text.slice(titleStart, m.start))) continue;
    m.title = title.text;
  }
  return mentions;
}
