/**
 * An interview's turn labels that name nobody (text/interview-turns.ts): "Q", "A", "Question", "Answer" and
 * initials ("HT:", "PR:"), which the tagger read as organizations or places ("Q", "Ht"). A label that is a name
 * ("ABERNATHY:", "Tomasz Wierzbicki:") stays a mention of that person.
 */
import { ANSWER_LABELS, QUESTION_LABELS } from "../../lexicon/interview-labels.js";
import type { InterviewTurn } from "../../text/interview-turns.js";
import type { Mention } from "../../types.js";

/** At most this many letters in a label of initials ("PR", "J.S.", "JSM"). */
const MOST_INITIALS = 3;

function namesNobody(label: string): boolean {
  const lower = label.toLowerCase();
  if (QUESTION_LABELS.has(lower) || ANSWER_LABELS.has(lower)) return true;
  const letters = label.replace(/\./g, "");
  return letters.length <= MOST_INITIALS && /^\p{Lu}+$/u.test(letters);
}

/** The mentions without those on a label that names nobody. */
export function withoutTurnLabels(mentions: Mention[], turns: readonly InterviewTurn[]): Mention[] {
  const labels = turns.filter((t) => namesNobody(t.label.text)).map((t) => t.label);
  if (labels.length === 0) return mentions;
  return mentions.filter((m) => !labels.some((l) => m.start < l.end && m.end > l.start));
}
