/**
 * Capitals the tagger reads as a person though the text shows them to be a ticker's symbol or an organization's
 * acronym (extract/entities/acronyms.ts isAcronym). Invented text only; each row: the type of the mention written
 * `word`, or null when there is none.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** The type of the first mention whose text is `word`, after naming; null when no mention is written so. */
function typeOf(text: string, word: string): string | null {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions.find((m) => m.text === word)?.type ?? null;
}

describe("a ticker's symbol, in angle brackets or before an exchange's code, is no person", () => {
  it.each<[string, string, string | null]>([
    ["Shares of Whitlow Foods Inc <DANA> rose 2 pct on Monday.", "DANA", "organization"],
    ["Harlow Mills Corp <ERIC ST> said it had won a contract.", "ERIC", "organization"],
    ["Shares in Harlow Mills <GEMMA.L> rose 3 pct.", "GEMMA", "organization"],
    ["Shares in Harlow Mills (GEMMA.L) rose 3 pct.", "GEMMA", "organization"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});

describe("guards: a lone letter, a company form, a name in brackets that is no ticker", () => {
  it.each<[string, string, string | null]>([
    // A lone letter stays with the person filters, which drop it.
    ["Shares of Fenwick Motor Co <F> rose on Monday.", "F", null],
    // A firm's name in angle brackets stays whole.
    ["The deal was agreed with <AB Tarvel> on Friday.", "AB Tarvel", "organization"],
    // Capitals before a stop that ends the sentence, a name in capitals in running text: as before.
    ["The fund was sold to Pellow Corp. GEMMA shares fell.", "GEMMA", "organization"],
    // (Session 23: the whole name in capitals is the person, inline-capitals.ts.)
    ["Shares in Harlow Mills rose after DANA WHITLOW spoke.", "DANA WHITLOW", "person"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});

describe("capitals in parentheses that spell the initials of the name before them are its acronym", () => {
  it.each<[string, string, string | null]>([
    [
      "Prices were set by the Eastern Marine Merchants' Association (EMMA) on Monday.",
      "EMMA",
      "organization",
    ],
    ["He joined the Dockside Area Neighbourhood Alliance (DANA) in 2019.", "DANA", "organization"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});

describe("guards: capitals in parentheses that spell no name before them", () => {
  it.each<[string, string, string | null]>([
    ["The Harbour Board (DANA) said prices would rise.", "DANA", "person"],
    ["Dana Whitlow (DW) said prices would rise.", "Dana Whitlow", "person"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});

describe("capitals right after a lower-case organization noun are the organization's acronym", () => {
  it.each<[string, string, string | null]>([
    ["A spokesman for the growers' association DANA said the plan was unfair.", "DANA", "organization"],
    ["Talks with the planning committee EMMA stalled on Friday.", "EMMA", "organization"],
    ["The strike was called by the dockers' union NAFTU on Monday.", "NAFTU", "organization"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});

describe("guards: a name in capitals beside other capitals, a name in commas after the noun", () => {
  it.each<[string, string, string | null]>([
    ["The union's president DANA WHITLOW said the plan was unfair.", "DANA WHITLOW", "person"],
    ["A spokesman for the growers' association, Dana Whitlow, said it was unfair.", "Dana Whitlow", "person"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});

describe("capitals that kept the sentence's full stop are an acronym without it", () => {
  it.each<[string, string, string | null]>([
    ["Whitlow Foods said the deal was cleared by the SEC.\n\nIts shares rose.", "SEC", "organization"],
    ["The fund told the SEC.\n\nDana Whitlow said it would appeal.", "SEC", "organization"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});

describe("guards: an acronym with no stop, a title's abbreviation", () => {
  it.each<[string, string, string | null]>([
    ["The fund told the FTRC.\n\nDana Whitlow said it would appeal.", "FTRC", "organization"],
    ["The fund told Sen. Dana Whitlow.\n\nShe said it would appeal.", "Dana Whitlow", "person"],
  ])("%j: %s", (text, word, expected) => {
    expect(typeOf(text, word)).toBe(expected);
  });
});
