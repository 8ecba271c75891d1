import type { SplitDocument } from "../../text/split.js";
import type {
  QuoteMarkProblem as Diagnostic,
  Document,
  SpeakerPhrase as PhraseSpan,
  QuoteSpan,
  Token,
} from "../../types.js";
import { withDashQuotes } from "./dash-quotes.js";
import { withDoubledMarks } from "./doubled-marks.js";
import { type InterviewAnswer, interviewAnswers } from "./interviews.js";
import { contentOf } from "./marked-span.js";
import { scanQuoteMarks } from "./marks.js";
import { findParagraphs } from "./paragraphs.js";
import type { SpeakerPhrase } from "./phrases.js";
import { analyse } from "./quote-analysis.js";
import { withSentenceAttributions } from "./sentence-fragments.js";
import { mergeSplitQuotes } from "./split-quotes.js";

const CONTINUATION_PARAGRAPHS = 2;

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
  const analysed = withSentenceAttributions(
    tokens,
    sentences,
    mergeSplitQuotes(tokens, analyse(text, tokens, sentences, paragraphs, spans)),
  );
  const quotes: QuoteSpan[] = [];
  // The last quote with a speaker phrase or continuing one, which a later quote with neither may continue.
  let chain: { index: number; paragraph: number } | null = null;
  const answers = interviewAnswers(text, tokens, paragraphs, spans, split.turns);
  let next = 0;
  // An interview's answers before `before`, in text order: a turn's later paragraphs continue its labelled one.
  const answersBefore = (before: number): void => {
    for (; next < answers.length && (answers[next] as InterviewAnswer).start < before; next++) {
      const answer = answers[next] as InterviewAnswer;
      const { label } = answer;
      const speakerPhrase: PhraseSpan | null =
        label === null ? null : { ...label, kind: "interviewee", introEnd: answer.introEnd };
      const continues = label === null && chain !== null ? chain.index : null;
      chain = { index: quotes.length, paragraph: answer.paragraph };
      const content = text.slice(answer.start, answer.end);
      quotes.push({
        start: answer.start,
        end: answer.end,
        text: content,
        partial: false,
        speakerPhrase,
        continues,
        cue: null,
        subjectOnly: undefined,
      });
    }
  };
  for (const a of analysed) {
    if (next < answers.length) answersBefore(a.span.start);
    const last = a.parts.at(-1) ?? a.span;
    // Joined in a loop, not from a mapped array (map's array is HOLEY once this function is optimized: "wrong map").
    let content = contentOf(text, tokens, a.span);
    for (const part of a.parts) content += ` ${contentOf(text, tokens, part)}`;
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
      // Always a key (undefined unless set; JSON leaves it out): a quote with the key added only when set had
      // another hidden class, which resolveQuotes met in one document in a thousand ("wrong map").
      subjectOnly: a.attribution?.subjectOnly === true && speakerPhrase !== null ? true : undefined,
    });
  }
  answersBefore(text.length + 1);
  return { quotes, diagnostics: scan.diagnostics };
}
