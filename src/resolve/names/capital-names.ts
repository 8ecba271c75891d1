/**
 * A name in a line written all in capitals (a telex or wire story of the 1960s-80s: "BRITISH STEEL CHAIRMAN DANA
 * WHITLOW SAID TODAY ..."), which the tagger cuts at its known first name ("DANA"): capitals there carry no signal,
 * and the surname after it, a word of no dictionary followed by a reporting verb or a comma, goes with it. Invented battery (FIT, 1960s-80s wire styles): 2
 * of 2 such names cut to the first name. Part of the per-document naming (index.ts), before the titles are read.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, NOT_PERSON_KINDS } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, Token } from "../../types.js";

/** A word in capitals of three letters or more, an apostrophe or a hyphen inside ("WHITLOW", "O'BRIEN"). */
const CAPITALS_WORD = /^\p{Lu}[\p{Lu}'’-]*\p{Lu}$/u;

/** Whether a token is a surname written in capitals: no dictionary word, function word, place or organization. */
function isCapitalSurname(token: Token | undefined): boolean {
  if (
    token === undefined ||
    token.kind !== "word" ||
    token.text.length < 3 ||
    !CAPITALS_WORD.test(token.text)
  )
    return false;
  const gaz = gazetteer();
  const key = token.lower;
  if (STOPWORDS.has(key) || gaz.ordinaryWords.has(key) || gaz.commonWords.has(key)) return false;
  return ((gaz.phrases.get(key) ?? 0) & NOT_PERSON_KINDS) === 0;
}

/** The mentions with a first name in capitals joined to the surname in capitals after it; the same array if none. */
export function withCapitalSurnames(mentions: Mention[], tokens: readonly Token[], text: string): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    // A cheap test first: a person of one word in capitals ("DANA"); most mentions have a lower-case letter.
    if (m.type !== "person" || !CAPITALS_WORD.test(m.text) || !isKnownFirstName(m.text, "alone")) continue;
    const at = tokenAt(tokens, m.start);
    const next = tokens[at + 1];
    const previous = tokens[at - 1];
    if (next === undefined || text.slice(m.end, next.start) !== " " || !isCapitalSurname(next)) continue;
    // In a line of capitals: the word before the name is in capitals too, or the name opens its line.
    if (
      previous !== undefined &&
      /\p{Ll}/u.test(previous.text) &&
      !text.slice(previous.end, m.start).includes("\n")
    )
      continue;
    // A speaker's name: a reporting verb or a comma after it ("… WHITLOW SAID", "… HALLAM, WHO"). The first version
    // joined any word in capitals: CHECK (seed 21212121), 2 of 3 records changed worse (a headline's "<Surname>
    // HOMER", a bond sheet's "<Firm> K-SHEETS"); Reuters 3 neutral (a town "SAO LUIZ GONZAGA").
    const after = tokens[at + 2];
    if (after === undefined || (after.text !== "," && !REPORTING_VERBS.has(after.lower))) continue;
    const following = mentions[i + 1];
    if (following !== undefined && following.start < next.end) continue;
    out ??= mentions.slice();
    const name = text.slice(m.start, next.end);
    out[i] = mentionAt(m.start, next.end, name, "person", name, m.title);
  }
  return out ?? mentions;
}

/**
 * A surname alone later in a line of capitals ("... WHITLOW SAID TAXES WOULD NOT RISE", "..., WHITLOW TOLD
 * REPORTERS"), before a reporting verb or a comma, where the document names a person in full with that surname
 * ("DANA WHITLOW", "Dana Whitlow"): the tagger, which reads capitals as a headline's, left it out. The person rule
 * then joins it to the full name. Invented battery (FIT, 1960s-80s wire styles): 2 of 2 such surnames missed.
 */
export function withCapitalSurnamesAlone(
  mentions: Mention[],
  tokens: readonly Token[],
  text: string,
): Mention[] {
  // A cheap test first: a document with no line of capitals has no such surname.
  if (!/\p{Lu}{3,} \p{Lu}{3,}/u.test(text)) return mentions;
  const surnames = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const last = /\s(\p{L}[\p{L}'’-]*)$/u.exec(m.text)?.[1];
    if (last !== undefined && last.length >= 3) surnames.add(last.toLowerCase());
  }
  if (surnames.size === 0) return mentions;
  let out: Mention[] | null = null;
  let next = 0;
  for (let at = 0; at < tokens.length - 1; at++) {
    const token = tokens[at] as Token;
    if (!surnames.has(token.lower) || !CAPITALS_WORD.test(token.text)) continue;
    const after = tokens[at + 1] as Token;
    if (after.text !== "," && !(REPORTING_VERBS.has(after.lower) && CAPITALS_WORD.test(after.text))) continue;
    // In a line of capitals: the word before is in capitals too, or the surname opens its line.
    const previous = tokens[at - 1];
    if (
      previous !== undefined &&
      /\p{Ll}/u.test(previous.text) &&
      !text.slice(previous.end, token.start).includes("\n")
    )
      continue;
    while (next < mentions.length && (mentions[next] as Mention).end <= token.start) next++;
    const covering = mentions[next];
    if (covering !== undefined && covering.start < token.end) continue;
    out ??= mentions.slice();
    out.push(mentionAt(token.start, token.end, token.text, "person", token.text));
  }
  return out === null ? mentions : out.sort((a, b) => a.start - b.start);
}
