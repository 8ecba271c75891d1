/**
 * Whether each quoted span is a direct quote or a partial one, and its attribution, read from the text
 * around it.
 */
import type { Sentence, Token } from "../../types.js";
import type { Attribution } from "./attribution.js";
import { attributionAfter } from "./attribution-after.js";
import { attributionBefore } from "./attribution-before.js";
import { ABBREVIATION_END, bridges } from "./bridges.js";
import { creditBefore } from "./captions.js";
import { sentenceSubject } from "./clause-subjects.js";
import { contentOf, type MarkedSpan } from "./marked-span.js";
import { isQuotedNickname } from "./nicknames.js";
import { isDateline, type Paragraph } from "./paragraphs.js";
import { reportingClause } from "./reporting-clause.js";
import { beforeLostAttribution, introducesStatement, isHeading } from "./statements.js";

/** One quoted span with what the text around it says about it. */
export interface Analysed {
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

/** Words from which an upper-case quote with its own attribution after it is a statement, not a fragment. */
const MIN_STATEMENT_WORDS = 8;
/** Words from which a lower-case quote after `X said,` is a statement cut at its start, not a phrase. */
const MIN_INTRODUCED_WORDS = 6;
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
export function analyse(
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

    // `“…,” Lee said in Eastbridge, N.Y. “…”`: the sentence splitter keeps an abbreviation's period inside the
    // sentence, so only the previous quote's attribution stands before this one, as after "Lee said.".
    const pastAttribution =
      previousAfter !== null &&
      last?.span === previous &&
      previousAfter.end <= span.openToken &&
      ABBREVIATION_END.test(tokens[span.openToken - 1]?.text ?? "") &&
      bridges(tokens, previousAfter.end, span.openToken);
    const leftEmpty =
      pastAttribution ||
      creditBefore(tokens, span.openToken, floor) ||
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
    } else if (
      before?.speaker != null &&
      before.cue !== null &&
      !before.cue.participle &&
      rightEmpty &&
      /[.!?]$/.test(content) &&
      content.split(/\s+/).length >= MIN_INTRODUCED_WORDS
    ) {
      // `He says “it’s too late to change course now.”`: a finite verb right before the mark (no comma, no
      // "that") and a statement running to its sentence's end is the statement quoted whole (live blogs).
      attribution = before;
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
