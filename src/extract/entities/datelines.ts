/**
 * The place of a dateline, read as an organization or a person: "HARLOW, England 2004-05-01", "CORBY 1996-08-30",
 * "ASHFORD (Reuters) -", "KELSO, Ont. —". A news article opens its text with the place it was filed from, in
 * capitals, then the date, the agency or a dash; the tagger remembers a town's club from the headline ("HARLOW BEAT
 * CORBY") or reads an unknown capitalized word as a person there. CoNLL dev FIT (seed 20261215): two towns whose
 * clubs the headline named were read as organizations.
 */
import { MONTH_ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import { MONTHS } from "../../lexicon/attribution-phrases.js";
import { DASHES } from "../../lexicon/dashes.js";
import { CANADIAN_PROVINCE_ABBREVIATIONS } from "../../lexicon/regions.js";
import { US_STATE_ABBREVIATIONS } from "../../lexicon/us-states.js";
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import {
  isGazetteerPlace,
  isStoryTown,
  isTitleCaseSpan,
  isTitleCaseWord,
  opensLine,
  opensStory,
} from "./dateline-shapes.js";
import { type Gazetteer, Kind } from "./gazetteer.js";
import { keyOf } from "./places.js";
import { replaceSpans } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";

/** A date after a dateline's place: "1996-08-30", "2004-05-01". */
const ISO_DATE = /^\d{4}-\d\d-\d\d$/;
/** A month as a dateline writes it ("Aug 30", "March 3", "Sept. 4"), lower-cased, without a full stop. */
const DATELINE_MONTHS: ReadonlySet<string> = new Set([...MONTH_ABBREVIATIONS, ...MONTHS]);
/** At most this many words of a region after the comma ("HARLOW, Essex, England"). */
const MOST_REGION_WORDS = 4;

/** A state's or province's abbreviation after a dateline's town ("Mont.", "Ont.", "N.S."). */
const REGION_ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...US_STATE_ABBREVIATIONS,
  ...CANADIAN_PROVINCE_ABBREVIATIONS,
]);

const isCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

/**
 * Whether token i ends a dateline: a date, or (`known`: after a place the gazetteer knows) an agency in brackets or
 * a dash. A section's or a sport's slug opens a line before a dash too ("MARKETS - Prices fell", "ATHLETICS -").
 */
function endsDateline(tokens: readonly Token[], i: number, known: boolean): boolean {
  const token = tokens[i];
  if (token === undefined) return false;
  if (ISO_DATE.test(token.text)) return true;
  const month = token.lower.replace(/\.$/, "");
  if (DATELINE_MONTHS.has(month) && /^\d{1,2}$/.test(tokens[i + 1]?.text ?? "")) return true;
  if (!known) return false;
  // "BANGALORE: Hiring …", as Indian and Pakistani papers write it.
  if (DASHES.has(token.text) || token.text === ":") return true;
  return token.text === "(" && isCapitalizedWord(tokens[i + 1]) && tokens[i + 2]?.text === ")";
}

/**
 * Whether tokens [first, end) are the place of a dateline: in capitals, opening a line, before the date; no
 * organization the gazetteer knows ("NATO 1996-08-30": CoNLL reads the organization).
 */
export function isDatelinePlace(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): boolean {
  let capitals = true;
  for (let i = first; i < end && capitals; i++) capitals = isCapitals((tokens[i] as Token).text);
  if (!opensLine(text, tokens[first] as Token)) return false;
  const key = keyOf(tokens, first, end);
  if (((gaz.phrases.get(key) ?? 0) & Kind.organization) !== 0) return false;
  const known = isGazetteerPlace(key, gaz) || isStoryTown(text, tokens, first, end, gaz);
  // In title case, only a place the gazetteer knows, opening the story's first line.
  if (
    !capitals &&
    !(known && isTitleCaseSpan(tokens, first, end) && opensStory(text, tokens[first] as Token))
  )
    return false;
  if (endsDateline(tokens, end, known)) return true;
  if (tokens[end]?.text !== ",") return false;
  // The region or country after the comma: capitalized words, abbreviations and commas ("Ont.", "Faroe Islands").
  for (let i = end + 1; i <= end + MOST_REGION_WORDS + 1; i++) {
    // A date straight after the comma ("GUWAHATI, Dec 4 (PTI)").
    if (i === end + 1 && endsDateline(tokens, i, false)) return true;
    // A state, province or country the gazetteer or the abbreviations know makes a dateline of a town no list
    // knows before a dash or an agency ("KELSO, Ont. —", "MARION, Ind. (AP) —"). Session 28 probe: 5 of 18 such
    // towns read as people where the story names the town again in ordinary case.
    if (endsDateline(tokens, i, known || isDatelineRegionWords(text, tokens, end + 1, i, gaz)))
      return i > end + 1;
    const token = tokens[i];
    if (!(isCapitalizedWord(token) || token?.text === "," || token?.text === ".")) return false;
  }
  return false;
}

