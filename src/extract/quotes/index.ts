import { CLAUSE_CONJUNCTIONS, SPEAKER_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import type { SplitDocument } from "../../text/split.js";
import type {
  QuoteMarkProblem as Diagnostic,
  Document,
  SpeakerPhrase as PhraseSpan,
  QuoteSpan,
  Sentence,
  Token,
} from "../../types.js";
import { type Attribution, attributionAfter, attributionBefore, reportingClause } from "./attribution.js";
import { withDashQuotes } from "./dash-quotes.js";
import { withDoubledMarks } from "./doubled-marks.js";
import { type MarkedSpan, scanQuoteMarks } from "./marks.js";
import { isQuotedNickname } from "./nicknames.js";
import { findParagraphs, isDateline, type Paragraph } from "./paragraphs.js";
import type { SpeakerPhrase } from "./phrases.js";
import { beforeLostAttribution, introducesStatement, isHeading } from "./statements.js";
import { sentenceSubject } from "./subjects.js";

/** One quoted span with what the text around it says about it. */
interface Analysed {
  span: MarkedSpan;
  paragraph: number;
  attribution: Attribution | null;
  /** The attribution came after the quote (`”, he said`): a following quote may continue it. */
  attributedAfter: boolean;
  partial: boolean;
  /** A whole-sentence quote with no attribution: it continues the previous speaker, if any. */
  standalone: boolean;
  /** Spans folded into this one (the second half of `“We will,” he said, “win.”`). */
  parts: MarkedSpan[];
}

const MAX_BRIDGE_TOKENS = 40;
/** Words from which an upper-case quote with its own attribution after it is a statement, not a fragment. */
const MIN_STATEMENT_WORDS = 8;
const CONTINUATION_PARAGRAPHS = 2;
/** Words from which a lower-case quote after `X said,` is a statement cut at its start, not a phrase. */
const MIN_INTRODUCED_WORDS = 6;
const BRIDGE_END = new Set([",", ".", ";", ":", "—", "–"]);
const FRAGMENT_LINKS = new Set([",", "?", "!", "—", "–", "--", "…"]);

function indexByToken<T extends { first: number; end: number }>(
  items: readonly T[],
  count: number,
): Int32Array {
  const index = new Int32Array(count).fill(-1);
  items.forEach((item, k) => {
    index.fill(k, item.first, item.end);
  });
  return index;
}

function hasWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((tokens[i] as Token).kind !== "punct") return true;
  return false;
}

/** The quote's content: the text between its marks, without the marks reopening each paragraph. */
function contentOf(text: string, tokens: readonly Token[], span: MarkedSpan): string {
  const from = (tokens[span.openToken] as Token).end;
  const to = span.closed ? (tokens[span.closeToken] as Token).start : span.end;
  let content = "";
  let at = from;
  for (const reopen of span.reopenings) {
    content += text.slice(at, reopen);
    at = reopen + 1;
  }
  return (content + text.slice(at, to)).trim();
}

/** Whether the sentence goes on past a closing mark with a comma or dash, inside or after it: `,”` `”,`. */
function continuesSentence(tokens: readonly Token[], closeToken: number): boolean {
  const inside = tokens[closeToken - 1]?.text ?? "";
  const after = tokens[closeToken + 1]?.text ?? "";
  return FRAGMENT_LINKS.has(inside) || FRAGMENT_LINKS.has(after);
}

/**
 * Decides whether each quoted span is a direct quote (a statement attributed by a cue before or after it,
 * or a whole sentence continuing the previous speaker) or a partial one (a phrase inside the writer's own
 * sentence, "that “…”", scare quotes), and finds its attribution.
 */
