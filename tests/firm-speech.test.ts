/**
 * extract/entities/firm-speech.ts: the words after a name that say "it"/"its" of it (a firm's statement), read by
 * the tagger's spans (lone-name-speakers.ts) and the naming (resolve/names/firm-statements.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { saysItOfItself } from "../src/extract/entities/firm-speech.js";

/** Whether the words after the text's first word say it of that word. */
const saysIt = (text: string): boolean => saysItOfItself(text, text.indexOf(" "));

describe("a name that says it or its of itself", () => {
  it.each([
    ["Vantorel said it would cut 40 jobs", true],
    ["Vantorel says its profits rose", true],
    ["Vantorel said on Monday it expected a loss", true],
    // Session 29: a weekday with no "on", as US and Canadian news date a statement; "announced".
    ["Vantorel said Tuesday it will shut its mill", true],
    ["Vantorel announced it would buy a rival", true],
    // A person's view of a thing; no pronoun; a capitalized word that is no weekday.
    ["Vantorel said it would be hard", false],
    ["Vantorel said it had been a long year", false],
    ["Vantorel said it was over", false],
    ["Vantorel said the plan would fail", false],
    ["Vantorel said Brelvane it would", false],
  ])("%s → %s", (text, expected) => {
    expect(saysIt(text)).toBe(expected);
  });
});

/** Whether the words after the text's first word, a comma right after it, say it of that word. */
const saysItAfterComma = (text: string): boolean => saysItOfItself(text, text.indexOf(","));

describe("an apposition that calls the name a firm, then its statement (session 31)", () => {
  it.each([
    ["Vantorel, a Montreal-based startup, said it would supply the software", true],
    ["Vantorel, the Oslo-based insurer, said Tuesday it will cut jobs", true],
    ["Vantorel, a small Halifax company, says its sales doubled", true],
    // A person's apposition, no firm's noun last; a firm's noun not last; no statement after it.
    ["Vantorel, a company spokeswoman, said it would cut jobs", false],
    ["Vantorel, a lawyer, said it would appeal", false],
    ["Vantorel, a startup, was sold last year", false],
    ["Vantorel, a startup, said it would be hard", false],
  ])("%s → %s", (text, expected) => {
    expect(saysItAfterComma(text)).toBe(expected);
  });
});
