/**
 * Greedy left-to-right averaged-perceptron tagger (BIO tags over PER/LOC/ORG/MISC), weights trained by
 * scripts/train-ner.ts on CoNLL-2003 and shipped in models/ner.json. The model is loaded once per process.
 *
 * Speed: a token's score is the sum, over the window offsets, of (a) its word's weights at that offset, a row per
 * word and offset (word-rows.ts: a word the pack knows has its five rows copied side by side on first use, another
 * word points at the model's own rows or at rows summed for it), and (b) its shape-and-flags weights at that offset,
 * cached per (flags, shape), plus the tag-history and document-memory weights, held in tables (weights.ts). Tagging
 * a token is then a few additions of rows. Measured in process over the 19,779 Reuters documents (their facts made
 * before, load 13-16): tagTokens 520-620 ms once every word was seen, 820-950 ms on first sight; flagDocument
 * 320-400 ms: together 6-9% of a `--jobs 1` annotate run's CPU.
 */
import { recalledIn, recalledTypesIn, rememberIn } from "./document-memory.js";
import type { DocumentView } from "./document-view.js";
import { TAG_COUNT, WINDOW } from "./features.js";
import { gazetteer } from "./gazetteer.js";
import type { TokenView } from "./token-view.js";
import { ANY, boundWords, flagRow, model, PARTICLE, STATES, taggedWord, ZERO_ROW } from "./weights.js";
import { factsOf, type WordFacts } from "./word-facts.js";

export type { ModelFile } from "./weights.js";

/** Loads the model and gazetteers now rather than on the first document (lets a caller time or warm it). */
/** Whether the loaded model reads Flag.pronounNear (document-view.ts viewFacts need not mark it otherwise). */
export function readsPronounNear(): boolean {
  return model().pronounNear;
}

export function loadTagger(): void {
  model();
  gazetteer();
}

/** An I- tag may only continue a B- or I- tag of its own type (BIO). */
export function allowed(prev: number, tag: number): boolean {
  if (tag === 0 || tag % 2 === 1) return true;
  return prev === tag || prev === tag - 1;
}

/**
 * Scratch space of tagSentence, grown to the longest sentence (it holds nothing between calls): token i's word
 * rows at (i + PAD) * WINDOW.length + w for window offset w (word-rows.ts: a word's row differs by offset), its
 * flag row at i + PAD, and ZERO_ROW in the PAD places before and after the sentence.
 */
const PAD = -WINDOW[0];
let wordRows = new Int32Array(256 * 5);
let flagRows = new Int32Array(256);
const scores = new Float64Array(TAG_COUNT);
/** Where tagSentence leaves the sum of the rows it touched early (kept so the reads are not left out). */
const rowsTouched = new Float64Array(1);
// tagSentence adds the nine tags' scores in nine variables, over a window of five rows.
if (TAG_COUNT !== 9 || WINDOW.length !== 5 || WINDOW[4] !== PAD)
  throw new Error("tagger.ts sums scores for nine tags over a window of two words either side");

/** Tags (indices into TAGS) of one sentence's tokens. */
export function tagSentence(views: readonly TokenView[]): number[] {
  const facts = Array.from(views, (view) => view.facts ?? factsOf(view.text));
  const flags = Array.from(views, (view) => view.flags);
  return tagTokens({ facts, flags, memory: views[0]?.memory }, 0, views.length);
}

