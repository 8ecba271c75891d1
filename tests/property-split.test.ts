import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDocument } from "../src/corpus/read.js";
import { splitDocument } from "../src/text/split.js";
import { documentText, runs, TIMEOUT } from "./helpers/property-text.js";

describe("splitDocument on arbitrary text", () => {
  it(
    "sentences are in order, apart, start and end on tokens, and cover every token",
    () => {
      fc.assert(
        fc.property(documentText, (text) => {
          const doc = makeDocument("s.txt", "s.txt", text);
          const { tokens, sentences } = splitDocument(doc);
          let next = 0;
          for (const sentence of sentences) {
            // Sentences tile the token sequence: each begins where the previous one ended.
            expect(sentence.firstToken).toBe(next);
            expect(sentence.endToken).toBeGreaterThan(sentence.firstToken);
            expect(sentence.start).toBe(tokens[sentence.firstToken]?.start);
            expect(sentence.end).toBe(tokens[sentence.endToken - 1]?.end);
            next = sentence.endToken;
          }
          expect(next).toBe(tokens.length);
        }),
        { numRuns: runs(300) },
      );
    },
    TIMEOUT,
  );
});