function analyse(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Sentence[],
  paragraphs: readonly Paragraph[],
  spans: readonly MarkedSpan[],
): Analysed[] {
  // No quote, no token index: the two Int32Arrays of every document took 0.7-0.9% of a Reuters --jobs 1
  // profile, and three documents in four there have no quote.
  if (spans.length === 0) return [];
  const sentenceOf = indexByToken(
    sentences.map((s) => ({ first: s.firstToken, end: s.endToken })),
    tokens.length,
  );
  const paragraphOf = indexByToken(paragraphs, tokens.length);
  const out: Analysed[] = [];
  let previousAfter: Attribution | null = null;
  spans.forEach((span, k) => {
    if (!hasWord(tokens, span.openToken + 1, span.closed ? span.closeToken : span.closeToken + 1)) return;
    if (isQuotedNickname(tokens, span)) return;
    const pi = paragraphOf[span.openToken] as number;
    const paragraph = paragraphs[pi] as Paragraph;
    const previous = spans[k - 1];
    const next = spans[k + 1];
    const sentence = sentences[sentenceOf[span.openToken] as number];
    let floor = Math.max(sentence?.firstToken ?? paragraph.first, paragraph.first);
    // A scare-quoted fragment earlier in the sentence does not cut it: `He called them “unworkable,”
    // adding: “We will oppose them.”` still reaches back to "He".
    const last = out.at(-1);
    // Nor one of a reported statement: `She stated that ‘… no leniency’ adding ‘I accept …’` reaches "She".
    const fragmentBefore =
      last?.span === previous &&
      last?.partial === true &&
      (last.attribution === null || last.attribution.end <= (previous as MarkedSpan).openToken);
    if (previous !== undefined && previous.closeToken >= floor && !fragmentBefore)
      floor = previous.closeToken + 1;
    const closeSentence = sentences[sentenceOf[span.closeToken] as number];
    let limit = Math.min(
      paragraphs[paragraphOf[span.closeToken] as number]?.end ?? tokens.length,
      tokens.length,
    );
    if (next !== undefined && next.openToken < limit) limit = next.openToken;
    const sentenceEnd = Math.min(closeSentence?.endToken ?? limit, limit);

    const leftEmpty =
      !hasWord(tokens, floor, span.openToken) ||
      (floor === paragraph.first && isDateline(tokens, floor, span.openToken));
    const rightEmpty = !hasWord(tokens, span.closeToken + 1, sentenceEnd);
    const after = span.closed ? attributionAfter(tokens, span.closeToken, limit) : null;
    let before = leftEmpty ? null : attributionBefore(tokens, span.openToken, floor, limit);
    // A headline's label (`Hale: ‘We will stay the course’`) sums up a statement the story quotes, if
    // at all, in other words: in PolNeAR train such quotes are not annotated (17 of 17 read).
    // The label still names whose words the headline's fragment sums up.
    let headlineLabel: Attribution | null = null;
    if (before?.labelled === true && pi === 0) {
      headlineLabel = before;
      before = null;
    }
    if (leftEmpty && span.openToken === paragraph.first && pi > 0) {
      // A quote paragraph introduced by the previous one: "The New York Times reports:".
      const prev = paragraphs[pi - 1] as Paragraph;
      if (tokens[prev.end - 1]?.text === ":") {
        const intro = sentences[sentenceOf[prev.end - 1] as number];
        before = attributionBefore(
          tokens,
          prev.end,
          Math.max(intro?.firstToken ?? prev.first, prev.first),
          prev.end,
        );
        // (A label is the quote's own line's: "Detail:" alone heads what follows.)
        if (before?.labelled === true) before = null;
      }
    }
    const content = contentOf(text, tokens, span);
    const lowerStart = /^[^\p{L}]*\p{Ll}/u.test(content);
    const sentenceLike = !lowerStart && (/[.!?…]$/.test(content) || content.split(/\s+/).length >= 4);
    let attribution: Attribution | null = null;
    let attributedAfter = false;
    let partial = true;
    let standalone = false;
    const colonBefore = tokens[span.openToken - 1]?.text === ":";
    // `“We will,” he said, “win.”`: the second half may start in lower case.
    const splitHalf = before?.cue != null && before.cue.first === previousAfter?.cue?.first;
    // `She was blunt: “It’s over,” said Mr Ferris.`: a name with its verb right after the closing mark
    // names the speaker more surely than a pronoun, role or clause subject before the quote.
    const namedAfter =
      after?.speaker?.kind === "name" && after.cue !== null && !after.loose && !lowerStart && !splitHalf;
    if (namedAfter && before !== null && before.speaker?.kind !== "name") {
      attribution = after;
      attributedAfter = true;
      partial = false;
    } else if (
      before !== null &&
      (!lowerStart || splitHalf) &&
      (rightEmpty || after !== null || before.introduced || sentenceLike)
    ) {
      // `X said, “…”` / `X said: “…”` / `chanted “What curfew?”`
      attribution = before;
      partial = false;
    } else if ((leftEmpty || colonBefore) && after !== null) {
      // `“…,” X said` (and `X scolded him: “…,” she said`)
      attribution = after;
      attributedAfter = true;
      partial = false;
    } else if (
      (leftEmpty || span.resumes === true) &&
      rightEmpty &&
      !lowerStart &&
      !isHeading(text, paragraph, span, content)
    ) {
      // (A statement resumed after a caption pasted into it reads as one standing alone.)
      standalone = true;
      partial = false;
      // `Lee said the deal was done. “We are happy.”`: the speaker of the reported statement just before.
      const said = sentences[(sentenceOf[span.openToken - 1] ?? -1) as number];
      const quoteBefore = previous !== undefined && previous.closeToken >= (said?.firstToken ?? 0);
      if (
        said !== undefined &&
        !quoteBefore &&
        said.firstToken >= (paragraphs[Math.max(0, pi - 1)] as Paragraph).first
      ) {
        attribution = reportingClause(tokens, said.firstToken, said.endToken, true);
        // `Sherman wants to use the platform as a fact check. “I think …”`: the subject of the sentence
        // right before, when it is a name, not the speaker of a quote further back.
        const subject = attribution === null ? sentenceSubject(tokens, said.firstToken, said.endToken) : null;
        if (subject !== null)
          attribution = { cue: null, speaker: subject, end: said.endToken, subjectOnly: true };
      }
    } else if (after?.speaker != null && !after.loose && continuesSentence(tokens, span.closeToken)) {
      // A fragment inside the speaker's own sentence: `The plan is “dead,” Smith said.` (not a title:
      // `headed “Targets Set” Lawson told journalists`).
      attribution = after;
      // A whole statement after words with no sentence end before it (a photo caption run into the text,
      // flattened Daily Mail): `… during their winning run ‘The season has gone so quickly …,’ he told MUTV.`
      if (!lowerStart && content.split(/\s+/).length >= MIN_STATEMENT_WORDS) {
        attributedAfter = true;
        partial = false;
      }
    } else if (before?.speaker != null && (before.cue === null || before.introduced)) {
      // `According to Smith, “the plan is dead.”` / `Smith said, “the plan is dead.”`
      attribution = before;
      // `He told supporters, “our nation is in trouble. Why sit there …?”`: a statement cut at its start but
      // introduced by a verb and a comma, running to its own sentence end, is direct. (Not after a parenthetical
      // attribution inside the writer's sentence: `A downturn, he said, “could be a good time …”`.)
      const speakerFirst = before.speaker.first;
      const parenthetical = tokens[speakerFirst - 1]?.text === "," && speakerFirst - 1 - floor > 1;
      if (
        !parenthetical &&
        before.cue !== null &&
        introducesStatement(tokens, before.cue.end) &&
        before.introduced === true &&
        rightEmpty &&
        /[.!?]$/.test(content) &&
        content.split(/\s+/).length >= MIN_INTRODUCED_WORDS
      )
        partial = false;
    } else if (partial && !isHeading(text, paragraph, span, content)) {
      // `Smith said the plan was “dead on arrival.”`: a fragment of the speaker's reported statement.
      attribution = reportingClause(tokens, floor, span.openToken);
    }
    if (partial && attribution === null) attribution = headlineLabel;
    // `“It was chaos,” said Omar Roe. “People ran.` and the paragraph ends with no mark: the second half of a
    // split quote, left open, ends at its paragraph's end (not dropped as a stray mark is).
    // (Only one running to its paragraph's end: one cut where another mark opens is the teller's story, `'… stood
    // up. I said, 'Are you sure?'`, which resolve/speakers reads as a quotation left open.)
    const openSecondHalf =
      standalone &&
      previousAfter !== null &&
      last?.span === previous &&
      last?.paragraph === pi &&
      span.closeToken === paragraph.end - 1;
    previousAfter = attributedAfter ? attribution : null;
    if (!span.closed && attribution === null && !openSecondHalf) return;
    const kept = openSecondHalf && !span.closed ? (beforeLostAttribution(tokens, span) ?? span) : span;
    out.push({ span: kept, paragraph: pi, attribution, attributedAfter, partial, standalone, parts: [] });
  });
  return out;
}

