/**
 * Issue 15: per-mention questions that scanned the text or its tokens (quadratic on a long one-line text of many
 * names) answered from an index made once per document. Each answer is the scan's; names invented.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeDocument } from "../src/corpus/read.js";
import { AGENCY_AFTER_SLASH, isAgencyAfterSlash } from "../src/resolve/names/credit-patterns.js";
import { dropWords } from "../src/resolve/names/not-people.js";
import { wordBefore } from "../src/resolve/names/streets.js";
import { TextLines } from "../src/text/lines.js";
import { ownParagraph } from "../src/text/own-paragraph.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";
import { runs, TIMEOUT } from "./helpers/property-text.js";

describe("a text's lines: the answers of lastIndexOf and indexOf", () => {
  it.each([
    ["no line break", "Dana Whitlow said so.", 5],
    ["after a break", "Acme\nDana Whitlow", 7],
    ["at a break", "Acme\nDana", 4],
    ["right after a break", "Acme\nDana", 5],
    ["a blank line", "Acme said.\n\nDana Whitlow", 13],
    ["the text's start", "Dana\nWhitlow", 0],
    // lastIndexOf reads a negative position as 0: a break that opens the text is one before offset 0.
    ["a break opening the text, offset 0", "\nDana", 0],
    ["a break opening the text, offset -1", "\nDana", -1],
    ["past the text's end", "Acme\nDana", 40],
    ["the empty text", "", 0],
  ])("%s", (_what, text, offset) => {
    const lines = new TextLines(text);
    expect(lines.startOf(offset)).toBe(text.lastIndexOf("\n", offset - 1) + 1);
    expect(lines.breakFrom(offset)).toBe(text.indexOf("\n", offset));
  });

  it(
    "any text and offset, and ownParagraph with them",
    () => {
      // Lines short and long: past 256 characters a question is answered from the text's breaks, not a scan.
      const part = fc.oneof(
        fc.constantFrom("\n", "\n\n", " "),
        fc.nat(700).map((n) => "a".repeat(n)),
      );
      const text = fc.array(part, { maxLength: 8 }).map((parts) => parts.join(""));
      fc.assert(
        fc.property(text, fc.integer({ min: -2, max: 3000 }), fc.nat(4), (t, offset, width) => {
          const lines = new TextLines(t);
          expect(lines.startOf(offset)).toBe(t.lastIndexOf("\n", offset - 1) + 1);
          expect(lines.breakFrom(offset)).toBe(t.indexOf("\n", offset));
          if (offset >= 0 && offset + width <= t.length)
            expect(ownParagraph(t, offset, offset + width, lines)).toEqual(
              ownParagraph(t, offset, offset + width),
            );
        }),
        { numRuns: runs(500) },
      );
    },
    TIMEOUT,
  );
});

/** Person mentions of each capitalized word of `text` that stands alone (one word each). */
function oneWordPersons(text: string): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)) {
    const start = match.index ?? 0;
    found.push({ start, end: start + match[0].length, text: match[0], type: "person", entity: match[0] });
  }
  return found;
}

describe("a one-word person the document also writes in lower case is a word", () => {
  // Twelve one-word "persons": the ninth question on is answered from the set of the tokens' texts.
  const opening = "Zorvel Quenby Harlip Tressa Morvane Kestrin Valdor Brisk Ondrel Pellam.";
  it.each([
    ["among the first questions", `Figure one. ${opening} The figure grew.`, "Figure", false],
    ["after eight questions", `${opening} Figure one. The figure grew.`, "Figure", false],
    ["after eight questions, no lower-case use", `${opening} Figure one. The shape grew.`, "Figure", true],
    ["after eight questions, a name", `${opening} Pellam met Zorvel.`, "Zorvel", true],
  ])("%s", (_what, text, name, kept) => {
    const tokens = splitDocument(makeDocument("t.txt", "t.txt", text)).tokens;
    const left = dropWords(oneWordPersons(text), tokens).map((m) => m.text);
    expect(left.includes(name)).toBe(kept);
  });
});

/** WORD_BEFORE of resolve/names/streets.ts, as it was asked before wordBefore read the codes. */
const WORD_BEFORE = /(?:^|[\s,(])([\p{L}.]+) $/u;
const patternBefore = (text: string, start: number): string | undefined =>
  text.charCodeAt(start - 1) === 32
    ? WORD_BEFORE.exec(text.slice(Math.max(0, start - 20), start))?.[1]
    : undefined;

describe("the word right before a name (streets.ts wordBefore): the pattern's answer", () => {
  it.each([
    ["at bd Henri Duval", "Henri"],
    ["Rue Victor Hugo", "Victor"],
    ["(Ave Rambla", "Rambla"],
    ["corner,St. Halsey", "Halsey"],
    ["a 5th Halsey", "Halsey"],
    ["Dana-Lee Halsey", "Halsey"],
    ["Avenida Élan Halsey", "Halsey"],
    ["élan Halsey", "Halsey"],
    ["averyveryverylongword Halsey", "Halsey"],
    ["\tbd Halsey", "Halsey"],
    ["bd\nHalsey", "Halsey"],
    ["Halsey", "Halsey"],
  ])("%s", (text, name) => {
    const start = text.lastIndexOf(name);
    expect(wordBefore(text, start)).toBe(patternBefore(text, start));
  });

  it(
    "any text",
    () => {
      const text = fc.stringMatching(/^[aZ. ,(\-1é\t\n]{0,30}$/);
      fc.assert(
        fc.property(text, fc.nat(31), (t, at) => {
          const start = Math.min(at, t.length);
          expect(wordBefore(t, start)).toBe(patternBefore(t, start));
        }),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );
});

describe("an agency's name after a credit's slash (isAgencyAfterSlash): AGENCY_AFTER_SLASH's answer", () => {
  it.each([
    ["Getty", " Images"],
    ["Getty", " Images)."],
    ["Getty", " Images )  "],
    ["Reuters", ""],
    ["Reuters", "."],
    ["Reuters", " said on Monday that the Acme board would meet."],
    ["Getty", " Images and more words after it"],
    ["Reuters", "\u00a0"],
    ["The Canadian Press", ")."],
    ["Dana Whitlow", ""],
  ])("%j %j", (name, after) => {
    expect(isAgencyAfterSlash(name, after)).toBe(AGENCY_AFTER_SLASH.test(name + after));
  });

  it(
    "any rest of a line",
    () => {
      const rest = fc.stringMatching(/^[ a).\u00a0\t]{0,40}$/);
      fc.assert(
        fc.property(fc.constantFrom("Reuters", "Getty", "AP", "Dana"), rest, (name, after) => {
          expect(isAgencyAfterSlash(name, after)).toBe(AGENCY_AFTER_SLASH.test(name + after));
        }),
        { numRuns: runs(1000) },
      );
    },
    TIMEOUT,
  );
});
