/**
 * One word id per token (SplitDocument.wordIds), made by the entity stage's look-up of each token's facts: tokens of
 * one text share an id, ids count from 0 in order of first appearance, and summaries read by id give the terms
 * they give by text. Text invented.
 */
import { describe, expect, it } from "vitest";
import { extractMentions } from "../src/extract/entities/index.js";
import { factsOfTokens } from "../src/extract/entities/word-facts.js";
import { addTerms, candidates } from "../src/summarize/candidates.js";
import { splitDocument } from "../src/text/split.js";
import type { Document } from "../src/types.js";

describe("factsOfTokens' word ids", () => {
  it.each([
    [[], []],
    [
      ["Dana", "Whitlow", "said", "Dana", "Whitlow", "."],
      [0, 1, 2, 0, 1, 3],
    ],
    [
      ["ACME", "Acme", "acme", "Acme"],
      [0, 1, 2, 1],
    ],
    [
      ["the", "the", "The"],
      [0, 0, 1],
    ],
  ])("%j → %j", (texts, expected) => {
    const ids = new Int32Array(texts.length);
    factsOfTokens(
      texts.map((text) => ({ text })),
      ids,
    );
    expect([...ids]).toEqual(expected);
  });
});

const doc = (text: string): Document => ({
  id: "t",
  path: "t",
  text,
  date: null,
  headers: {},
  bodyStart: 0,
  encoding: "utf-8",
});

describe("addTerms by word id", () => {
  it.each([
    "The Brookfield council voted to close the bridge. The bridge had cracks, the council said. Council staff agreed.",
    "Acme Corp said ACME shares rose. Acme's chief, Dana Whitlow, said acme products sold well. It was a good year.",
  ])("%s", (text) => {
    const d = doc(text);
    const split = splitDocument(d);
    expect(split.wordIds).toBeNull();
    extractMentions(d, split);
    expect(split.wordIds).toHaveLength(split.tokens.length);
    const byId = candidates(text, split.tokens, split.sentences);
    addTerms(byId, split.tokens, split.sentences, split.wordIds);
    const byText = candidates(text, split.tokens, split.sentences);
    addTerms(byText, split.tokens, split.sentences, null);
    expect(byId.map((c) => c.terms)).toEqual(byText.map((c) => c.terms));
    expect(byId.some((c) => c.terms.length > 0)).toBe(true);
  });
});
