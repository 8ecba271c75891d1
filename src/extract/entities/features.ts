/**
 * Features of the entity tagger. A token's features depend only on the token itself and a few flags
 * (token-view.ts: gazetteer matches, sentence-initial, headline capitals, how the word is written elsewhere in the
 * document), so the weights of "the token at offset k" can be summed once per distinct (word, flags) and
 * cached: tagging a token costs five cache look-ups plus the tag-history features. Training
 * (scripts/train-ner.ts) and tagging share these functions, so they cannot drift apart. The features of the
 * document's memory are in document-memory.ts; the flags are set in document-view.ts.
 */
import { isCapitalized } from "../../text/word-shape.js";
import { FLAG_BASE, Flag, type TokenView } from "./token-view.js";
import type { WordClusters } from "./word-clusters.js";

export const TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const;
export type Tag = (typeof TAGS)[number];
export const TAG_COUNT = TAGS.length;
/** Offsets of the neighbouring tokens whose features are used. */
export const WINDOW = [-2, -1, 0, 1, 2] as const;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;

/** "Dana" → "Xx", "U.S." → "X.X.", "1996-08-30" → "d-d-d", "McDonald" → "XxXx". */
export function shapeOf(text: string): string {
  let shape = "";
  let last = "";
  for (const char of text.length > 20 ? text.slice(0, 20) : text) {
    const code = char.charCodeAt(0);
    const kind =
      code >= 65 && code <= 90
        ? "X"
        : code >= 97 && code <= 122
          ? "x"
          : code >= 48 && code <= 57
            ? "d"
            : code < 128
              ? char
              : UPPER.test(char)
                ? "X"
                : LOWER.test(char)
                  ? "x"
                  : DIGIT.test(char)
                    ? "d"
                    : char;
    if (kind !== last) shape += kind;
    last = kind;
  }
  return shape;
}

function pushGazetteer(features: string[], prefix: string, flags: number): void {
  for (let bit = 0; bit < FLAG_BASE; bit++) if (flags & (1 << bit)) features.push(`${prefix}g${bit}`);
}

/** Where a word feature's name is put together: the name is `prefix` + source.slice(from, to). */
export interface FeaturePartSink {
  add(prefix: string, source: string, from: number, to: number): void;
}

/** `${offset}l=` for each offset of the window. */
const LOWER_PREFIX = new Map<number, string>(WINDOW.map((offset) => [offset, `${offset}l=`]));

/**
 * Features of the word itself seen at `offset` from the token being tagged (cacheable per word), each as its
 * name's parts: the tagger looks the names up without making them (weights.ts; a new word made ten strings,
 * each hashed once and thrown away). `lower`: the text lower-cased.
 */
export function wordFeatureParts(
  text: string,
  offset: number,
  lower: string,
  sink: FeaturePartSink,
  clusters: WordClusters | null = null,
): void {
  const n = lower.length;
  sink.add(LOWER_PREFIX.get(offset) ?? `${offset}l=`, lower, 0, n);
  if (offset === 0) {
    sink.add("w=", text, 0, text.length);
    sink.add("p=", lower, 0, Math.min(3, n));
    sink.add("x=", lower, Math.max(0, n - 3), n);
    sink.add("x2=", lower, Math.max(0, n - 2), n);
    sink.add("x4=", lower, Math.max(0, n - 4), n);
  }
  if (clusters !== null && offset >= -1 && offset <= 1)
    clusterFeatureParts(text, offset, lower, sink, clusters);
}

const CLUSTER_PREFIX = new Map<number, string>(WINDOW.map((offset) => [offset, `${offset}c=`]));

/**
 * The word's cluster path prefixes (word-clusters.ts: 4, 8 and 12 bits for the word itself, 4 and 8 for its
 * neighbours), and for the word itself the 8-bit cluster of a capitalized word apart ("Marsh" is not "marsh").
 */
function clusterFeatureParts(
  text: string,
  offset: number,
  lower: string,
  sink: FeaturePartSink,
  clusters: WordClusters,
): void {
  const at = clusters.pathAt(lower);
  if (at < 0) return;
  const prefix = CLUSTER_PREFIX.get(offset) as string;
  const most = offset === 0 ? clusters.digits : Math.min(2, clusters.digits);
  for (let digits = 1; digits <= most; digits++) sink.add(prefix, clusters.paths, at, at + digits);
  if (offset === 0 && isCapitalized(text))
    sink.add("0C=", clusters.paths, at, at + Math.min(2, clusters.digits));
}

/** wordFeatureParts as names (training uses this); `lower`: the text lower-cased, when the caller knows it already. */
export function wordFeatures(
  text: string,
  offset: number,
  out: string[],
  lower = text.toLowerCase(),
  clusters: WordClusters | null = null,
): void {
  wordFeatureParts(
    text,
    offset,
    lower,
    { add: (prefix, source, from, to) => out.push(prefix + source.slice(from, to)) },
    clusters,
  );
}

/** Whether a model's features include word clusters (its feature table's `has`): a model trained with them. */
export function usesClusters(has: (name: string) => boolean): boolean {
  for (let digit = 0; digit < 16; digit++) if (has(`0c=${digit.toString(16)}`)) return true;
  return false;
}

/** Features of a token's shape and flags seen at `offset` (cacheable per flags and shape: a small set). */
export function flagFeatures(flags: number, shape: string, offset: number, out: string[]): void {
  const p = `${offset}`;
  out.push(`${p}s=${shape}`);
  if (offset === 0) {
    if (flags & Flag.initial) out.push("ini", `ini|${shape}`);
    if (flags & Flag.headline) out.push("cap", `cap|${shape}`);
    if (flags & Flag.seenLower) out.push("dl", `dl|${shape}`);
    if (flags & Flag.seenTitle) out.push("dt", `dt|${shape}`);
    if (flags & Flag.common) out.push("cw", `cw|${flags & Flag.initial}`);
    if (flags & Flag.afterTitle) out.push("at", `at|${shape}`);
    if (flags & Flag.afterFirstName) out.push("af", `af|${shape}`);
    if (flags & Flag.beforeCompanyWord) out.push("bc", `bc|${shape}`);
    if (flags & Flag.pronounNear) out.push("fp", `fp|${flags & Flag.initial}`);
    pushGazetteer(out, p, flags);
  } else if (offset === -1 || offset === 1) {
    pushGazetteer(out, p, flags);
    if (flags & Flag.headline) out.push(`${p}cap`);
  }
}

/** All features contributed by a token seen at `offset` from the token being tagged (training uses this). */
export function featuresAt(
  token: TokenView,
  offset: number,
  out: string[],
  clusters: WordClusters | null = null,
): void {
  wordFeatures(token.text, offset, out, token.text.toLowerCase(), clusters);
  flagFeatures(token.flags, shapeOf(token.text), offset, out);
}

/** Tag-history features of a token given the two previous tags (-1 before the sentence) and its shape. */
export function historyFeatures(prev: number, prev2: number, shape: string): string[] {
  return [...tagHistoryFeatures(prev, prev2), ...shapeHistoryFeatures(prev, shape)];
}

/** The tag-history features that do not depend on the token (the tagger sums them once, not once per shape). */
export function tagHistoryFeatures(prev: number, prev2: number): string[] {
  return [`t1=${prev}`, `t2=${prev2}|${prev}`];
}

/**
 * The tag-history features of the token's shape, after tagHistoryFeatures. They name the previous tag only, not
 * the one before it: the tagger names them once per previous tag for each new shape (weights.ts historyTable).
 */
export function shapeHistoryFeatures(prev: number, shape: string): string[] {
  return [`t1s=${prev}|${shape}`];
}
