/**
 * The places that modify a person's office ("Texas Gov. Dana Whitlow", "Dana Whitlow, the former Ohio governor,"),
 * and those a role noun phrase names ("the former Texas governor said"): a role phrase naming another place than
 * the one the document gives the person's office is not that person (issue 11: "the former <State> governor"
 * resolved to someone the document made governor of another state).
 */
import { OFFICE_MODIFIERS, PAST_OFFICE_MODIFIERS } from "../../lexicon/office-modifiers.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, TextSpan, Token } from "../../types.js";
import { phraseRunsTo } from "./noun-phrase.js";

/** Role nouns and the titles they point at, one word or two ("governor", "gov.", "prime minister"). */
const OFFICE_WORDS: ReadonlySet<string> = new Set(
  [...ROLE_TITLES].flatMap(([role, titles]) => [role, ...titles]),
);

/** As far back from a name as a place may modify its title ("Texas Republican Gov. Dana Whitlow"). */
const BEFORE_TOKENS = 4;
/** As far into an appositive as its role noun may stand ("Roe, the state's former two-term Ohio governor,"). */
const APPOSITIVE_TOKENS = 8;

/** Whether a token in [from, to) is a comma, period, colon or semicolon (a title's own stop, "Gov.", is none). */
function stopBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (/^[.,;:]$/.test((tokens[k] as Token).text)) return true;
  return false;
}

function isOfficeWord(tokens: readonly Token[], k: number): boolean {
  const word = (tokens[k] as Token).lower;
  return OFFICE_WORDS.has(word) || OFFICE_WORDS.has(`${word} ${tokens[k + 1]?.lower ?? ""}`);
}

/** Lower-cased names (canonical and as written) of the places in `places` that start in [from, to). */
function placeNames(places: readonly Mention[], from: number, to: number): string[] {
  return places
    .filter((p) => p.start >= from && p.start < to)
    .flatMap((p) => [p.entity.toLowerCase(), p.text.toLowerCase()]);
}

/**
 * The places modifying the office of the person mentioned at `person`: a place before the name with an office
 * word between and nothing but the name's phrase ("Ohio Gov. Roe", "Texas governor Jo Roe"), and a place
 * before the role noun of an appositive right after the name ("Roe, the former Ohio governor,"), when
 * `appositive` allows it (not a phrase opening the sentence, where the comma closes another phrase).
 */
export function placesOfOffice(
  tokens: readonly Token[],
  places: readonly Mention[],
  person: TextSpan,
  appositive: boolean,
): string[] {
  const at = tokenAt(tokens, person.start);
  const found: string[] = [];
  for (let k = at - 1; k >= Math.max(0, at - BEFORE_TOKENS); k--) {
    if (!isOfficeWord(tokens, k) || stopBetween(tokens, k, at) || !phraseRunsTo(tokens, k, at)) continue;
    const from = (tokens[Math.max(0, k - BEFORE_TOKENS)] as Token).start;
    const before = places.filter(
      (p) =>
        p.start >= from &&
        p.end <= (tokens[k] as Token).start &&
        phraseRunsTo(tokens, tokenAt(tokens, p.end), k) &&
        !stopBetween(tokens, tokenAt(tokens, p.end), k),
    );
    for (const p of before) found.push(p.entity.toLowerCase(), p.text.toLowerCase());
    break;
  }
  const comma = tokenAt(tokens, person.end);
  if (!appositive || tokens[comma]?.text !== ",") return found;
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 1 + APPOSITIVE_TOKENS); k++) {
    if (/^[,.;:!?]$/.test((tokens[k] as Token).text)) break;
    if (!isOfficeWord(tokens, k)) continue;
    found.push(...placeNames(places, (tokens[comma + 1] as Token).start, (tokens[k] as Token).start));
    break;
  }
  return found;
}

/** An office word at token `k` (one word or two, "ex-" stripped), or null. */
function officeAt(tokens: readonly Token[], k: number): string | null {
  const word = (tokens[k] as Token).lower.replace(/^ex-/, "");
  const pair = `${word} ${tokens[k + 1]?.lower ?? ""}`;
  return OFFICE_WORDS.has(pair) ? pair : OFFICE_WORDS.has(word) ? word : null;
}

function isPast(word: string): boolean {
  return PAST_OFFICE_MODIFIERS.has(word) || /^ex-./.test(word);
}

/**
 * The offices the mention at `person` gives, each as held before ("former Gov. Roe", "Roe, the former Ohio
 * governor,", "ex-senator Roe") or now ("Gov. Roe", "Roe, the governor,"): the office words in the name's own
 * phrase before it (office words, capitalized words and office modifiers only) and in an appositive after it
 * (when `appositive` allows it), up to its first office word.
 */
export function officeTenses(
  tokens: readonly Token[],
  person: TextSpan,
  appositive: boolean,
): { past: string[]; present: string[] } {
  const past: string[] = [];
  const present: string[] = [];
  const at = tokenAt(tokens, person.start);
  // Back from the name: the office words, then whether a past modifier stands before them.
  const offices: string[] = [];
  let before = false;
  for (let k = at - 1; k >= Math.max(0, at - BEFORE_TOKENS); k--) {
    const t = tokens[k] as Token;
    const office = officeAt(tokens, k);
    if (office !== null) {
      offices.push(office);
      if (/^ex-./.test(t.lower)) before = true;
    } else if (isPast(t.lower)) before = true;
    else if (
      offices.length > 0 &&
      k > 0 &&
      isPast((tokens[k - 1] as Token).lower) &&
      /^\p{Ll}+$/u.test(t.text)
    )
      // "former finance minister Jo Roe", "a former health secretary": one lower-case portfolio word between.
      continue;
    else if (!OFFICE_MODIFIERS.has(t.lower) && !/^\p{Lu}/u.test(t.text)) break;
  }
  (before ? past : present).push(...offices);
  const comma = tokenAt(tokens, person.end);
  if (!appositive || tokens[comma]?.text !== ",") return { past, present };
  let after = false;
  for (let k = comma + 1; k < Math.min(tokens.length, comma + 1 + APPOSITIVE_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (/^[,.;:!?]$/.test(t.text) || t.lower === "who" || t.lower === "and") break;
    const office = officeAt(tokens, k);
    if (office !== null) {
      (after || /^ex-./.test(t.lower) ? past : present).push(office);
      break;
    }
    if (isPast(t.lower)) after = true;
  }
  return { past, present };
}

/** Whether a role noun phrase puts its office in the past ("the former Texas governor", "an ex-senator"). */
export function pastPhrase(span: TextSpan): boolean {
  return span.text
    .toLowerCase()
    .split(/\s+/)
    .some((w) => isPast(w));
}

/** The places a role noun phrase names ("the former Texas governor", "the governor of Ohio"), lower case. */
export function placesOfPhrase(places: readonly Mention[], span: TextSpan): Set<string> {
  return new Set(placeNames(places, span.start, span.end));
}
