/**
 * The quotes eval's scoring (./quotes.ts): one-to-one span matches at an overlap threshold, a speaker mention
 * right or wrong, and the P/R/F1 row of a table.
 */
import type { Span, TextSpan } from "../../src/types.js";
import { goldSurname, namesPerson } from "./named-speaker.js";

export interface GoldQuote extends Span {
  text: string;
  direct: boolean;
  cue: TextSpan | null;
  speaker: TextSpan | null;
}

export interface Predicted extends Span {
  speaker: TextSpan | null;
  /** The resolved speaker's name (inherited by a continuation), for the named-person column. */
  name?: string | null;
  /** Delimited by '' (never annotated in PolNeAR). */
  doubledApostrophes?: boolean;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** One-to-one matches between predictions and gold at an overlap threshold, largest overlaps first. */
export function match(
  predicted: readonly Span[],
  gold: readonly Span[],
  threshold: number,
): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  predicted.forEach((p, i) => {
    gold.forEach((g, j) => {
      const o = overlap(p, g);
      if (o > 0 && o >= threshold * (p.end - p.start) && o >= threshold * (g.end - g.start))
        pairs.push([i, j, o]);
    });
  });
  pairs.sort((a, b) => b[2] - a[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

export function speakerRight(predicted: TextSpan | null, gold: TextSpan | null): boolean {
  if (gold === null) return predicted === null;
  if (predicted === null) return false;
  const length = predicted.end - predicted.start;
  return overlap(predicted, gold) > 0 && length <= 1.5 * (gold.end - gold.start) + 3;
}

export interface Score {
  tp30: number;
  tp80: number;
  predicted: number;
  gold: number;
  speakerRight: number;
  speakerScored: number;
  /** Matched gold quotes whose gold speaker is a person's name, and those our speaker name names. */
  namedScored: number;
  namedRight: number;
}

export const emptyScore = (): Score => ({
  tp30: 0,
  tp80: 0,
  predicted: 0,
  gold: 0,
  speakerRight: 0,
  speakerScored: 0,
  namedScored: 0,
  namedRight: 0,
});

export function score(
  total: Score,
  predicted: readonly Predicted[],
  gold: readonly GoldQuote[],
  withSpeakers: boolean,
): Array<[number, number]> {
  const m30 = match(predicted, gold, 0.3);
  total.tp30 += m30.length;
  total.tp80 += match(predicted, gold, 0.8).length;
  total.predicted += predicted.length;
  total.gold += gold.length;
  if (withSpeakers) {
    for (const [i, j] of m30) {
      total.speakerScored += 1;
      if (speakerRight((predicted[i] as Predicted).speaker, (gold[j] as GoldQuote).speaker))
        total.speakerRight += 1;
      const surname = goldSurname((gold[j] as GoldQuote).speaker?.text ?? "");
      if (surname !== null) {
        total.namedScored += 1;
        if (namesPerson((predicted[i] as Predicted).name ?? null, surname)) total.namedRight += 1;
      }
    }
  }
  return m30;
}

const pct = (x: number): string => (100 * x).toFixed(1);
function f1(tp: number, predicted: number, gold: number): string {
  const p = predicted === 0 ? 0 : tp / predicted;
  const r = gold === 0 ? 0 : tp / gold;
  return pct(p + r === 0 ? 0 : (2 * p * r) / (p + r));
}

export function row(name: string, s: Score, withSpeakers: boolean): string[] {
  return [
    name,
    pct(s.predicted ? s.tp30 / s.predicted : 0),
    pct(s.gold ? s.tp30 / s.gold : 0),
    f1(s.tp30, s.predicted, s.gold),
    f1(s.tp80, s.predicted, s.gold),
    withSpeakers && s.speakerScored ? pct(s.speakerRight / s.speakerScored) : "-",
    withSpeakers && s.namedScored ? `${pct(s.namedRight / s.namedScored)} (${s.namedScored})` : "-",
    String(s.predicted),
  ];
}
