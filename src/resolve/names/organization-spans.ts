/**
 * Organization spans the tagger misses or mislabels, found by rules that hold whatever the name: a role
 * noun alone ("a Liberal MP", "the CEO") is no organization; a name defined by an acronym in parentheses
 * ("the Royal Canadian Mounted Police (RCMP)") is one organization whose initials spell it; and a capitalized
 * word naming a party of the document ("Conservatives", "the Conservative leader") is that party.
 */

import { mentionAt, shortened } from "../../extract/mention.js";
import {
  INSTITUTION_WORDS,
  POSSESSIVE_INSTITUTION_WORDS,
  SAINT_INSTITUTION_WORDS,
} from "../../lexicon/organization-suffixes.js";
import { PERSON_TITLES } from "../../lexicon/person-titles.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { tokenInitialsStart } from "../../text/tickers.js";
import { tokenAt } from "../../text/token-at.js";
import { isAcronymShaped, isCapitalized } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

const ROLE_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_TITLES.map((t) => t.toLowerCase().replace(/\.$/, "")),
  ...ROLE_TITLES.keys(),
]);

/** Whether a name is a title or role noun alone ("MP", "CEO", "Sen."), which names a person, never a body. */
export function isRoleWord(name: string): boolean {
  return ROLE_WORDS.has(name.toLowerCase().replace(/\.$/, ""));
}

/**
 * Whether a word is an abbreviated role or its plural ("MP", "MPs", "CEO"). Only abbreviations: a role word
 * spelled out ends many names (Reuters bench: "House of Representatives", "Shearson Lehman Brothers",
 * "Council of Economic Advisers" were cut when every role word was).
 */
function isRoleAbbreviation(word: string): boolean {
  if (!/^\p{Lu}{2,}s?$/u.test(word)) return false;
  return isRoleWord(word) || (word.endsWith("s") && isRoleWord(word.slice(0, -1)));
}

/**
 * The mentions without organizations that are a title or role noun alone ("MP"), and with the role nouns
 * abbreviated that end an organization's span cut off ("Labour MPs" → "Labour"): members are not their body's name.
 */
export function withoutRoleOrganizations(mentions: Mention[]): Mention[] {
  const kept: Mention[] = [];
  for (const mention of mentions) {
    if (mention.type !== "organization") {
      kept.push(mention);
      continue;
    }
    // Most organizations end with no role: their last word first, the split only for one that does (the split
    // was 0.7% of a Reuters `--jobs 1` profile).
    if (!isRoleAbbreviation(mention.text.slice(mention.text.lastIndexOf(" ") + 1))) {
      kept.push(mention);
      continue;
    }
    const words = mention.text.split(" ");
    let last = words.length;
    while (last > 0 && isRoleAbbreviation(words[last - 1] as string)) last--;
    if (last === 0) continue;
    if (last < words.length) {
      const text = words.slice(0, last).join(" ");
      kept.push(shortened(mention, mention.start + text.length, text));
    } else kept.push(mention);
  }
  return kept;
}

/**
 * Adds the organization a parenthesized acronym defines when the tagger missed its full name or took only a
 * part of it ("Canadian" as a demonym): the words before "(" whose initials spell the acronym become one
 * organization mention, replacing the mentions inside them, when the tagger reads the acronym as an
 * organization here or elsewhere in the document. A full name already tagged whole (a country:
 * "Democratic Republic of Congo (DRC)") or an acronym tagged as a place or person is left alone.
 */
export function withDefinedOrganizations(
  mentions: Mention[],
  text: string,
  tokens: readonly Token[],
): Mention[] {
  let result = mentions;
  // The "(" tokens found by a search of the text, not a walk of every token: a document has a few at most, and
  // the walk was 0.5% of an in-process Reuters run (see the commit). A "(" token starts at a "(" of the text (a
  // "(" inside another token is skipped: no token starts there).
  for (let at = text.indexOf("("); at >= 0; at = text.indexOf("(", at + 1)) {
    const i = tokenAt(tokens, at);
    if (
      i < 1 ||
      i + 2 >= tokens.length ||
      (tokens[i] as Token).start !== at ||
      tokens[i]?.text !== "(" ||
      tokens[i + 2]?.text !== ")" ||
      !isAcronymShaped((tokens[i + 1] as Token).text)
    )
      continue;
    result = withDefinitionAt(result, text, tokens, i);
  }
  return result === mentions ? mentions : result.sort((a, b) => a.start - b.start);
}

/**
 * `result` with the organization that the acronym in parentheses after token `i` (the "(") defines, if any. Apart from
 * the loop over the tokens: its closures over the acronym made V8 allocate a context for every token, 3% of
 * what annotating allocated (12.9 MB of 377 MB over 1,500 Reuters documents, sampling heap profiler).
 */
function withDefinitionAt(
  result: Mention[],
  text: string,
  tokens: readonly Token[],
  open: number,
): Mention[] {
  const i = open;
  const acronym = tokens[i + 1] as Token;
  const tagged = result.find((m) => m.start === acronym.start && m.end === acronym.end);
  if (tagged !== undefined && tagged.type !== "organization") return result;
  // The tagger must read the acronym as an organization somewhere: "Gross Domestic Product (GDP)" and
  // "European Currency Unit (ECU)" define acronyms too (Reuters bench: 6 and 4 documents otherwise).
  if (!result.some((m) => m.type === "organization" && m.text === acronym.text)) return result;
  const first = tokenInitialsStart(tokens, i - 1, acronym.text);
  if (first < 0) return result;
  const start = (tokens[first] as Token).start;
  const end = (tokens[i - 1] as Token).end;
  if (result.some((m) => m.start <= start && m.end >= end)) return result;
  const name = text.slice(start, end);
  const added: Mention[] = [mentionAt(start, end, name, "organization")];
  // A mention, not the token spread: a token's `kind` would reach the annotate record (23 Reuters records had it).
  if (tagged === undefined) added.push(mentionAt(acronym.start, acronym.end, acronym.text, "organization"));
  return [...result.filter((m) => m.end <= start || m.start >= end), ...added];
}

