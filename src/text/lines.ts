/**
 * The lines of one text, for the questions a document's mentions ask of it one by one ("where does this mention's
 * line start?"). A lastIndexOf or indexOf per question scans to the line's edge, so a text of one long line made
 * the passes that ask per mention quadratic (a 400,000-character line of 24,000 mentions: withoutCredits' line
 * questions took 17.5 s of a 28.6 s profile). A question is answered by a scan of NEAR characters at most; past
 * them, from the text's line breaks, found once at the first such question, by a binary search. (The breaks found
 * for every document made withoutCredits 25% slower over 4,000 Reuters documents, whose lines are short.)
 */
import { firstAtLeast } from "./token-at.js";

const NEAR = 256;

export class TextLines {
  private breaks: number[] | null = null;

  constructor(readonly text: string) {}

  /** The offsets of the text's "\n", in order. */
  private all(): number[] {
    if (this.breaks === null) {
      const breaks: number[] = [];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) breaks.push(i);
      this.breaks = breaks;
    }
    return this.breaks;
  }

  /** Index of the first break at or after `offset`; the breaks' count when none is. */
  private firstBreakFrom(offset: number): number {
    return firstAtLeast(this.all(), offset);
  }

  /** Where the line holding `offset` starts: `text.lastIndexOf("\n", offset - 1) + 1`, as that answers. */
  startOf(offset: number): number {
    // lastIndexOf reads a negative position as 0, so a text's first character is a break before offset 0.
    if (offset <= 0) return this.text.charCodeAt(0) === 10 ? 1 : 0;
    const { text } = this;
    const near = Math.max(0, Math.min(offset, text.length) - NEAR);
    for (let i = Math.min(offset, text.length) - 1; i >= near; i--)
      if (text.charCodeAt(i) === 10) return i + 1;
    if (near === 0) return 0;
    const next = this.firstBreakFrom(offset);
    return next === 0 ? 0 : (this.all()[next - 1] as number) + 1;
  }

  /** The first line break at or after `offset`, or -1: `text.indexOf("\n", offset)`. */
  breakFrom(offset: number): number {
    const { text } = this;
    const from = Math.max(0, offset);
    const near = Math.min(text.length, from + NEAR);
    for (let i = from; i < near; i++) if (text.charCodeAt(i) === 10) return i;
    if (near === text.length) return -1;
    const next = this.firstBreakFrom(offset);
    return next < this.all().length ? (this.all()[next] as number) : -1;
  }
}
