import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText } from "../src/corpus/decode.js";
import { tokenize } from "../src/text/tokenize.js";
import { documentText, runs, TIMEOUT } from "./helpers/property-text.js";

/** Hostile-input cases of the tokenizer and decoder, as examples and as properties. */

const texts = (text: string): string[] => tokenize(text).map((t) => t.text);

describe("tokenize: escape sequences and letter-period runs", () => {
  it.each([
    ["Anna \u001b[31mBerg\u001b[0m said.", ["Anna", "\u001b[31m", "Berg", "\u001b[0m", "said", "."]],
    ["We \u001b]0;title\u0007won", ["We", "\u001b]0;", "title", "\u0007", "won"]],
    ["a stray \u001b at the end", ["a", "stray", "\u001b", "at", "the", "end"]],
    // A run of letter-period pairs that a letter follows is not an initialism, whatever its length.
    ["a.b.cd", ["a", ".", "b", ".", "cd"]],
    ["x A.B.cd", ["x", "A.B.", "cd"]],
    ["at 10 a.m. today", ["at", "10", "a.m.", "today"]],
    ["e.g. this", ["e.g.", "this"]],
  ])("%j", (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it("an escape sequence is one punctuation token, so it never joins a word", () => {
    const tokens = tokenize("Tomas \u001b[1;4mOkafor");
    expect(tokens.map((t) => t.kind)).toEqual(["word", "punct", "word"]);
  });

  it("splits any letter-period run the same way at every length", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 400 }), (n) => {
        const tokens = texts(`${"a.".repeat(n)}ab`);
        expect(tokens).toHaveLength(2 * n + 1);
        expect(tokens.at(-1)).toBe("ab");
      }),
      { numRuns: 50 },
    );
  });
});

describe("decodeText: stray control characters", () => {
  const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
  it.each([
    ["a NUL in a short sentence", "The \u0000 talks went on."],
    ["two NULs", "A\u0000B\u0000"],
    ["a bell and a NUL", "Ding\u0007 dong\u0000."],
  ])("keeps %s as text", (_, text) => {
    expect(decodeText(enc(text))).toEqual({ ok: true, text, encoding: "utf-8" });
  });

  it.each([
    ["NUL padding", "abc\u0000\u0000\u0000\u0000"],
    ["UTF-16 without BOM", "h\u0000e\u0000l\u0000l\u0000o\u0000"],
  ])("refuses %s as binary", (_, text) => {
    expect(decodeText(enc(text))).toEqual({ ok: false, code: "binary", reason: "binary file" });
  });
});

describe("tokenize on arbitrary text", () => {
  it(
    "tokens are in order, apart, index the text, and cover every non-space character",
    () => {
      fc.assert(
        fc.property(fc.oneof(documentText, fc.string({ unit: "binary", maxLength: 300 })), (text) => {
          const tokens = tokenize(text);
          let at = 0;
          for (const token of tokens) {
            expect(token.start).toBeGreaterThanOrEqual(at);
            expect(token.end).toBeGreaterThan(token.start);
            expect(text.slice(token.start, token.end)).toBe(token.text);
            // Only whitespace lies between tokens.
            expect(text.slice(at, token.start)).toMatch(/^\s*$/u);
            at = token.end;
          }
          expect(text.slice(at)).toMatch(/^\s*$/u);
        }),
        { numRuns: runs(500) },
      );
    },
    TIMEOUT,
  );
});

describe("decodeText on arbitrary bytes", () => {
  it(
    "never throws, and gives back any text that was written as UTF-8",
    () => {
      fc.assert(
        fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
          const decoded = decodeText(bytes);
          if (decoded.ok) expect(typeof decoded.text).toBe("string");
          // Every refusal says why: binary, not UTF-8 (nor Windows-1252), or not the UTF-16 its mark announces.
          else expect(decoded.reason).toMatch(/binary|UTF-8|UTF-16(?:LE|BE) despite its byte-order mark/);
        }),
        { numRuns: runs(500) },
      );
      fc.assert(
        fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
          const decoded = decodeText(new TextEncoder().encode(text));
          // Text with many control characters may be refused as binary; any text accepted is exact.
          if (decoded.ok) expect(decoded.text).toBe(text.startsWith("\ufeff") ? text.slice(1) : text);
        }),
        { numRuns: runs(300) },
      );
    },
    TIMEOUT,
  );
});
