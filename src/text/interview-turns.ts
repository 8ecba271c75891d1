/**
 * The turns of an interview printed as questions and answers, with no quotation marks: each turn opens a line with
 * a label and a colon ("Q: …" / "A: …", "Question: …" / "Answer: …", the two people's names, surnames in capitals
 * or initials: "DAWLISH: …" / "ABERNATHY: …", "HT: …" / "PR: …"). extract/quotes makes the answers quotes;
 * extract/entities reads the label as no part of the turn's first sentence.
 *
 * Only the alternation of two labels makes an interview (a fact box, "When: … Where: … Cost: …", has more labels,
 * each once), with at least two turns each and the asker's turns mostly questions; "Q"/"A" labels also need an
 * introduction that says an interview follows ("In an interview, …", "spoke to us"): an explainer printed as
 * questions and answers ("Q: What does the levy cost? A: …") is the writer's own text.
 */
import { ANSWER_LABELS, INTERVIEW_CUES, QUESTION_LABELS } from "../lexicon/interview-labels.js";
import type { TextSpan } from "../types.js";

export interface InterviewTurn {
  /** The label as written ("A", "ABERNATHY", "PR"). */
  label: TextSpan;
  /** Where the turn's words start (after the colon and its spaces). */
  content: number;
  /** Where the next turn's line starts, or the end of this turn's line for the interview's last turn. */
  end: number;
  /** The interviewer's turn (a question), not the interviewee's. */
  asker: boolean;
  /** Where the interview's first turn opens: the text before it is the introduction. */
  introEnd: number;
}

/**
 * A turn's label opening a line: "Q", "A", "Question", "Answer", or one to three capitalized words or initials (a
 * name), then a colon and the turn's words on the same line; or "Q." / "A." with a full stop, as many papers print
 * them (session 30: such an interview's answers were no quotes). A clock time ("10:30") or a lower-case word opens
 * none.
 */
const LABEL = /^[ \t]*(?:(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})[ \t]*:|([QA])\.)[ \t]+(?=\S)/gmu;
/** At least this many labelled turns (two each) make an interview. */
const MIN_TURNS = 4;
/** At most this many lines of text within one turn (a long answer's paragraphs). */
const MOST_TURN_LINES = 8;

const CUE_WORDS = new RegExp(`(?<![\\p{L}&])(?:${[...INTERVIEW_CUES].join("|")})(?![\\p{L}&])`, "u");

interface Labelled {
  label: TextSpan;
  key: string;
  content: number;
  /** Where the label's line starts. */
  line: number;
}

/** The label key of a turn: "Q" for a question label, "A" for an answer label, else the name in capitals. */
function labelKey(label: string): string {
  const lower = label.toLowerCase();
  if (QUESTION_LABELS.has(lower)) return "Q";
  if (ANSWER_LABELS.has(lower)) return "A";
  return label.replace(/\./g, "").toUpperCase();
}

/** The lines holding text in text[from, to). */
function textLines(text: string, from: number, to: number): number {
  let lines = 0;
  for (const line of text.slice(from, to).split("\n")) if (line.trim() !== "") lines += 1;
  return lines;
}

/** Where the line holding `at` ends. */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}

/** Whether the turn's words end in a question mark (a quotation mark after it allowed). */
function asks(text: string, content: number, end: number): boolean {
  return /\?["”’']?\s*$/u.test(text.slice(content, end));
}

/**
 * The asker's key of a run of turns alternating between keys `a` and `b`, or null: "Q" against "A" or a name;
 * else the name whose turns are mostly questions while the other's are not.
 */
function askerOf(run: readonly Labelled[], asked: readonly boolean[], a: string, b: string): string | null {
  if (a === "A" || b === "A") return a === "Q" || b === "Q" ? "Q" : null;
  if (a === "Q" || b === "Q") return "Q";
  let questionsA = 0;
  let questionsB = 0;
  run.forEach((turn, i) => {
    if (!asked[i]) return;
    if (turn.key === a) questionsA += 1;
    else questionsB += 1;
  });
  const shareA = questionsA / Math.ceil(run.length / 2);
  const shareB = questionsB / Math.floor(run.length / 2);
  if (shareA >= 0.5 && shareA > shareB) return a;
  if (shareB >= 0.5 && shareB > shareA) return b;
  return null;
}

/** The turns of the text's interviews, in text order (none in most texts: fewer than four labels). */
export function interviewTurns(text: string): InterviewTurn[] {
  const labelled: Labelled[] = [];
  for (const match of text.matchAll(LABEL)) {
    const written = (match[1] ?? match[2]) as string;
    const start = match.index + match[0].indexOf(written);
    labelled.push({
      label: { start, end: start + written.length, text: written },
      key: labelKey(written),
      content: match.index + match[0].length,
      line: match.index,
    });
  }
  if (labelled.length < MIN_TURNS) return [];
  const turns: InterviewTurn[] = [];
  let j = 0;
  while (j + 1 < labelled.length) {
    const a = (labelled[j] as Labelled).key;
    const b = (labelled[j + 1] as Labelled).key;
    let k = j + 1;
    while (
      k < labelled.length &&
      (labelled[k] as Labelled).key === ((k - j) % 2 === 0 ? a : b) &&
      textLines(text, (labelled[k - 1] as Labelled).line, (labelled[k] as Labelled).line) <= MOST_TURN_LINES
    )
      k += 1;
    const run = labelled.slice(j, k);
    if (a === b || run.length < MIN_TURNS) {
      j += 1;
      continue;
    }
    j = k;
    const ends = run.map((turn, i) => run[i + 1]?.line ?? lineEnd(text, turn.content));
    const asked = run.map((turn, i) => asks(text, turn.content, ends[i] as number));
    const asker = askerOf(run, asked, a, b);
    if (asker === null) continue;
    const introEnd = (run[0] as Labelled).line;
    if (asker === "Q" && !CUE_WORDS.test(text.slice(0, introEnd).toLowerCase())) continue;
    run.forEach((turn, i) => {
      const { label, content } = turn;
      turns.push({ label, content, end: ends[i] as number, asker: turn.key === asker, introEnd });
    });
  }
  return turns;
}
