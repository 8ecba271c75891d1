/**
 * The tagger's cached sums (weights.ts) and its loop over the window (tagger.ts) against a reference that scores
 * each token from its features' names, summed in the same order and precision: the same tags for the shipped
 * model. A new feature reaches both through features.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { memoryFeatures, recalled, remember } from "../src/extract/entities/document-memory.js";
import { viewDocument } from "../src/extract/entities/document-view.js";
import {
  flagFeatures,
  historyFeatures,
  shapeOf,
  TAG_COUNT,
  WINDOW,
  wordFeatures,
} from "../src/extract/entities/features.js";
import { allowed, tagSentence } from "../src/extract/entities/tagger.js";
import type { TokenView } from "../src/extract/entities/token-view.js";
import { model } from "../src/extract/entities/weights.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";

/** The weights of the named features summed one by one into single precision. */
function sumOf(names: readonly string[]): Float32Array {
  const m = model();
  const row = new Float32Array(TAG_COUNT);
  for (const name of names) {
    const at = m.features.get(name);
    if (at < 0) continue;
    for (let t = 0; t < TAG_COUNT; t++) row[t] = (row[t] as number) + (m.all[at + t] as number);
  }
  return row;
}

function referenceTags(views: readonly TokenView[]): number[] {
  const m = model();
  const window = (view: TokenView, offset: number): [Float32Array, Float32Array] => {
    const names: string[] = [];
    wordFeatures(view.text, offset, names, view.text.toLowerCase(), m.clusters);
    const flags: string[] = [];
    flagFeatures(view.flags, shapeOf(view.text), offset, flags);
    return [sumOf(names), sumOf(flags)];
  };
  const continues = (i: number): boolean => {
    const text = (views[i] as TokenView).text;
    if (!/^\p{Ll}/u.test(text)) return true;
    if (!m.particles.has(text)) return false;
    const next = views[i + 1]?.text;
    return next !== undefined && (/^\p{Lu}/u.test(next) || (/^\p{Ll}/u.test(next) && m.particles.has(next)));
  };
  const tags: number[] = [];
  let prev = -1;
  let prev2 = -1;
  views.forEach((view, i) => {
    const history = sumOf(historyFeatures(prev, prev2, shapeOf(view.text)));
    const memory = sumOf(memoryFeatures(recalled(view)));
    const scores = Array.from(history, (h, t) => Math.fround(h + (memory[t] as number)));
    for (const offset of WINDOW) {
      const other = views[i + offset];
      if (other === undefined) continue;
      const [word, flags] = window(other, offset);
      for (let t = 0; t < TAG_COUNT; t++)
        scores[t] = Math.fround((scores[t] as number) + (word[t] as number) + (flags[t] as number));
    }
    let best = 0;
    for (let t = 1; t < TAG_COUNT; t++) {
      if (t % 2 === 0 && !continues(i)) continue;
      if (allowed(prev, t) && (scores[t] as number) > (scores[best] as number)) best = t;
    }
    tags.push(best);
    remember(view, best);
    prev2 = prev;
    prev = best;
  });
  return tags;
}

// Documents written for this test: one-, two- and three-word sentences (the window runs past both ends), a
// particle inside a name, and a name repeated across sentences (the document's memory).
const DOCUMENTS = [
  [
    "Okafor",
    "Okafor said.",
    "Mayor Daniela Okafor told reporters in Toronto that the bike lanes would stay.",
  ],
  ["Ludwig van Oosterhout met Osama bin Hamdan in Bonn on Tuesday .", "Oosterhout left."],
  [
    "SHARES OF QUORVIA INC. FELL",
    "Shares of Quorvia Inc. fell after the startup missed its revenue forecast, analysts at Brightwell & Co said.",
    "Quorvia declined to comment.",
  ],
];

/** The sample article's sentences, as words. */
function seedSentences(): string[][] {
  const text = readFileSync(new URL("../seeds/000_45a8fef921a77d2f.txt", import.meta.url), "utf8");
  const { tokens, sentences } = splitDocument({ text, bodyStart: 0 });
  return sentences.map((s) => tokens.slice(s.firstToken, s.endToken).map((t) => t.text));
}

describe("tagSentence", () => {
  it("tags the sample article as the reference scored from feature names", () => {
    const words = seedSentences();
    const tagged = viewDocument(words).map((views) => tagSentence(views));
    expect(tagged).toEqual(viewDocument(words).map((views) => referenceTags(views)));
    expect(tagged.flat().filter((tag) => tag > 0).length).toBeGreaterThan(20);
  });

  it.each(DOCUMENTS.map((sentences) => [sentences[0], sentences]))(
    "tags as the reference scored from feature names: %s …",
    (_, sentences) => {
      const words = sentences.map((s) => tokenize(s).map((t) => t.text));
      const tagged = viewDocument(words).map((views) => tagSentence(views));
      const reference = viewDocument(words).map((views) => referenceTags(views));
      expect(tagged).toEqual(reference);
      expect(tagged.flat().some((tag) => tag > 0)).toBe(true);
    },
  );
});
