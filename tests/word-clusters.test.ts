import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { clusterPaths, clustersFile, type Embeddings } from "../scripts/build-word-clusters.js";
import { usesClusters, wordFeatures } from "../src/extract/entities/features.js";
import { wordClustersOf } from "../src/extract/entities/word-clusters.js";

/** Invented words in three groups of 2-d vectors: two near (1, 0), two near (0, 1), two near (-1, -1). */
const invented: Embeddings = {
  words: ["zorblat", "quimby", "fennix", "drobble", "plonk", "wuzzle"],
  vectors: Float64Array.from([1, 0.1, 0.9, 0, 0.1, 1, 0, 0.95, -1, -0.9, -0.8, -1]),
  dimensions: 2,
};

describe("clusterPaths", () => {
  const paths = clusterPaths(invented, 4);

  it("gives the same paths on every run", () => {
    expect(clusterPaths(invented, 4)).toEqual(paths);
    expect(clustersFile(invented.words, paths, "test")).toEqual(
      clustersFile(invented.words, clusterPaths(invented, 4), "test"),
    );
  });

  const path = (word: string): string => paths[invented.words.indexOf(word)] as string;
  const shared = (a: string, b: string): number => {
    let n = 0;
    while (n < 4 && path(a)[n] === path(b)[n]) n++;
    return n;
  };

  it.each([
    ["zorblat", "quimby", "fennix"],
    ["zorblat", "quimby", "plonk"],
    ["fennix", "drobble", "zorblat"],
    ["fennix", "drobble", "wuzzle"],
    ["plonk", "wuzzle", "quimby"],
    ["plonk", "wuzzle", "drobble"],
  ])("%s shares a longer path with %s than with %s", (a, b, other) => {
    expect(path(a)).toHaveLength(4);
    expect(shared(a, b)).toBeGreaterThan(shared(a, other));
  });

  it("gives the most frequent word's half the 0 side", () => {
    expect(paths[0]?.charAt(0)).toBe("0");
  });
});

describe("wordClustersOf", () => {
  const file = clustersFile(
    ["kelp", "apple", "mango"],
    ["000100100011", "111111110000", "101000000001"],
    "test",
  );
  const clusters = wordClustersOf(file);
  const pathOf = (word: string): string | null => {
    const at = clusters.pathAt(word);
    return at < 0 ? null : clusters.paths.slice(at, at + clusters.digits);
  };

  it.each([
    ["apple", "ff0"],
    ["kelp", "123"],
    ["mango", "a01"],
    ["mang", null],
    ["mangos", null],
    ["", null],
    ["zebra", null],
  ])("%j has the path %j", (word, path) => {
    expect(pathOf(word)).toBe(path);
  });

  it("answers as a Map of the same words would", () => {
    const word = fc.stringMatching(/^[a-z-]{1,6}$/);
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), fc.array(word), (words, probes) => {
        const paths = words.map((_, i) => (i % 4096).toString(2).padStart(12, "0"));
        const table = wordClustersOf(clustersFile(words, paths, "test"));
        const map = new Map(
          words.map((w, i) => [
            w,
            Number.parseInt(paths[i] as string, 2)
              .toString(16)
              .padStart(3, "0"),
          ]),
        );
        for (const probe of [...words, ...probes]) {
          const at = table.pathAt(probe);
          expect(at < 0 ? undefined : table.paths.slice(at, at + 3)).toBe(map.get(probe));
        }
      }),
    );
  });
});

describe("cluster features", () => {
  const clusters = wordClustersOf(
    clustersFile(["zorblat", "quimby"], ["101000111111", "000011110000"], "test"),
  );
  const clusterFeatures = (text: string, offset: number, withClusters = true): string[] => {
    const out: string[] = [];
    wordFeatures(text, offset, out, text.toLowerCase(), withClusters ? clusters : null);
    return out.filter((name) => /^-?\dc=|^0C=/.test(name));
  };

  it.each([
    ["Zorblat", 0, ["0c=a", "0c=a3", "0c=a3f", "0C=a3"]],
    ["zorblat", 0, ["0c=a", "0c=a3", "0c=a3f"]],
    ["Quimby", 1, ["1c=0", "1c=0f"]],
    ["quimby", -1, ["-1c=0", "-1c=0f"]],
    ["Quimby", 2, []],
    ["Quimby", -2, []],
    ["Flurbish", 0, []],
  ] as const)("%s at offset %i: %j", (text, offset, expected) => {
    expect(clusterFeatures(text, offset)).toEqual(expected);
  });

  it("adds none without clusters (a model trained without them)", () => {
    expect(clusterFeatures("Zorblat", 0, false)).toEqual([]);
  });

  it.each([
    [["0c=3", "w=Zorblat"], true],
    [["0l=zorblat", "1c=3"], false],
  ])("a model with the features %j uses clusters: %s", (names, expected) => {
    const set = new Set(names);
    expect(usesClusters((name) => set.has(name))).toBe(expected);
  });
});