/** Whether tokens [first, end) are a state's or province's abbreviation or a place the gazetteer knows. */
function isDatelineRegionWords(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): boolean {
  if (end <= first) return false;
  const written = text.slice((tokens[first] as Token).start, (tokens[end - 1] as Token).end);
  if (REGION_ABBREVIATIONS.has(written)) return true;
  const last = end - ((tokens[end - 1] as Token).text === "." ? 1 : 0);
  return last > first && isGazetteerPlace(keyOf(tokens, first, last), gaz);
}

/** The spans with each dateline's place read as a place (an organization or a person there is relabelled). */
export function datelinePlaces(
  spans: readonly TokenSpan[],
  text: string,
  tokens: readonly Token[],
  gaz: Gazetteer,
  segmentFirst = -1,
): TokenSpan[] {
  let head: TokenSpan[] | null = null;
  // A dateline's place the tagger left untagged or read in part ("MONTE CARLO 1996-08-30" on a line of its own
  // after a headline; "NEW" + "HARLOW"): the capitals opening the segment's line before the date. CoNLL dev FIT
  // (seed 20261244): one.
  let from = 0;
  const opening = tokens[segmentFirst];
  const titleCase = isTitleCaseWord(opening) && opensStory(text, opening as Token);
  if (opening !== undefined && opening.kind === "word" && (isCapitals(opening.text) || titleCase)) {
    const run = titleCase
      ? titleCaseRunEnd(text, tokens, segmentFirst + 1)
      : capitalsRunEnd(text, tokens, segmentFirst + 1);
    while (from < spans.length && (spans[from] as TokenSpan).end <= run) from++;
    const inside = from === spans.length || (spans[from] as TokenSpan).first >= run;
    if (
      inside &&
      (from === 0 || (spans[0] as TokenSpan).first > segmentFirst || (spans[0] as TokenSpan).end < run) &&
      isNewDateline(text, tokens, segmentFirst, run, gaz)
    )
      head = [{ label: "LOC", first: segmentFirst, end: run }];
    else from = 0;
  }
  return replaceSpans(
    spans,
    (span, s) => {
      const run = capitalsRunEnd(text, tokens, span.end);
      if (run > span.end && isNewDateline(text, tokens, span.first, run, gaz)) {
        // A dateline's place of two words the tagger read as two names ("MONTE" + "CARLO"): one place. CoNLL dev
        // FIT (seed 20261244): one, a place and a person.
        let last = s;
        while (last + 1 < spans.length && (spans[last + 1] as TokenSpan).first < run) last++;
        return { spans: [{ label: "LOC", first: span.first, end: run }], last };
      }
      if (span.label !== "ORG" && isDatelineAgency(text, tokens, span.first, span.end, gaz))
        return { spans: [{ label: "ORG", first: span.first, end: span.end }], last: s };
      if (span.label !== "ORG" && span.label !== "PER") return null;
      if (
        !isDatelinePlace(text, tokens, span.first, span.end, gaz) &&
        !isDatelineRegion(text, tokens, span.first, span.end, gaz)
      )
        return null;
      return { spans: [{ label: "LOC", first: span.first, end: span.end }], last: s };
    },
    head,
    from,
  );
}

/**
 * Whether tokens [first, end) are the region after a dateline's place and its comma, before the dateline's end
 * ("SAINT JOHN, [N.B.] —", "RED DEER, [Alta.] —", "KELSO, Ont. —"): a province's or a state's abbreviation or a
 * country, which the tagger read as an organization or a person (Canadian datelines: the province is written so
 * in every story). The place is the run of capitals (three words at most) opening the line before the comma.
 */