/** A word that may open a clause's subject: a determiner, a pronoun or a capitalized word. */
function opensSubject(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const w = t.text.toLowerCase();
  return SPEAKER_DETERMINERS.has(w) || SPEAKER_PRONOUNS.has(w) || /^\p{Lu}/u.test(t.text);
}

/**
 * Whether the words between an attribution and the next quote only finish the attribution's sentence
 * ("Calderon told CNBC Saturday." / "she said of the election, in which ..."), so the next quote goes on.
 */
function bridges(tokens: readonly Token[], from: number, to: number): boolean {
  if (to === from) return true;
  if (to < from || to - from > MAX_BRIDGE_TOKENS) return false;
  if (!BRIDGE_END.has((tokens[to - 1] as Token).text)) return false;
  for (let i = from; i < to - 1; i++) {
    // A sentence ending inside the bridge: the next quote is not part of this one's sentence pair.
    if (/^[.?!]$/.test((tokens[i] as Token).text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return false;
    // A new clause with its own subject ("…,” Ebeling said, and her husband cut in. “…”): someone else
    // may speak next. ", and has backed ..." goes on with the same speaker.
    if (
      (tokens[i] as Token).text === "," &&
      CLAUSE_CONJUNCTIONS.has(tokens[i + 1]?.text ?? "") &&
      opensSubject(tokens[i + 2])
    )
      return false;
  }
  return true;
}

/** Joins `“We will,” he said, “win.”` (and `… he said. “It’s going…”`) into one quote. */
function mergeSplitQuotes(tokens: readonly Token[], analysed: Analysed[]): Analysed[] {
  const out: Analysed[] = [];
  for (const a of analysed) {
    const prev = out.at(-1);
    const last = prev?.parts.at(-1) ?? prev?.span;
    if (
      prev !== undefined &&
      last !== undefined &&
      prev.attributedAfter &&
      prev.attribution !== null &&
      prev.parts.length === 0 &&
      !a.partial &&
      a.paragraph === prev.paragraph &&
      (a.standalone ||
        (a.attribution !== null && a.attribution.cue?.first === prev.attribution.cue?.first)) &&
      bridges(tokens, prev.attribution.end, a.span.openToken)
    ) {
      prev.parts.push(a.span);
      continue;
    }
    out.push(a);
  }
  return out;
}

function phraseSpan(text: string, tokens: readonly Token[], phrase: SpeakerPhrase): PhraseSpan {
  const start = (tokens[phrase.first] as Token).start;
  const end = (tokens[phrase.end - 1] as Token).end;
  return { start, end, text: text.slice(start, end), kind: phrase.kind };
}

/**
 * Every quote of the document, in text order, never overlapping: direct quotes with their speaker phrase (or
 * the earlier quote whose speaker they continue) and cue verb, and partial quotes (scare quotes, quoted
 * phrases inside the writer's sentence) with neither. resolve/speakers names the speakers.
 */
export function extractQuotes(
  doc: Document,
  split: SplitDocument,
): { quotes: QuoteSpan[]; diagnostics: Diagnostic[] } {
  const { text } = doc;
  // (Quotes leave the split's token indices behind: what they return is offsets.)
  const { tokens, sentences } = withDoubledMarks(text, split.tokens, split.sentences);
  const paragraphs = findParagraphs(text, tokens);
  const scan = scanQuoteMarks(text, tokens, paragraphs, doc.bodyStart, doc.id);
  const spans = withDashQuotes(text, tokens, paragraphs, scan.spans);
  const analysed = mergeSplitQuotes(tokens, analyse(text, tokens, sentences, paragraphs, spans));
  const quotes: QuoteSpan[] = [];
  // The last quote with a speaker phrase or continuing one, which a later quote with neither may continue.
  let chain: { index: number; paragraph: number } | null = null;
  for (const a of analysed) {
    const last = a.parts.at(-1) ?? a.span;
    const content = [a.span, ...a.parts].map((s) => contentOf(text, tokens, s)).join(" ");
    let speakerPhrase: PhraseSpan | null = null;
    let continues: number | null = null;
    let cue: QuoteSpan["cue"] = null;
    if (!a.partial || a.attribution !== null) {
      if (a.attribution?.speaker) speakerPhrase = phraseSpan(text, tokens, a.attribution.speaker);
      // (A sentence's subject is the speaker only if it names a person: resolve/speakers decides.)
      if (
        (speakerPhrase === null || a.attribution?.subjectOnly === true) &&
        chain !== null &&
        a.paragraph - chain.paragraph <= CONTINUATION_PARAGRAPHS
      )
        continues = chain.index;
      const c = a.attribution?.cue;
      if (c) {
        const start = (tokens[c.first] as Token).start;
        const end = (tokens[c.end - 1] as Token).end;
        cue = { start, end, text: text.slice(start, end) };
      }
      if (speakerPhrase !== null || continues !== null)
        chain = { index: quotes.length, paragraph: a.paragraph };
    }
    quotes.push({
      start: a.span.start,
      end: last.end,
      text: content,
      partial: a.partial,
      speakerPhrase,
      continues,
      cue,
      ...(a.attribution?.subjectOnly === true && speakerPhrase !== null
        ? { subjectOnly: true as const }
        : {}),
    });
  }
  return { quotes, diagnostics: scan.diagnostics };
}
