/**
 * Session 23: a person's name in capitals inside mixed-case text, cut by the tagger into one-word spans
 * (inline-capitals.ts), is one person. On the tagger's spans as invented text shows them.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { inlineCapitalNameSpans } from "../src/extract/entities/inline-capitals.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, inlineCapitalNameSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a known first name and a surname in capitals among lower-case words are one person", () => {
  it.each([
    [
      "the deal was approved, said [ORG ACME] chief [PER DANA] WHITLOW on Monday",
      "the deal was approved, said [ORG ACME] chief [PER DANA WHITLOW] on Monday",
    ],
    [
      "the show was a hit, according to [ORG MARTA] [ORG OKWUOSA] of the firm",
      "the show was a hit, according to [PER MARTA OKWUOSA] of the firm",
    ],
    ["its coach DANA MENZAGHI said it was fine", "its coach [PER DANA MENZAGHI] said it was fine"],
    // Session 24: a first name no list knows, right after an office in lower case, when shaped as a name.
    [
      "the plan was approved, said [ORG ACME] chief [ORG TAVORU] WHITLOW on Monday",
      "the plan was approved, said [ORG ACME] chief [PER TAVORU WHITLOW] on Monday",
    ],
    [
      "the letter was signed by finance minister [ORG OKWUOSA] [ORG MENZAGHI] on Friday",
      "the letter was signed by finance minister [PER OKWUOSA MENZAGHI] on Friday",
    ],
    // Guards: no office before it; an office before an acronym pair; a word that names no post.
    [
      "the plan was approved by TAVORU WHITLOW on Monday",
      "the plan was approved by TAVORU WHITLOW on Monday",
    ],
    [
      "the deal was led by chief [ORG ABN] [ORG AMRO] on Monday",
      "the deal was led by chief [ORG ABN] [ORG AMRO] on Monday",
    ],
    [
      "the deal was led by chief [ORG GTE] EFT on Monday",
      "the deal was led by chief [ORG GTE] EFT on Monday",
    ],
    [
      "the bank said its official TAVORU WHITLOW on Monday",
      "the bank said its official TAVORU WHITLOW on Monday",
    ],
    // Guards: a ticker in angle brackets; a first word no first name; a heading all in capitals; a place's word; a
    // longer run of capitals (a heading inside the text).
    ["the firm <DANA ST> said it would sell", "the firm <DANA ST> said it would sell"],
    ["said [ORG ABN] [ORG AMRO] analyst on Monday", "said [ORG ABN] [ORG AMRO] analyst on Monday"],
    ["DANA WHITLOW WINS", "DANA WHITLOW WINS"],
    ["the team flew to DANA POINT on Monday", "the team flew to DANA POINT on Monday"],
    [
      "SAN FRANCISCO, April 2 /Newswire/ -- Acme said it grew",
      "SAN FRANCISCO, April 2 /Newswire/ -- Acme said it grew",
    ],
    ["he said the DANA WHITLOW SHOW WILL END in May", "he said the DANA WHITLOW SHOW WILL END in May"],
  ])("%j", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
