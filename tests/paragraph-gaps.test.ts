/**
 * text/paragraph-gaps.ts reads a blank line between two tokens from the character codes instead of the regular
 * expression it replaced (issue 15): both must agree on every gap. Sentence splitting and extract/quotes' paragraphs
 * both use it. Rows of hand-picked gaps, then every
 * gap of up to five characters from the characters that matter.
 */
import { describe, expect, it } from "vitest";
import { isBlankLineGap } from "../src/text/paragraph-gaps.js";

const BLANK_LINE = /\n[ \t\r\f\v\u00a0]*\n|\n[ \t]{2,}|\n\t/;

describe("a blank line or an indented new line between two tokens", () => {
  it.each([
    ["\n\n", true],
    [" \n \u00a0\r\n ", true],
    ["\n  ", true],
    ["\n\t", true],
    ["\n \t", true],
    ["\n", false],
    ["\n ", false],
    [" \n x", false],
    ["\r\n", false],
    ["\n\u00a0 ", false],
    ["\nx\n", false],
  ])("%j", (gap, expected) => {
    expect(isBlankLineGap(`a${gap}b`, 1, 1 + gap.length)).toBe(expected);
  });

  it("agrees with the expression on every gap of up to five characters", () => {
    const chars = ["\n", " ", "\t", "\r", "\f", "\v", "\u00a0", "x"];
    let gaps = [""];
    for (let length = 1; length <= 5; length++) {
      gaps = gaps.flatMap((gap) => chars.map((c) => gap + c));
      for (const gap of gaps) {
        // The characters around the gap must not count: the gap is text[from, to).
        const text = `\n${gap}\n`;
        expect(isBlankLineGap(text, 1, 1 + gap.length), JSON.stringify(gap)).toBe(BLANK_LINE.test(gap));
      }
    }
  });
});
