import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { similarityMatrix } from "../src/summarize/rank.js";
import { SummaryScratch } from "../src/summarize/scratch.js";
import { cosine, type SparseVector, tfidfVectors } from "../src/summarize/similarity.js";

/** Sentences as term ids with repeats, over a small vocabulary so that they share terms. */
const sentences = fc.array(fc.array(fc.nat({ max: 12 }), { maxLength: 10 }), { maxLength: 12 });

describe("similarityMatrix", () => {
  it("is cosine of every pair of TF-IDF vectors, to the last bit", () => {
    fc.assert(
      fc.property(sentences, (terms) => {
        const vectors = tfidfVectors(terms);
        const sim = similarityMatrix(terms.map((t) => ({ terms: t })));
        const n = terms.length;
        for (let i = 0; i < n; i++) {
          expect(sim[i * n + i]).toBe(0);
          for (let j = 0; j < n; j++) {
            if (i === j) continue;
            expect(sim[i * n + j]).toBe(cosine(vectors[i] as SparseVector, vectors[j] as SparseVector));
          }
        }
      }),
    );
  });

  it.each([
    ["no sentences", [], 0],
    ["one sentence", [[1, 2]], 0],
    [
      "two sentences without a term in common",
      [
        [0, 1],
        [2, 3],
      ],
      0,
    ],
  ])("%s: every similarity is 0", (_, terms, expected) => {
    for (const s of similarityMatrix(terms.map((t) => ({ terms: t })))) expect(s).toBe(expected);
  });

  // The arrays were module state (session 20): a second call overwrote the first call's result.
  it.each([
    ["without a scratch", false],
    ["with a scratch of its own", true],
  ])("a matrix made %s is unchanged by a later call", (_, own) => {
    const first = [
      [0, 1, 2],
      [1, 2, 3],
    ];
    const sim = own
      ? similarityMatrix(
          first.map((t) => ({ terms: t })),
          new SummaryScratch(),
        )
      : similarityMatrix(first.map((t) => ({ terms: t })));
    const kept = [...sim];
    similarityMatrix([[4], [4, 5], [5, 6], [0, 6]].map((t) => ({ terms: t })));
    expect([...sim]).toEqual(kept);
    expect(kept[1]).toBeGreaterThan(0);
  });

  it.each([
    [
      "a smaller document after a larger one",
      [
        [0, 1, 2, 3, 4, 5, 6, 7],
        [7, 8],
        [8, 9],
        [1, 9],
      ],
      [
        [0, 1],
        [1, 2],
      ],
    ],
    [
      "a larger document after a smaller one",
      [
        [0, 1],
        [1, 2],
      ],
      [
        [0, 1, 2, 3, 4, 5, 6, 7],
        [7, 8],
        [8, 9],
        [1, 9],
      ],
    ],
  ])("one scratch reused: %s gives the matrix a fresh scratch gives", (_, before, terms) => {
    const scratch = new SummaryScratch();
    similarityMatrix(
      before.map((t) => ({ terms: t })),
      scratch,
    );
    const reused = [
      ...similarityMatrix(
        terms.map((t) => ({ terms: t })),
        scratch,
      ),
    ];
    expect(reused).toEqual([...similarityMatrix(terms.map((t) => ({ terms: t })))]);
  });
});
