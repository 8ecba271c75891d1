/**
 * Quoted fragments whose sentence names their speaker away from them: a later fragment of the same reported
 * statement (`Lee said the plan was “dead” and “a waste.”`) and a fragment before the sentence's closing
 * reporting clause (`“Crowds were cheering” before the crash, she said.`).
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { NAMING_WORDS, NOUNS_AFTER_NAME, TITLED_WORK_NOUNS } from "../../lexicon/introducing-nouns.js";
import { PREPOSITIONS, WORK_PREPOSITIONS } from "../../lexicon/prepositions.js";
import { CLAUSE_END_MARKS } from "../../lexicon/punctuation.js";
import { TELLING_FORMS } from "../../lexicon/reporting-verbs.js";
import { COUNTED_TIME_UNITS, TIME_COUNT_WORDS } from "../../lexicon/time-phrases.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Sentence, Token } from "../../types.js";
import { type Attribution, attributionPrepositionAt, isPossessiveMark } from "./attribution.js";
import { attributionAfter } from "./attribution-after.js";
import { continuedStatement, statementBefore } from "./continued-statements.js";
import { isTitleCasedSpan, type MarkedSpan } from "./marked-span.js";
import { phraseStartingAt } from "./phrase-starting.js";
import type { Analysed } from "./quote-analysis.js";
import { isNameOrTitleWord, isQuoteMark, lower, POSSESSIVES } from "./words.js";

/** The sentence holding token `t` (sentences in text order). */
function sentenceAt(sentences: readonly Sentence[], t: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Sentence;
    if (t < s.firstToken) hi = mid - 1;
    else if (t >= s.endToken) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Sentence ends, with the runs of periods of wire copy that the splitter leaves inside a sentence ("...."). */
const STOPS = /^[.!?;…]+$/;
/** Complements a closing reporting clause's verb may take, each read at most once in a row. */
const MAX_COMPLEMENTS = 3;

/** Whether `[from, to)` holds no quotation mark (an apostrophe of a possessive aside) and no sentence end. */
function plainBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if ((t.kind === "punct" && STOPS.test(t.text)) || (isQuoteMark(t) && !isPossessiveMark(tokens, k)))
      return false;
  }
  return true;
}

/** Whether `, and, “…”` joins the statement at `span` to the quote closing before `from`: upper-case, one sentence. */
function isJoinedStatement(tokens: readonly Token[], from: number, span: MarkedSpan): boolean {
  let words = "";
  for (let k = from; k < span.openToken; k++) words += ` ${lower(tokens[k])}`;
  if (words !== " , and ," && words !== " and ," && words !== " , and") return false;
  return /^\p{Lu}/u.test(tokens[span.openToken + 1]?.text ?? "") && span.closed;
}

/** Past a verb's object and its prepositional and date complements: "the Daily Planet", "to the Times on Friday". */
function pastComplements(tokens: readonly Token[], from: number, end: number): number {
  let i = from;
  for (let n = 0; n <= MAX_COMPLEMENTS && i < end; n++) {
    const time = pastTimePhrase(tokens, i);
    if (time > i) {
      i = time;
      continue;
    }
    const preposition = PREPOSITIONS.has(lower(tokens[i]));
    const at = preposition ? i + 1 : i;
    if (DATE_WORDS.has(lower(tokens[at]))) {
      i = at + 1;
      continue;
    }
    const phrase = phraseStartingAt(tokens, at, end);
    if (phrase !== null) {
      i = phrase.end;
      continue;
    }
    if (!preposition) break;
    // `…, she said in a video message.`, `…, he said at a rally on Friday`: a prepositional phrase of plain words
    // (session 14, FIT half of seed 20261241: a fragment before "she said in a video message" had no speaker).
    const words = plainWordsFrom(tokens, at, end);
    if (words === at) break;
    i = words;
  }
  return i;
}

/** Words a prepositional complement of a closing reporting clause may hold: "in a short video message". */
const MAX_COMPLEMENT_WORDS = 5;

/**
 * The end of a run of one to five words from `from`: no punctuation, no "that" opening a clause, up to a
 * preposition opening the next complement ("in a video message | to the convention").
 */
function plainWordsFrom(tokens: readonly Token[], from: number, end: number): number {
  let k = from;
  while (k < end && k - from < MAX_COMPLEMENT_WORDS) {
    const t = tokens[k] as Token;
    if ((t.kind !== "word" && t.kind !== "number") || lower(t) === "that") break;
    if (k > from && PREPOSITIONS.has(lower(t))) break;
    k += 1;
  }
  return k;
}

