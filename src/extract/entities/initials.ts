/**
 * A person the tagger read up to its initials only ("D." of "D. Ashworth 4-43" in a cricket scorecard, "J." of
 * "J. Hugh Liedtke"): the name goes on over the capitalized words after it on the same line. CoNLL dev PER+LOC
 * had eight such names (92.2 -> 92.4). Not into a place or an organization the tagger read there ("E. Europe",
 * "F. O. Lindqvist"), nor into a company ("J. Hartwell PLC", "C. Okabe and Co").
 */
import { DOTTED_NON_INITIALS } from "../../lexicon/abbreviations.js";
import { COMPANY_FORMS, ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { isCapitalized, isInitial, isNameShaped } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { type Gazetteer, Kind, PLACE_KINDS } from "./gazetteer.js";
import { isRoleNoun } from "./role-nouns.js";
import type { TokenSpan } from "./spans.js";
import { titleBefore } from "./title-phrases.js";

/** At most this many words after the initials ("Hugh Liedtke"). */
const MOST_WORDS = 3;

/** Whether a token is a company's form or word ("Ltd", "Corp.", "Partners", "&"): a name before it is a firm's. */
export function isCompanyWord(token: Token | undefined): boolean {
  if (token === undefined) return false;
  const key = token.lower.replace(/\.$/, "");
  return COMPANY_FORMS.has(key) || ORGANIZATION_SUFFIXES.has(key) || key === "&";
}

/**
 * Whether a name ending at `end` is a company's or a partnership's: "Hartwell PLC", "Okabe and Co.", and "W. Kessel,
 * M. Frank and Co" (more partners' names and commas before the company word).
 */
function companyFollows(tokens: readonly Token[], end: number): boolean {
  for (let i = end; i < end + 8; i++) {
    const token = tokens[i];
    if (token === undefined) return false;
    if (isCompanyWord(token)) return true;
    const key = token.lower;
    if (key === "and") return isCompanyWord(tokens[i + 1]);
    if (key !== "," && !isCapitalized(token.text)) return false;
  }
  return false;
}

/**
 * Whether tokens a and b are separated by spaces alone, or by a wrapped line (Reuters wraps its lines: "C. Fred" /
 * "Ostrander said"); not by an indented line or a blank one ("minus 10 degrees F." / "    Snow cover is scant").
 */
function sameLine(text: string, a: Token, b: Token): boolean {
  return /^(?: +|[ \t]*\r?\n ?)$/.test(text.slice(a.end, b.start));
}

/** Whether token i may be a word of a person's name after initials. */
function isNameWordAfterInitials(tokens: readonly Token[], i: number, gaz: Gazetteer): boolean {
  const word = tokens[i] as Token;
  if (!isNameShaped(word.text)) return false;
  // An abbreviation: a short word with its full stop right after it ("Va." of "Wheeling, W. Va.").
  const after = tokens[i + 1];
  if (word.text.length <= 3 && after?.text === "." && after.start === word.end) return false;
  const key = word.lower;
  const kind = gaz.phrases.get(key) ?? 0;
  if ((kind & PLACE_KINDS) !== 0) return false;
  // An ordinary word that is no known name starts the sentence after an abbreviation ("S and P. On June 12").
  return !gaz.ordinaryWords.has(key) || (kind & (Kind.firstName | Kind.lastName)) !== 0;
}

/** Two or three capitals, a name's initials written without stops ("VK" of "VK Menon"). */
const UNSTOPPED_INITIALS = /^\p{Lu}{2,3}$/u;

/**
 * Whether the span is one word of initials without stops right after a person's title ("Dr. [VK] Menon", "Prof.
 * [PS] Iyer"), as South Asian papers write them: the tagger read the initials alone as the person, and the surname
 * was listed apart. After a title the capitals are no organization's. Invented battery (FIT): 2 of 64 articles.
 */
function isUnstoppedInitials(tokens: readonly Token[], span: TokenSpan, gaz: Gazetteer): boolean {
  if (span.end - span.first !== 1 || !UNSTOPPED_INITIALS.test((tokens[span.first] as Token).text))
    return false;
  return titleBefore(tokens, span.first, Math.max(0, span.first - 4), gaz) !== null;
}

/**
 * Whether the span is one token of two or three initials written together that no list knows ("P.K.", "T.J.";
 * not "U.S.", "U.N."), read as a person or an organization alone: a given name's initials, which North American
 * sports pages write so ("P.K. Subban", "T.J. Oshie"; session 37 probe, CP 2019: "T.J." an organization and
 * "Oshie" lost, "P.K." cut from "Subban").
 */
function isGivenInitials(tokens: readonly Token[], span: TokenSpan, gaz: Gazetteer): boolean {
  if (span.end - span.first !== 1 || (span.label !== "PER" && span.label !== "ORG")) return false;
  const token = tokens[span.first] as Token;
  const next = tokens[span.end];
  // (Not an organization's letters before an office: "U.N. Secretary-General", "U.S. Attorney".)
  return (
    GIVEN_INITIALS.test(token.text) &&
    !DOTTED_NON_INITIALS.has(token.lower) &&
    gaz.phrases.get(token.lower) === undefined &&
    gaz.phrases.get(token.lower.replace(/\./g, "")) === undefined &&
    next !== undefined &&
    !isRoleNoun(next.text.split("-")[0] as string) &&
    ((gaz.phrases.get(next.lower) ?? 0) & Kind.title) === 0
  );
}

/** Two or three initials with their stops, written together ("P.K.", "J.R.R."). */
const GIVEN_INITIALS = /^(?:\p{Lu}\.){2,3}$/u;

export function extendInitials(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  text: string,
  sentenceEnd: number,
  gaz: Gazetteer,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s] as TokenSpan;
    out.push(span);
    if (span.label !== "PER" && !isGivenInitials(tokens, span, gaz)) continue;
    let initials = true;
    for (let i = span.first; i < span.end && initials; i++) initials = isInitial((tokens[i] as Token).text);
    if (!initials) initials = isGivenInitials(tokens, span, gaz);
    if (!initials) initials = isUnstoppedInitials(tokens, span, gaz);
    // After another initial the tagger left out ("F. O. Lindqvist", a firm) the reading is too unsure to go on.
    if (!initials || isInitial(tokens[span.first - 1]?.text ?? "")) continue;
    let end = span.end;
    let absorbed = s;
    const following = spans[s + 1];
    // The tagger's next name, when it is a person's ("W." + "Donald" of "W. Donald Bell"), is the rest of it; so is
    // a one-word organization or MISC there ("Ashworth" of "D. Ashworth 4-43"), not a place ("E. Europe") unless a
    // score follows ("M. Dorrance 4-55": CoNLL dev FIT, seed 20261215, two bowlers' surnames read as places).
    if (following !== undefined && following.first === end) {
      const oneWord =
        following.end - following.first === 1 &&
        (following.label !== "LOC" || isScore(tokens[following.end])) &&
        isNameWordAfterInitials(tokens, following.first, gaz);
      if (!(following.label === "PER" || oneWord)) continue;
      if (!sameLine(text, tokens[end - 1] as Token, tokens[end] as Token)) continue;
      end = following.end;
      absorbed = s + 1;
    }
    let cut = false;
    // The words taken, end - span.end, written out: a closure here made V8 allocate the loop body's variables
    // as a context at every span (4,000 Reuters documents: 5.8 MB).
    while (end - span.end < MOST_WORDS) {
      // A name the sentence splitter cut ("C. Fred" / "Ostrander said" at a wrapped line) is left as the tagger read it.
      if (end >= sentenceEnd) {
        cut = tokens[end] !== undefined && isNameShaped((tokens[end] as Token).text);
        break;
      }
      const next = tokens[end];
      const nextSpan = spans[absorbed + 1];
      if (
        next === undefined ||
        !isNameShaped(next.text) ||
        (nextSpan !== undefined && nextSpan.first === end)
      )
        break;
      if (!sameLine(text, tokens[end - 1] as Token, next) || !isNameWordAfterInitials(tokens, end, gaz))
        break;
      end++;
    }
    if (end === span.end || cut || companyFollows(tokens, end)) continue;
    out[out.length - 1] = { label: "PER", first: span.first, end };
    s = absorbed;
  }
  return out;
}

/** A score after a player's name in a scorecard: runs ("70"), a bowler's wickets for runs ("4-55"). */
function isScore(token: Token | undefined): boolean {
  return token !== undefined && /^\d+(?:-\d+)?$/.test(token.text);
}
