import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { similarityMatrix } from "../src/summarize/rank.js";
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
});