/**
 * Past a time phrase after a reporting verb, `…, the Herald reported ten days ago.`, `… last week.` (FIT half of
 * seed 20261221): the index after it, or `i` for none.
 */
function pastTimePhrase(tokens: readonly Token[], i: number): number {
  const first = tokens[i];
  const counted = first?.kind === "number" || TIME_COUNT_WORDS.has(lower(first));
  if (counted && COUNTED_TIME_UNITS.has(lower(tokens[i + 1])) && lower(tokens[i + 2]) === "ago") return i + 3;
  if ((lower(first) === "last" || lower(first) === "this") && COUNTED_TIME_UNITS.has(lower(tokens[i + 1])))
    return i + 2;
  return i;
}

/**
 * `…, she said.` / `…, the office told the Daily Planet.`: a reporting clause after the sentence's last comma
 * that runs to the sentence's end (or to a comma before more of the statement: `…, he said, and “…”`), its
 * subject right after the comma. Null when the words after the comma are anything else.
 */
function closingClause(
  tokens: readonly Token[],
  from: number,
  end: number,
  label: boolean,
): Attribution | null {
  for (let c = end - 1; c >= from; c--) {
    if ((tokens[c] as Token).text !== ",") continue;
    const clause = attributionAfter(tokens, c, end);
    if (clause?.speaker == null || clause.loose === true) continue;
    // `The crowd “surged forward,” according to the police.`: a source after the sentence's last comma, for a
    // fragment that is not a label (session 14, FIT half of seed 20261241 and invented rows).
    if (clause.cue === null) {
      const source = attributionPrepositionAt(tokens, c + 1) !== null && !label;
      const closes =
        source && (clause.speaker.end >= end || CLAUSE_END_MARKS.has(tokens[clause.speaker.end]?.text ?? ""));
      if (closes) return clause;
      continue;
    }
    // (Its subject right after the comma, or after "the": `…, the Dover Herald reported`.)
    // (Not for a label: `Coffee “C” contracts …, the exchange said` names a grade, in no one's words. Reuters.)
    const subjectStart = lower(tokens[c + 1]) === "the" && !label ? c + 2 : c + 1;
    if (clause.speaker.first !== c + 1 && clause.speaker.first !== subjectStart && clause.cue.first !== c + 1)
      continue;
    // (`…, told Reuters`: the listener after an inverted "told", never the speaker.)
    if (
      clause.speaker.first !== c + 1 &&
      clause.speaker.first !== subjectStart &&
      TELLING_FORMS.has(lower(tokens[clause.cue.first]))
    )
      continue;
    // What follows the verb: its object and complements at most ("told the Daily Planet on Friday"), then the
    // sentence's end or a comma.
    const after = pastComplements(tokens, Math.max(clause.cue.end, clause.speaker.end), end);
    const next = tokens[after];
    if (after >= end || next?.text === "," || CLAUSE_END_MARKS.has(next?.text ?? "")) return clause;
  }
  return null;
}

/** Words from which a quoted span is a statement's fragment rather than a label ("C", "in store", "Pork Week"). */
const MIN_FRAGMENT_WORDS = 3;

/** A short span or one in title case: a grade's, a product's or a campaign's name more than anyone's words. */
function isLabel(tokens: readonly Token[], span: MarkedSpan): boolean {
  let words = 0;
  let capitalized = 0;
  for (let k = span.openToken + 1; k < span.closeToken; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== "word") continue;
    words += 1;
    if (isCapitalized(t.text)) capitalized += 1;
  }
  return words < MIN_FRAGMENT_WORDS || capitalized === words;
}

/**
 * `Lee said in an interview with “Morning Talk.”`: a name in title case right after "with" or "on" is a
 * programme, a site or a show, which nobody says: it has no speaker (FIT half of seed 20261211: a show's name
 * was given to the guest; the sentence's speaker stays with its statement).
 */