/**
 * Adds a mention for each capitalized word outside the mentions that `partyOf` reads as a party of the
 * document ("Conservatives said", "The Conservative leader", "the Tories"), the tagger having missed it.
 */
export function withPartyWords(
  mentions: Mention[],
  tokens: readonly Token[],
  partyOf: (word: string) => string | undefined,
): Mention[] {
  const added: Mention[] = [];
  let next = 0;
  for (const token of tokens) {
    if (token.kind !== "word" || !isCapitalized(token.text)) continue;
    while (next < mentions.length && (mentions[next] as Mention).end <= token.start) next++;
    const covering = mentions[next];
    if (covering !== undefined && covering.start < token.end) continue;
    const party = partyOf(token.text);
    if (party !== undefined) added.push(mentionAt(token.start, token.end, token.text, "organization", party));
  }
  if (added.length === 0) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}

/** An institution's last word in mixed case right after a name, and its "of" tail ("Institute of Applied Optics"). */
const INSTITUTION_TAIL = /^ (\p{Lu}\p{Ll}+)(?: of(?: the)? \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,3})?/u;

/**
 * The mentions with each organization the tagger cut before its institution's word grown to hold it ("Kestrel"
 * of "the Kestrel Institute of Applied Optics"), where no mention starts in that tail: left cut, its first word
 * alone was read as the organization "Kestrel", and over a corpus as the person of that surname (GUM train:
 * an institute of mathematics named for a physicist).
 */
export function withInstitutionTails(mentions: Mention[], text: string): Mention[] {
  for (const [i, m] of mentions.entries()) {
    // Bound-checked reads (text and mentions): past the end they were "out of bounds" deopts (--trace-deopt).
    if (m.type !== "organization" || m.end >= text.length || text[m.end] !== " ") continue;
    const tail = INSTITUTION_TAIL.exec(text.slice(m.end, m.end + 80));
    if (tail === null || !INSTITUTION_WORDS.has((tail[1] as string).toLowerCase())) continue;
    const end = m.end + tail[0].length;
    if (i + 1 < mentions.length && (mentions[i + 1] as Mention).start < end) continue;
    m.end = end;
    m.text = text.slice(m.start, end);
    m.entity = m.text;
  }
  return mentions;
}

/** An owner's possessive, then an institution's word ("'s College", "' Hospital" after "St Brendan"). */
const POSSESSIVE_INSTITUTION = /^['’]s? (\p{Lu}\p{Ll}+)(?![\p{L}'’-])/u;

/** An owner named in a possessive institution's name: one word, or a saint's name ("St Ebbe", "Saint Brendan"). */
const OWNER = /^(?:\p{Lu}[\p{L}.-]*|(?:St\.?|Saint) \p{Lu}\p{Ll}+)$/u;

/** A saint's name ("St. Aldric", "St Ebbe", "Saint Brendan"): a church is named with its possessive. */
const SAINT = /^(?:St\.?|Saint) \p{Lu}\p{Ll}+$/u;

/** Where the institution named by mention `m` and a possessive ends ("Queen" + "'s Club"); -1 for none. */
function possessiveInstitutionEnd(m: Mention, text: string): number {
  const c = text.charCodeAt(m.end);
  // An apostrophe right after the mention first (cheap: most mentions are followed by none).
  if (c !== 39 && c !== 0x2019) return -1;
  const tail = POSSESSIVE_INSTITUTION.exec(text.slice(m.end, m.end + 40));
  if (tail === null) return -1;
  const word = (tail[1] as string).toLowerCase();
  if (!POSSESSIVE_INSTITUTION_WORDS.has(word) && !(SAINT_INSTITUTION_WORDS.has(word) && SAINT.test(m.text)))
    return -1;
  if (!OWNER.test(m.text) || POSSESSIVE_INSTITUTION_WORDS.has(m.text.toLowerCase())) return -1;
  const end = m.end + tail[0].length;
  // A body's part named by what it belongs to ("<Place>'s Institute for …", "the University's School of …",
  // "<Name> University's Institute"): a possessive of ownership, no name (CHECK: PolNeAR and CoNLL train).
  if (/^ (?:of|for)\b/.test(text.slice(end, end + 5))) return -1;
  if (/(?:(?:^|[^\p{L}])[Tt]he|\p{Lu}[\p{L}.]*) $/u.test(text.slice(Math.max(0, m.start - 20), m.start)))
    return -1;
  return end;
}

/**
 * The mentions with each institution named by a possessive made one organization ("Queen's Club", "Queen's
 * College Dunmore", "St Ebbe's College", "St Brendan's Hospital"): the tagger cuts the name at "'s" and reads the owner
 * ("Queen", "St Ebbe") as a person, the rest ("'s Club", "College Dunmore") as another name or nothing.
 * The owner must be one word or a saint's name (a person's full name with a possessive is that person's: "Dana
 * Whitlow's School"); the mentions starting inside the institution's words are part of its name.
 */
export function withPossessiveInstitutions(mentions: Mention[], text: string): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    let end = possessiveInstitutionEnd(m, text);
    if (end < 0) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    let next = i + 1;
    while (next < mentions.length && (mentions[next] as Mention).start < end) {
      end = Math.max(end, (mentions[next] as Mention).end);
      next++;
    }
    const name = text.slice(m.start, end);
    out.push(mentionAt(m.start, end, name, "organization", name));
    i = next - 1;
  }
  return out ?? mentions;
}
