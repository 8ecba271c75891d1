/**
 * The person an interview's answer label names (extract/quotes/interviews.ts): for "A" or "Answer", the person the
 * introduction names most often ("In an interview, Jane Roe, the union's president, said …"; the first named of
 * those named as often); for a name, the person of the document it names: the full name, the surname
 * ("ABERNATHY" of "Ruth Abernathy") or the initials ("PR" of "Priya Raghunathan"). Else nobody.
 */
import { ANSWER_LABELS } from "../../lexicon/interview-labels.js";
import { foldForMatch } from "../../text/fold.js";
import type { Mention, SpeakerPhrase } from "../../types.js";
import type { SpeakerContext } from "./speaker-context.js";

/** Whether the offset falls inside one of the quotes (persons named there are not the introduction's). */
function insideQuote(context: SpeakerContext, at: number): boolean {
  return context.quoted.some((q) => q.start <= at && at < q.end);
}

/** The person the introduction (the text before `introEnd`) names most often, or null. */
function introducedPerson(context: SpeakerContext, introEnd: number): string | null {
  const counts = new Map<string, number>();
  for (const m of context.mentions) {
    if (m.start >= introEnd) break;
    if (m.type !== "person" || insideQuote(context, m.start)) continue;
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  }
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
