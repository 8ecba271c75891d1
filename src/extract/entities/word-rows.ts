/**
 * The tagger's rows of a word's own weights, one row of TAG_COUNT per window offset, all in one Float32Array:
 * a row of zeros, then every feature's weights as the model holds them, then summed rows. A word whose features
 * at an offset name no weights points at the zeros, one whose features name one feature points at that feature's
 * weights (0 + w is w in single precision: no sum), and only one whose features name several gets a summed row.
 * Most rows need no sum: a word's neighbours' offsets name at most its lower case (`-1l=`), and the ~80,000 of
 * 93,000 distinct Reuters texts the model never saw name nothing but their prefix and suffixes at offset 0.
 *
 * The words the model's identity features name (`w=Brisco`, `0l=brisco`: ~15,000 for the shipped model) have their
 * rows made once, by scripts/pack-models.ts, and shipped in models/ner.pack (the vocabulary): a run looks such a
 * word up once and sums nothing. Other words are summed on first sight (here, the same code), and the run knows
 * that their identity features name nothing, so it does not look them up. Without a pack every word is summed.
 */
import { type FeaturePartSink, TAG_COUNT, WINDOW, wordFeatureParts } from "./features.js";
import { hashOf, type NameTable } from "./string-table.js";
import type { WordClusters } from "./word-clusters.js";

/** Offset of the row of zeros. */
export const ZERO_ROW = 0;
/** Offset of the first feature's weights: a feature at `all` offset r has its row at ALL_BASE + r. */
export const ALL_BASE = TAG_COUNT;
/** Rows per word: one per window offset. */
export const OFFSETS = WINDOW.length;
/** Floats of one row (a weight per tag), and of a word's block (WordRows.addBlock): its row at each window offset. */
export const TAG_ROW = TAG_COUNT;
export const BLOCK = OFFSETS * TAG_ROW;

/** Rows of TAG_COUNT weights in one growing Float32Array; the first `fixed` floats are never forgotten. */
export class WordRows {
  data: Float32Array;
  length: number;
  readonly fixed: number;
  /** Where the blocks of whole words start (after `sums`), and how many floats of them are taken. */
  readonly blocksAt: number;
  blocksUsed = 0;

  /**
   * The zero row, `all`, then `sums` (summed rows made before: the pack's), room for `blocks` words' blocks
   * (addBlock), and room for `spare` more rows.
   */
  constructor(all: Float32Array, sums: Float32Array, spare: number, blocks = 0) {
    this.blocksAt = ALL_BASE + all.length + sums.length;
    this.fixed = this.blocksAt + blocks * BLOCK;
    // Stored twice: V8 takes a field stored once for a constant, and the tagger's optimized code that relied on
    // it was thrown away when the table first grew (a lazy deoptimization of tagSentence, --trace-deopt).
    this.data = new Float32Array(0);
    this.data = new Float32Array(this.fixed + spare * TAG_COUNT);
    this.data.set(all, ALL_BASE);
    this.data.set(sums, ALL_BASE + all.length);
    this.length = this.fixed;
  }

  /** Rows summed since the fixed ones. */
  get summed(): number {
    return (this.length - this.fixed) / TAG_COUNT;
  }

  /** Forgets every row summed since the fixed ones. */
  clear(): void {
    this.length = this.fixed;
  }

  /**
   * A word's rows copied side by side, OFFSETS rows of TAG_COUNT (the first of `blocks` not yet taken; never
   * forgotten); its offset. The tagger reads a token's rows at its five window offsets together: where they point
   * into the model's own weights (one feature: ~3 of a known word's 5 rows) they lie apart, and the first read of
   * a token touched 5.4 cache lines (the 1,500 bench documents, one process); side by side, 180 bytes: 3 or 4.
   */
  addBlock(): number {
    const at = this.blocksAt + this.blocksUsed;
    if (at + BLOCK > this.fixed) throw new Error("WordRows: no block left");
    this.blocksUsed += BLOCK;
    return at;
  }

  /** A new row of zeros; its offset. */
  add(): number {
    if (this.length + TAG_COUNT > this.data.length) {
      // The summed part doubles (the fixed part does not need room).
      const spare = Math.max(2 * (this.data.length - this.fixed), 1024 * TAG_COUNT);
      const grown = new Float32Array(this.fixed + spare);
      grown.set(this.data);
      this.data = grown;
    }
    const at = this.length;
    this.data.fill(0, at, at + TAG_COUNT);
    this.length += TAG_COUNT;
    return at;
  }
}

