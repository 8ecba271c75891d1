/**
 * One reading of a ticker's symbol and of a name's initials (text/tickers.ts), used by the tagger's acronym test,
 * the firm-ticker rule and the bracketed acronym's definition. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { initialsStart, isTickerSymbol } from "../src/text/tickers.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** The type of the first mention written `words`, after naming; null when there is none. */
function typeOf(text: string, words: string): string | null {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions.find((m) => m.text === words)?.type ?? null;
}

describe("initials: the words ending a name spell the letters", () => {
  it.each<[string[], string, number]>([
    [["Bank", "of", "England"], "BE", 0],
    [["Bristol-Myers", "Squibb"], "BMS", 0],
    [["Anglo-Dutch", "Kestrel"], "AK", 0],
    [["Harbour", "Pilots", "'", "Association"], "HPA", 0],
    [["Dana", "Whitlow"], "DW", 0],
    [["the", "Tarvel", "Growers", "Federation"], "TGF", 1],
    // Guards: a capitalized small word counts; a possessive ending the name ends no name; a mismatch.
    [["Bank", "Of", "England"], "BE", -1],
    [["Port", "Board", "'s"], "PB", -1],
    [["Dana", "Whitlow"], "DX", -1],
  ])("%j spell %s: %i", (words, letters, start) => {
    expect(initialsStart((k) => words[k], words.length - 1, letters)).toBe(start);
  });
});

describe("a ticker's symbol", () => {
  it.each<[string, boolean]>([
    ["ACMZ", true],
    ["BRK-A", true],
    ["AT&T", true],
    ["RENV.", true],
    ["F", true],
    ["Acme", false],
    ["ACMEWIDE", false],
  ])("%s: %s", (word, expected) => {
    expect(isTickerSymbol(word)).toBe(expected);
  });
});

describe("names spelled by their bracketed initials, read one way in the tagger and the naming", () => {
  it.each<[string, string, string | null]>([
    // A hyphenated word gives its parts' initials (the naming's firm test read it so; the definition's did not).
    [
      "Exporters said the Multi-Yarn Accord (MYA) would end in March. The MYA set quotas on cloth.",
      "Multi-Yarn Accord",
      "organization",
    ],
    [
      "Officials said the Anti-Dumping Council (ADC) would rule on Friday. The ADC has nine members.",
      "Anti-Dumping Council",
      "organization",
    ],
    // Guard: a name the tagger reads whole, as before.
    [
      "Shares of Kestrel-Dunmore Bank (KDB) rose on Monday, and the KDB said profits rose.",
      "Kestrel-Dunmore Bank",
      "organization",
    ],
    // A possessive's mark inside the name is passed over (the tagger did; the definition's test did not).
    [
      "The Harbour Pilots' Association (HPA) said on Friday that fees would rise. The HPA has 300 members.",
      "Harbour Pilots' Association",
      "organization",
    ],
  ])("%j: %s", (text, words, expected) => {
    expect(typeOf(text, words)).toBe(expected);
  });
});

describe("a name before a ticker with its exchange code after a space is the firm (firm-tickers.ts)", () => {
  it.each<[string, string[]]>([
    ["Investors sold Halvorsen <HVN N> on Monday, and Halvorsen said orders rose.", []],
    // Guards: a known first name's initials, a person beside a bracket that is no ticker.
    ["Dana Whitlow (DW) said the bill would pass.", ["Dana Whitlow"]],
    ["Marta Kessel <marta@example.com> said the bill would pass.", ["Marta Kessel"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
