/**
 * The person an interview's answer label names (extract/quotes/interviews.ts): for "A" or "Answer", the person the
 * introduction names most often ("In an interview, Jane Roe, the union's president, said …"; the first named of
 * those named as often); for a name, the person of the document it names: the full name, the surname
 * ("ABERNATHY" of "Ruth Abernathy") or the initials ("PR" of "Priya Raghunathan"). Else nobody.
 */
import { WRITER_NOUNS } from "../../lexicon/credit-lines.js";
import { ANSWER_LABELS, INTERVIEWER_NOUNS } from "../../lexicon/interview-labels.js";
import { foldForMatch } from "../../text/fold.js";
import { tokenAt } from "../../text/token-at.js";
import type { Mention, SpeakerPhrase } from "../../types.js";
import type { SpeakerContext } from "./speaker-context.js";

/** Whether the offset falls inside one of the quotes (persons named there are not the introduction's). */
function insideQuote(context: SpeakerContext, at: number): boolean {
  return context.quoted.some((q) => q.start <= at && at < q.end);
}

const ASKER_NOUNS: ReadonlySet<string> = new Set([...WRITER_NOUNS, ...INTERVIEWER_NOUNS]);

/**
 * The person the introduction (the text before `introEnd`) names most often, or null; not one named after a writer's
 * or host's noun ("Star reporter Mark Roe spoke with nurse Ann Lee"): the one asking (session 29 unseen probe: 1 of
 * 6 interviews gave the answers to the reporter).
 */
function introducedPerson(context: SpeakerContext, introEnd: number): string | null {
  const counts = new Map<string, number>();
  const asking = new Set<string>();
  for (const m of context.mentions) {
    if (m.start >= introEnd) break;
    if (m.type !== "person" || insideQuote(context, m.start)) continue;
    const before = context.tokens[tokenAt(context.tokens, m.start) - 1];
    if (before !== undefined && ASKER_NOUNS.has(before.lower)) asking.add(m.entity);
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
  for (const name of asking) counts.delete(name);
  let best: string | null = null;
  let most = 0;
  // (A Map keeps insertion order: the first named wins a tie.)
  for (const [name, count] of counts)
    if (count > most) {
      best = name;
      most = count;
    }
  return best;
}

/** How well a label names a person: 3 the whole name, 2 its last words (the surname), 1 its initials, 0 not. */
function labelMatch(label: string, name: string): number {
  const words = foldForMatch(label).split(" ");
  const nameWords = foldForMatch(name).split(" ");
  if (words.join(" ") === nameWords.join(" ")) return 3;
  if (words.length < nameWords.length && nameWords.slice(-words.length).join(" ") === words.join(" "))
    return 2;
  const letters = label.replace(/[.\s]/g, "");
  if (
    /^\p{Lu}{2,4}$/u.test(letters) &&
    nameWords.length === letters.length &&
    nameWords.every((w, i) => w[0] === (letters[i] as string).toLowerCase())
  )
    return 1;
  return 0;
}

/** The person the document names whom the label names best (most mentions among equal matches), or null. */
function labelledPerson(mentions: readonly Mention[], label: string): string | null {
  const scores = new Map<string, { match: number; count: number }>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const seen = scores.get(m.entity);
    if (seen !== undefined) seen.count += 1;
    else scores.set(m.entity, { match: labelMatch(label, m.entity), count: 1 });
  }
  let best: string | null = null;
  let top = { match: 0, count: 0 };
  for (const [name, score] of scores)
    if (
      score.match > top.match ||
      (score.match === top.match && score.match > 0 && score.count > top.count)
    ) {
      best = name;
      top = score;
    }
  return best;
}

/** The person an interview's answer label names, or null. */
export function interviewee(context: SpeakerContext, phrase: SpeakerPhrase): string | null {
  if (ANSWER_LABELS.has(phrase.text.toLowerCase()))
    return introducedPerson(context, phrase.introEnd ?? phrase.start);
  return labelledPerson(context.mentions, phrase.text);
}