/**
 * The prefixes of a word's identity features, found by asking wordFeatureParts about a probe word: the parts
 * that name the whole text as written (`w=`) or lower-cased (`0l=`, `-1l=`...). A word whose text and lower case
 * the vocabulary does not hold names no feature through them.
 */
export interface IdentityPrefixes {
  written: ReadonlySet<string>;
  lowered: ReadonlySet<string>;
}

const PROBE = "Probeword";

function findIdentityPrefixes(): IdentityPrefixes {
  const written = new Set<string>();
  const lowered = new Set<string>();
  const lower = PROBE.toLowerCase();
  const sink: FeaturePartSink = {
    add(prefix, source, from, to) {
      if (from !== 0 || to !== source.length) return;
      if (source === PROBE) written.add(prefix);
      else if (source === lower) lowered.add(prefix);
    },
  };
  for (const offset of WINDOW) wordFeatureParts(PROBE, offset, lower, sink);
  return { written, lowered };
}

let identity: IdentityPrefixes | null = null;

export function identityPrefixes(): IdentityPrefixes {
  identity ??= findIdentityPrefixes();
  return identity;
}

/**
 * A digest of the word features wordFeatureParts names for a few probe words: the pack's vocabulary is read only
 * while it is the same (an edit of the word features makes the shipped sums stale though models/ner.json is not).
 */
export function wordFeaturesStamp(): number {
  const names: string[] = [];
  const sink: FeaturePartSink = {
    add: (prefix, source, from, to) => names.push(prefix + source.slice(from, to)),
  };
  for (const text of [PROBE, "a", "Zo", "ABC", "iPhone", "U.S.", "1,000", "O'Neill", "Élan", "x-ray-7"])
    for (const offset of WINDOW) wordFeatureParts(text, offset, text.toLowerCase(), sink);
  return hashOf(names.join("\n"));
}

/** What a word's parts name in the model: the `all` offsets of the features found, in the order named. */
class FeatureRows implements FeaturePartSink {
  features: NameTable | null = null;
  count = 0;
  readonly rows = new Int32Array(64);
  /** Parts not to look up: identity parts over `text` (written) and `lower` (lowered), or null for none. */
  written: ReadonlySet<string> | null = null;
  lowered: ReadonlySet<string> | null = null;
  text = "";
  lower = "";

  add(prefix: string, source: string, from: number, to: number): void {
    if (from === 0 && to === source.length) {
      if (this.written?.has(prefix) === true && source === this.text) return;
      if (this.lowered?.has(prefix) === true && source === this.lower) return;
    }
    const row = (this.features as NameTable).getJoined(prefix, source, from, to);
    if (row >= 0) this.rows[this.count++] = row;
  }
}

const found = new FeatureRows();

/**
 * Puts in `out` (from `at`) the word's row at each window offset, summing the rows that need it into `table`
 * (each sum rounded to single precision as it is made, one feature at a time in the order the feature functions
 * give: what the tagger's reference sums from the names). `skip`: identity parts known to name nothing.
 */
export function wordRowsOf(
  table: WordRows,
  all: Float32Array,
  features: NameTable,
  clusters: WordClusters | null,
  text: string,
  lower: string,
  skip: { written: ReadonlySet<string> | null; lowered: ReadonlySet<string> | null },
  out: Int32Array,
  at: number,
): void {
  found.features = features;
  found.written = skip.written;
  found.lowered = skip.lowered;
  found.text = text;
  found.lower = lower;
  for (let w = 0; w < OFFSETS; w++) {
    found.count = 0;
    wordFeatureParts(text, WINDOW[w] as number, lower, found, clusters);
    if (found.count === 0) out[at + w] = ZERO_ROW;
    else if (found.count === 1) out[at + w] = ALL_BASE + (found.rows[0] as number);
    else {
      const row = table.add();
      const data = table.data;
      for (let k = 0; k < found.count; k++) {
        const from = found.rows[k] as number;
        for (let t = 0; t < TAG_COUNT; t++)
          data[row + t] = (data[row + t] as number) + (all[from + t] as number);
      }
      out[at + w] = row;
    }
  }
  found.features = null;
}

/**
 * The words the model knows, with their rows made: `texts` as written (the `w=` words) and `lowers` (the `l=`
 * words) → entry; entry e's rows are rows[e * OFFSETS ...] (offsets into a WordRows made with `sums`). A text
 * found in `texts` takes its own entry; else its lower case's in `lowers` (made without the written features).
 */
export interface Vocabulary {
  texts: NameTable;
  lowers: NameTable;
  rows: Int32Array;
  sums: Float32Array;
}
