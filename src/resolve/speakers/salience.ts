/**
 * Salience of the people of a document at a point in it, for pronouns (after Lappin & Leass 1994): every
 * mention of a person adds weight, a sentence's subject and a quote's speaker more, and weight halves with
 * each sentence back. A pronoun names the most salient person its gender allows, and then adds to that
 * person's weight itself (a chain of "he"s keeps its referent).
 */
import { spanAt } from "../../text/token-at.js";

// Weights measured on GUM train (pronoun → named person, 1,518 pronouns): subject 2 gives 71.3% (1: 70.1%, 3:
// 70.3%); a resolved pronoun adding weight 1 gives 71.3% (0: 63.6%). Checked again with the agreement, binding
// and heading rules (`npm run eval -- --part people`, train / dev of 202): subject 2 → 1,227 / 154 (1.5: 1,213 /
// 154; 3: 1,203 / 153); pronoun 1 → 1,227 / 154 (0.5: 1,211 / 137; 1.5: 1,218 / 154).
export const MENTION_WEIGHT = 1;
export const SUBJECT_WEIGHT = 2;
export const ADJUNCT_WEIGHT = 0.5;
/** A name starting within this many tokens of its sentence's start opens it ("Mr. Smith", "The Rev. Jones"). */
export const SUBJECT_TOKENS = 2;
export const SPEAKER_WEIGHT = 2;
export const PRONOUN_WEIGHT = 1;
// GUM pronouns right at 1 / 0.7 / 0.5 / 0.3: dev 139 / 149 / 149 / 149 of 202, train 1194 / 1188 / 1194 / 1190 of
// 1,518 ("she" went to "Devin Marsh", of a unisex first name, over "Isabel" one sentence further back).
/** A person of unknown gender counts this much for a gendered pronoun, against 1 for one whose gender agrees. */
export const UNKNOWN_GENDER_FIT = 0.5;

/**
 * Sentences ahead a pronoun that precedes every name may look for it. GUM pronouns right with none / the same
 * sentence / 1 / 2 / 3 sentences: train 1,215 / 1,217 / 1,221 / 1,223 / 1,224 of 1,518, dev 153 / 154 / 154 /
 * 154 / 155 of 202.
 */
const CATAPHORA_SENTENCES = 2;

/** Sentences back beyond which a mention weighs nothing (0.5^8 < 0.4%). */
const HORIZON = 8;

interface Event {
  offset: number;
  name: string;
  weight: number;
}

export class Salience {
  private readonly events: Event[] = [];
  constructor(private readonly sentences: ReadonlyArray<{ start: number }>) {}

  /** Index of the sentence holding `offset` (the last that starts at or before it). */
  private sentenceOf(offset: number): number {
    return spanAt(this.sentences, offset);
  }

  /** Records weight for `name` at `offset`; calls mostly come in text order, so insertion rarely moves. */
  add(offset: number, name: string, weight: number): void {
    let i = this.events.length;
    while (i > 0 && (this.events[i - 1] as Event).offset > offset) i -= 1;
    this.events.splice(i, 0, { offset, name, weight });
  }

  /**
   * The most salient person just before `offset`, each person's score multiplied by `agreement` (0 rules a person
   * out, 1 keeps the score), or null; `skip` leaves out the events at some offsets.
   */
  best(
    offset: number,
    agreement: (name: string) => number,
    skip?: (offset: number) => boolean,
  ): string | null {
    const here = this.sentenceOf(offset);
    const scores = new Map<string, number>();
    for (let i = this.events.length - 1; i >= 0; i--) {
      const event = this.events[i] as Event;
      if (event.offset >= offset || skip?.(event.offset)) continue;
      const back = here - this.sentenceOf(event.offset);
      if (back > HORIZON) break;
      scores.set(event.name, (scores.get(event.name) ?? 0) + event.weight * 0.5 ** back);
    }
    let best: string | null = null;
    let top = 0;
    for (const [name, score] of scores) {
      const weighed = score * (score > top ? agreement(name) : 0);
      if (weighed > top) {
        best = name;
        top = weighed;
      }
    }
    return best;
  }

  /** The first person named after `offset` within the next sentences that `agreement` does not rule out. */
  next(offset: number, agreement: (name: string) => number): string | null {
    const here = this.sentenceOf(offset);
    for (const event of this.events) {
      if (event.offset <= offset) continue;
      if (this.sentenceOf(event.offset) - here > CATAPHORA_SENTENCES) return null;
      if (agreement(event.name) > 0) return event.name;
    }
    return null;
  }
}
