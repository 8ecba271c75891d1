/**
 * Greedy left-to-right averaged-perceptron tagger (BIO tags over PER/LOC/ORG/MISC), weights trained by
 * scripts/train-ner.ts on CoNLL-2003 and shipped in models/ner.json. The model is loaded once per process.
 *
 * Speed: a token's score is the sum, over the window offsets, of (a) its word's weights at that offset,
 * cached per word, and (b) its shape-and-flags weights at that offset, cached per (flags, shape), plus the
 * tag-history and document-memory weights, held in tables (weights.ts). Tagging a token is then a few
 * additions of rows.
 */
import { recalled, remember, TAG_COUNT, type TokenView, WINDOW } from "./features.js";
import { gazetteer } from "./gazetteer.js";
import { ANY, boundWords, flagRow, model, PARTICLE, STATES, taggedWord } from "./weights.js";
import { factsOf, type TaggedWord, type WordFacts } from "./word-facts.js";

export type { ModelFile } from "./weights.js";

/** Loads the model and gazetteers now rather than on the first document (lets a caller time or warm it). */
export function loadTagger(): void {
  model();
  gazetteer();
}

/** An I- tag may only continue a B- or I- tag of its own type (BIO). */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

/** Scratch space of tagSentence, grown to the longest sentence (it holds nothing between calls). */
let wordRows = new Int32Array(256);
let flagRows = new Int32Array(256);
const scores = new Float64Array(TAG_COUNT);

/** Tags (indices into TAGS) of one sentence's tokens. */
export function tagSentence(views: readonly TokenView[]): number[] {
  const m = model();
  const n = views.length;
  if (wordRows.length < n) {
    wordRows = new Int32Array(n);
    flagRows = new Int32Array(n);
  }
  boundWords(m);
  const facts: WordFacts[] = new Array(n);
  const words: TaggedWord[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const view = views[i] as TokenView;
    const fact = view.facts ?? factsOf(view.text);
    const word = taggedWord(m, fact);
    facts[i] = fact;
    words[i] = word;
    wordRows[i] = word.at;
    flagRows[i] = flagRow(m, view.flags, word.shape);
  }
  const wordSums = m.words.data;
  const flagSums = m.flags.data;
  const tags: number[] = new Array(n);
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    const view = views[i] as TokenView;
    const fact = facts[i] as WordFacts;
    const entry = words[i] as TaggedWord;
    const history = m.history[entry.shape] as Float32Array;
    const base = ((prev2 + 1) * STATES + prev + 1) * TAG_COUNT;
    const key = fact.capitalized ? fact.lower : null;
    const bits = recalled(view, key) * TAG_COUNT;
    // Each sum is rounded to single precision as it is made, as in a Float32Array of scores.
    for (let t = 0; t < TAG_COUNT; t++)
      scores[t] = Math.fround((history[base + t] as number) + (m.memory[bits + t] as number));
    for (let w = 0; w < WINDOW.length; w++) {
      const j = i + (WINDOW[w] as number);
      if (j < 0 || j >= n) continue;
      const word = (wordRows[j] as number) + w * TAG_COUNT;
      const flag = (flagRows[j] as number) + w * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++)
        scores[t] = Math.fround(
          (scores[t] as number) + (wordSums[word + t] as number) + (flagSums[flag + t] as number),
        );
    }
    let best = 0;
    // A lower-case word takes an I- tag only when it is one of the particles training saw inside names and a
    // capitalized word or another particle follows ("van der Vaart"; a particle never ends a name). Without this the
    // tag history let a name run on through "met" ("Osama bin Laden met Ludwig van Beethoven" as one person).
    const continues =
      entry.continues === ANY ||
      (entry.continues === PARTICLE &&
        i + 1 < n &&
        ((facts[i + 1] as WordFacts).capitalized || (words[i + 1] as TaggedWord).continues === PARTICLE));
    for (let t = 1; t < TAG_COUNT; t++) {
      if (t % 2 === 0 && !continues) continue;
      if (allowed(prev, t) && (scores[t] as number) > (scores[best] as number)) best = t;
    }
    tags[i] = best;
    remember(view, best, key);
    prev2 = prev;
    prev = best;
  }
  return tags;
}