function isDatelineRegion(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): boolean {
  const comma = first - 1;
  if (tokens[comma]?.text !== ",") return false;
  let start = comma;
  while (start > 0 && comma - start < 3 && isCapitals((tokens[start - 1] as Token).text)) start--;
  if (start === comma || !opensLine(text, tokens[start] as Token)) return false;
  if (!isDatelinePlace(text, tokens, start, comma, gaz)) return false;
  // The span is no more than the region: the dateline's end comes after it, past a stop of its abbreviation.
  let at = end;
  if (tokens[at]?.text === ".") at++;
  return endsDateline(tokens, at, true);
}

/**
 * Whether capitals the tagger did not read as one name are a dateline's place: as isDatelinePlace says, and
 * before a date written as a date only ("1996-08-30"), unless the gazetteer knows the words as one place ("SAO
 * PAULO, March 3"). Reuters bench: a table's title in capitals before "FOR MARCH 31" is no dateline.
 */
function isNewDateline(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): boolean {
  if (!isDatelinePlace(text, tokens, first, end, gaz)) return false;
  if (ISO_DATE.test(tokens[end]?.text ?? "")) return true;
  return isGazetteerPlace(keyOf(tokens, first, end), gaz) || isStoryTown(text, tokens, first, end, gaz);
}

/** Where the words in title case from `at` on, one space apart on one line, end (at most three). */
function titleCaseRunEnd(text: string, tokens: readonly Token[], at: number): number {
  return capitalsRunEnd(text, tokens, at, isTitleCaseWord);
}

/** Where the words in capitals from `at` on, one space apart on one line, end (at most three). */
function capitalsRunEnd(
  text: string,
  tokens: readonly Token[],
  at: number,
  inRun = (token: Token): boolean => token.kind === "word" && isCapitals(token.text),
): number {
  let end = at;
  while (end - at < 3) {
    const token = tokens[end];
    const before = tokens[end - 1];
    if (token === undefined || before === undefined || !inRun(token)) break;
    if (text.slice(before.end, token.start) !== " ") break;
    end++;
  }
  return end;
}

/** At most this many tokens of a dateline before its agency's bracket ("LAGOS, Nigeria", "SEOUL, Jan 25"). */
const MOST_DATELINE_TOKENS = 8;

/**
 * Whether tokens [first, end) are the agency in brackets that ends a dateline ("BEIJING (AFP) -", "SEOUL, Jan 25
 * (Yonhap) --", "NEW DELHI, Oct 11 (PTI) Civil ..."): one word in brackets, no place the gazetteer knows, after a
 * line's opening place in capitals, its region and its date, and before a dash (or, after a date, the story). The
 * tagger read agencies it never saw in training (1996 Reuters writes none) as a place or a person ("loc: Afp").
 * Invented battery (FIT): 6 of 7 agencies other than Reuters, AP and UPI mislabelled. Without the dash or date, the
 * Reuters bench changed 9 records, all worse or neutral: a firm's country in brackets ("GMAC (Australia) Finance").
 */
function isDatelineAgency(
  text: string,
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): boolean {
  if (end !== first + 1 || tokens[first - 1]?.text !== "(" || tokens[end]?.text !== ")") return false;
  if (isGazetteerPlace(keyOf(tokens, first, end), gaz)) return false;
  const open = first - 1;
  let start = open - 1;
  while (start >= 0 && !opensLine(text, tokens[start] as Token)) {
    if (open - start >= MOST_DATELINE_TOKENS) return false;
    start--;
  }
  const opening = tokens[start];
  if (opening === undefined || opening.kind !== "word" || !isCapitals(opening.text)) return false;
  if (text.slice(opening.end, (tokens[open] as Token).start).includes("\n")) return false;
  let dated = false;
  let comma = false;
  for (let at = start; at < open; at++) {
    const token = tokens[at] as Token;
    if (/^\d{1,2}$/.test(token.text) || ISO_DATE.test(token.text)) dated = true;
    else if (token.text === ",") comma = true;
    else if (token.text === "." || DATELINE_MONTHS.has(token.lower.replace(/\.$/, ""))) continue;
    else if (!(token.kind === "word" && (isCapitals(token.text) || (comma && isCapitalizedWord(token)))))
      return false;
  }
  return DASHES.has(tokens[end + 1]?.text ?? "") || (dated && isCapitalizedWord(tokens[end + 1]));
}