/** Tags (indices into TAGS) of the sentence of a document's tokens [from, to) (document-view.ts flagDocument). */
export function tagTokens(document: DocumentView, from: number, to: number): number[] {
  const { facts, flags, memory: remembered } = document;
  const m = model();
  const n = to - from;
  if (flagRows.length < n + 2 * PAD) {
    wordRows = new Int32Array((n + 2 * PAD) * 5);
    flagRows = new Int32Array(n + 2 * PAD);
  }
  boundWords(m);
  for (let i = 0; i < n; i++) {
    // taggedWord fills the facts' own fields and returns them: facts[from + i] is the word below.
    const word = taggedWord(m, facts[from + i] as WordFacts);
    const tokenFlags = flags[from + i] as number;
    const at = (i + PAD) * 5;
    wordRows[at] = word.row0;
    wordRows[at + 1] = word.row1;
    wordRows[at + 2] = word.row2;
    wordRows[at + 3] = word.row3;
    wordRows[at + 4] = word.row4;
    // A (flags, shape) row never moves (its table is not started again), so the word's last one stays valid.
    if (word.lastFlags !== tokenFlags) {
      word.lastFlagRow = flagRow(m, tokenFlags, word.shape);
      word.lastFlags = tokenFlags;
    }
    flagRows[i + PAD] = word.lastFlagRow;
  }
  wordRows.fill(ZERO_ROW, 0, PAD * 5);
  wordRows.fill(ZERO_ROW, (n + PAD) * 5, (n + 2 * PAD) * 5);
  for (let k = 0; k < PAD; k++) {
    flagRows[k] = ZERO_ROW;
    flagRows[n + PAD + k] = ZERO_ROW;
  }
  const W = m.words.data;
  const F = m.flags.data;
  // Each word row's first read, here in a loop of independent loads, not in the scoring loop below: there each
  // read waited for its row before the next token's sums (a row of the ~6 MB table is rarely in a cache: the
  // first sum of the window loop held 45% of tagSentence's samples), while here the loads overlap.
  let touched = 0;
  for (let k = PAD * 5; k < (n + PAD) * 5; k++) {
    const a = wordRows[k] as number;
    touched += (W[a] as number) + (W[a + 8] as number);
  }
  rowsTouched[0] = touched;
  const memory = m.memory;
  const memoryBefore = m.memoryBefore;
  const memoryAfter = m.memoryAfter;
  const tags: number[] = new Array(n);
  let prev = -1;
  let prev2 = -1;
  for (let i = 0; i < n; i++) {
    const entry = facts[from + i] as WordFacts;
    const history = m.history[entry.shape] as Float32Array;
    const base = ((prev2 + 1) * STATES + prev + 1) * TAG_COUNT;
    const key = entry.capitalized ? entry.lower : null;
    const bits = recalledIn(remembered, key) * TAG_COUNT; // the memory state's row
    // Each sum is rounded to single precision as it is made, as in a Float32Array of scores. Nine scores in
    // nine variables, not an array: the loop over the window is the tagger's hottest (a third of its time).
    let s0 = Math.fround((history[base] as number) + (memory[bits] as number));
    let s1 = Math.fround((history[base + 1] as number) + (memory[bits + 1] as number));
    let s2 = Math.fround((history[base + 2] as number) + (memory[bits + 2] as number));
    let s3 = Math.fround((history[base + 3] as number) + (memory[bits + 3] as number));
    let s4 = Math.fround((history[base + 4] as number) + (memory[bits + 4] as number));
    let s5 = Math.fround((history[base + 5] as number) + (memory[bits + 5] as number));
    let s6 = Math.fround((history[base + 6] as number) + (memory[bits + 6] as number));
    let s7 = Math.fround((history[base + 7] as number) + (memory[bits + 7] as number));
    let s8 = Math.fround((history[base + 8] as number) + (memory[bits + 8] as number));
    if (memoryBefore !== null && memoryAfter !== null) {
      // The neighbours' memory, for a model trained with it (NER_HISTORY=1): "Sterling" before a "Drug" read as ORG.
      const before = i > 0 ? (facts[from + i - 1] as WordFacts) : null;
      const after = i + 1 < n ? (facts[from + i + 1] as WordFacts) : null;
      const b = recalledTypesIn(remembered, before?.capitalized === true ? before.lower : null) * TAG_COUNT;
      const a = recalledTypesIn(remembered, after?.capitalized === true ? after.lower : null) * TAG_COUNT;
      s0 = Math.fround(s0 + (memoryBefore[b] as number) + (memoryAfter[a] as number));
      s1 = Math.fround(s1 + (memoryBefore[b + 1] as number) + (memoryAfter[a + 1] as number));
      s2 = Math.fround(s2 + (memoryBefore[b + 2] as number) + (memoryAfter[a + 2] as number));
      s3 = Math.fround(s3 + (memoryBefore[b + 3] as number) + (memoryAfter[a + 3] as number));
      s4 = Math.fround(s4 + (memoryBefore[b + 4] as number) + (memoryAfter[a + 4] as number));
      s5 = Math.fround(s5 + (memoryBefore[b + 5] as number) + (memoryAfter[a + 5] as number));
      s6 = Math.fround(s6 + (memoryBefore[b + 6] as number) + (memoryAfter[a + 6] as number));
      s7 = Math.fround(s7 + (memoryBefore[b + 7] as number) + (memoryAfter[a + 7] as number));
      s8 = Math.fround(s8 + (memoryBefore[b + 8] as number) + (memoryAfter[a + 8] as number));
    }
    // Window offset w's token is at index i + w of the padded rows (WINDOW[w] + PAD === w).
    for (let w = 0; w < 5; w++) {
      const a = wordRows[(i + w) * 5 + w] as number;
      const b = (flagRows[i + w] as number) + w * 9;
      s0 = Math.fround(s0 + (W[a] as number) + (F[b] as number));
      s1 = Math.fround(s1 + (W[a + 1] as number) + (F[b + 1] as number));
      s2 = Math.fround(s2 + (W[a + 2] as number) + (F[b + 2] as number));
      s3 = Math.fround(s3 + (W[a + 3] as number) + (F[b + 3] as number));
      s4 = Math.fround(s4 + (W[a + 4] as number) + (F[b + 4] as number));
      s5 = Math.fround(s5 + (W[a + 5] as number) + (F[b + 5] as number));
      s6 = Math.fround(s6 + (W[a + 6] as number) + (F[b + 6] as number));
      s7 = Math.fround(s7 + (W[a + 7] as number) + (F[b + 7] as number));
      s8 = Math.fround(s8 + (W[a + 8] as number) + (F[b + 8] as number));
    }
    scores[0] = s0;
    scores[1] = s1;
    scores[2] = s2;
    scores[3] = s3;
    scores[4] = s4;
    scores[5] = s5;
    scores[6] = s6;
    scores[7] = s7;
    scores[8] = s8;
    let best = 0;
    // A lower-case word takes an I- tag only when it is one of the particles training saw inside names and a
    // capitalized word or another particle follows ("van der Berg"; a particle never ends a name). Without this the
    // tag history let a name run on through "met" ("Mohammed bin Harith met Anton van Oosterhout" as one person).
    const continues =
      entry.continues === ANY ||
      (entry.continues === PARTICLE &&
        i + 1 < n &&
        ((facts[from + i + 1] as WordFacts).capitalized ||
          (facts[from + i + 1] as WordFacts).continues === PARTICLE));
    for (let t = 1; t < TAG_COUNT; t++) {
      if (t % 2 === 0 && !continues) continue;
      if (allowed(prev, t) && (scores[t] as number) > (scores[best] as number)) best = t;
    }
    tags[i] = best;
    rememberIn(remembered, flags[from + i] as number, best, key);
    prev2 = prev;
    prev = best;
  }
  return tags;
}
