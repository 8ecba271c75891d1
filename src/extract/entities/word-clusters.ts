/**
 * Word clusters for the tagger's features (models/word-clusters.json, built by scripts/build-word-clusters.ts from
 * GloVe vectors): each frequent lower-case word's path in a binary tree of similar words, so that a name training
 * never saw still looks like the names near it ("okafor" beside other surnames, "kenosha" beside towns). Loaded
 * once per process, only by a model trained with them.
 */
import { readModelJson } from "./model-path.js";
import { compareAt } from "./sorted-words.js";

/** models/word-clusters.json. */
export interface WordClustersFile {
  /** What the clusters were built from. */
  source: string;
  /** Hexadecimal digits of each path (4 bits a digit, the root's split first). */
  digits: number;
  /** The words, sorted in code-unit order, joined by single spaces. */
  words: string;
  /** Each word's path (`digits` hexadecimal digits), in the order of `words`, joined. */
  paths: string;
}

export interface WordClusters {
  readonly digits: number;
  /** All paths joined: a word's path is paths.slice(at, at + digits), `at` as pathAt gives it. */
  readonly paths: string;
  /** Where the word's path starts in `paths`; -1 for a word without a cluster. */
  pathAt(lower: string): number;
}

/** The clusters of a file: the words' starts are found once (one pass over a ~1 MB string), a look-up a binary search. */
export function wordClustersOf(file: WordClustersFile): WordClusters {
  const { words, paths, digits } = file;
  const count = paths.length / digits;
  const starts = new Uint32Array(count + 1);
  // indexOf, not a loop over the characters: the loop runs once per process, unoptimized (~10 ms against ~2).
  for (let n = 1, space = words.indexOf(" "); n < count; n++, space = words.indexOf(" ", space + 1))
    starts[n] = space + 1;
  starts[count] = words.length + 1;
  return {
    digits,
    paths,
    pathAt(lower: string): number {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const middle = (lo + hi) >> 1;
        const order = compareAt(words, starts[middle] as number, (starts[middle + 1] as number) - 1, lower);
        if (order === 0) return middle * digits;
        if (order < 0) lo = middle + 1;
        else hi = middle;
      }
      return -1;
    },
  };
}

let loaded: WordClusters | null = null;

export function wordClusters(): WordClusters {
  if (loaded === null) loaded = wordClustersOf(readModelJson<WordClustersFile>("word-clusters.json"));
  return loaded;
}
