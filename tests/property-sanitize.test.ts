import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sanitizeForTerminal } from "../src/format/sanitize.js";
import { NOISE, runs, TIMEOUT } from "./helpers/property-text.js";

describe("sanitizeForTerminal on arbitrary text", () => {
  /** C0 and C1 controls (ESC among them), and the characters that reorder bidirectional text. */
  const BIDI = new Set([
    0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
  ]);
  const unsafeCharacters = (text: string): string[] =>
    [...text].filter((ch) => {
      const code = ch.charCodeAt(0);
      return code < 0x20 || (code >= 0x7f && code <= 0x9f) || BIDI.has(code);
    });
  it(
    "leaves no control character, escape sequence or bidi override",
    () => {
      const hostile = fc
        .array(fc.oneof(fc.constantFrom(...NOISE), fc.string({ unit: "binary", maxLength: 5 })), {
          maxLength: 30,
        })
        .map((parts) => parts.join(""));
      fc.assert(
        fc.property(hostile, (text) => {
          expect(unsafeCharacters(sanitizeForTerminal(text))).toEqual([]);
        }),
        { numRuns: runs(500) },
      );
    },
    TIMEOUT,
  );
});
