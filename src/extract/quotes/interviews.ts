/**
 * An interview's answers as quotes (text/interview-turns.ts finds the turns): each paragraph of an answer is a
 * quote whose speaker phrase is the turn's label (resolve/speakers/interviewee.ts names the person: for "A", the
 * one the introduction names), its later paragraphs continuing it. The questions are the interviewer's: no quote.
 */
import type { InterviewTurn } from "../../text/interview-turns.js";
import type { TextSpan, Token } from "../../types.js";
import type { MarkedSpan } from "./marked-span.js";
import type { Paragraph } from "./paragraphs.js";

/** One answer paragraph: its content's offsets and, for a turn's first paragraph, its label. */
export interface InterviewAnswer {
  start: number;
  end: number;
  /** The paragraph's index in the document's paragraphs. */
  paragraph: number;
  /** The label opening the turn ("A", "ABERNATHY", "PR"), or null for a turn's later paragraph. */
  label: TextSpan | null;
  /** Where the interview's first turn opens: the text before it is the introduction. */
  introEnd: number;
}

/**
 * The answer paragraphs of the document's interviews, in text order: a turn's paragraphs from its label to the
 * next turn's (the last turn's first paragraph only: what follows the last answer may be the writer's note, "This
 * interview has been edited."). A paragraph holding quotation marks (`spans`) is left to them; one with no letter
 * is none.
 */
export function interviewAnswers(
  text: string,
  tokens: readonly Token[],
  paragraphs: readonly Paragraph[],
  spans: readonly MarkedSpan[],
  turns: readonly InterviewTurn[],
): InterviewAnswer[] {
  if (turns.length === 0) return [];
  const answers: InterviewAnswer[] = [];
  let pi = 0;
  for (const turn of turns) {
    if (turn.asker) continue;
    while (
      pi < paragraphs.length &&
      (tokens[(paragraphs[pi] as Paragraph).end - 1] as Token).end <= turn.content
    )
      pi += 1;
    for (; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi] as Paragraph;
      const start = Math.max((tokens[p.first] as Token).start, turn.content);
      if (start >= turn.end) break;
      // (A paragraph that runs on into the next turn's label, lines unbroken by a blank one, is cut before it.)
      const end =
        start + text.slice(start, Math.min((tokens[p.end - 1] as Token).end, turn.end)).trimEnd().length;
      if (spans.some((s) => s.start < end && s.end > start)) continue;
      // A paragraph of an ellipsis or a rule ("….", "* * *") is no words of anyone's (PolNeAR train: one "….").
      if (!/\p{L}/u.test(text.slice(start, end))) continue;
      const opening = start === turn.content;
      answers.push({
        start,
        end,
        paragraph: pi,
        label: opening ? turn.label : null,
        introEnd: turn.introEnd,
      });
    }
  }
  return answers;
}