function isNamedWork(tokens: readonly Token[], span: MarkedSpan): boolean {
  const before = lower(tokens[span.openToken - 1]);
  // Or after a noun for a work or an owner's possessive: `on the podcast “Here Is the Thing.”`, `told the
  // programme “Inside Stories”`, `on NBC’s “Meet the Nation”` (FIT half of seed 20261221: 3 titles had speakers).
  const workBefore =
    TITLED_WORK_NOUNS.has(before) ||
    (POSSESSIVES.has(before) && isNameOrTitleWord(tokens[span.openToken - 2]));
  // (And before a noun for a thing so named: `a new ‘Silver Fern’ range`, `the “Fresh Start” campaign`.)
  const thingAfter = NOUNS_AFTER_NAME.has(lower(tokens[span.closeToken + 1]));
  return (
    (WORK_PREPOSITIONS.has(before) || workBefore || NAMING_WORDS.has(before) || thingAfter) &&
    isTitleCasedSpan(tokens, span)
  );
}

/** A span's words, to know a name quoted again (`a goat called “Biscuit”` … `when “Biscuit” vanished`). */
function spanWords(tokens: readonly Token[], span: MarkedSpan): string {
  let words = "";
  for (let k = span.openToken + 1; k < span.closeToken; k++) {
    const t = tokens[k] as Token;
    if (t.kind === "word") words += ` ${t.text}`;
  }
  return words;
}

/**
 * Gives each partial quote with no attribution the one its sentence holds elsewhere: the attribution of an
 * earlier fragment of the same sentence when that one stood before both (`Lee called him “weak,” “tired”
 * and “a loser”` / `Lee said places up north “have history,” while “the south is new”`), or the sentence's
 * closing reporting clause (`“A big van” drove through, he said`); and takes it from a programme's name.
 * Measured on the FIT half of seed 20261211.
 */
export function withSentenceAttributions(
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  analysed: readonly Analysed[],
): Analysed[] {
  const out: Analysed[] = [];
  // The last quote as read before a title lost its attribution: a later fragment of the same statement still
  // takes it (`Lee said Kay’s “Big Plan” was “dead.”`).
  let titleRead: Analysed | undefined;
  // The names of things the document quoted after a naming word: quoted again, they are still nobody's words.
  const names = new Set<string>();
  for (const a of analysed) {
    const prev = titleRead ?? out.at(-1);
    titleRead = undefined;
    const named = a.partial && isNamedWork(tokens, a.span);
    if (named) names.add(spanWords(tokens, a.span));
    const namedAgain =
      !named &&
      a.partial &&
      names.size > 0 &&
      names.has(spanWords(tokens, a.span)) &&
      isTitleCasedSpan(tokens, a.span);
    if (named || namedAgain) {
      out.push(a.attribution === null ? a : { ...a, attribution: null });
      if (a.attribution !== null) titleRead = a;
      continue;
    }
    if (!a.partial || a.attribution !== null || a.parts.length > 0) {
      out.push(a);
      continue;
    }
    const sentence = sentenceAt(sentences, a.span.openToken);
    if (sentence === undefined) {
      out.push(a);
      continue;
    }
    const prevLast = prev === undefined ? undefined : (prev.parts.at(-1) ?? prev.span);
    const sibling =
      prev !== undefined &&
      prevLast !== undefined &&
      prev.partial &&
      prev.attribution?.speaker != null &&
      prev.attribution.end <= prev.span.openToken &&
      prev.span.openToken >= sentence.firstToken &&
      plainBetween(tokens, prevLast.closeToken + 1, a.span.openToken);
    if (sibling) {
      out.push({ ...a, attribution: prev.attribution });
      continue;
    }
    // `Lee told the crowd, “We will build the bridge,” and, “Who here does not want a bridge?”`: a second
    // statement joined to the one its verb introduced is the same speaker's (session 15, FIT half of seed
    // 20261251: such a second quote had no speaker).
    if (
      prev !== undefined &&
      prevLast !== undefined &&
      !prev.partial &&
      prev.attribution?.speaker != null &&
      prev.attribution.end <= prev.span.openToken &&
      isJoinedStatement(tokens, prevLast.closeToken + 1, a.span)
    ) {
      out.push({ ...a, attribution: prev.attribution, partial: false });
      continue;
    }
    const end = Math.min(sentence.endToken, tokens.length);
    const closing = a.span.closed
      ? closingClause(tokens, a.span.closeToken + 1, end, isLabel(tokens, a.span))
      : null;
    if (closing !== null && plainBetween(tokens, a.span.closeToken + 1, closing.end)) {
      out.push({ ...a, attribution: closing });
      continue;
    }
    const previousSentence = sentenceAt(sentences, sentence.firstToken - 1);
    const continued = continuedStatement(tokens, sentence, previousSentence, a, statementBefore(tokens, out));
    out.push(continued === null ? a : { ...a, attribution: continued });
  }
  return out;
}
