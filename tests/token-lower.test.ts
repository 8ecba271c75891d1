import { describe, expect, it } from "vitest";
import { withDoubledMarks } from "../src/extract/quotes/doubled-marks.js";
import { packSplit, unpackSplit } from "../src/pipeline/split-transfer.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Token } from "../src/types.js";

/**
 * Every token record carries its text lower-cased (`lower`), made once where the token is made, and every maker
 * gives the record the same keys in the same order (one hidden class for the passes that read them).
 */
const KEYS = ["start", "end", "text", "kind", "lower"];

const lowers = (tokens: readonly Token[]): string[] => tokens.map((t) => t.lower);
const expectOneShape = (tokens: readonly Token[]): void => {
  for (const t of tokens) {
    expect(Object.keys(t)).toEqual(KEYS);
    expect(t.lower).toBe(t.text.toLowerCase());
  }
};

describe("token records: lower", () => {
  it.each([
    ["Dana Whitlow told ACME Corp.", ["dana", "whitlow", "told", "acme", "corp."]],
    ["Mr. Okafor's U.S. trip", ["mr.", "okafor", "'s", "u.s.", "trip"]],
    ["ÉLAN and Ærø don't", ["élan", "and", "ærø", "do", "n't"]],
    ["İstanbul ΣΟΦΙΑ 1,000", ["i̇stanbul", "σοφια", "1,000"]],
    ["x \u001b[31mRed", ["x", "\u001b[31m", "red"]],
  ])("tokenize %j", (text, expected) => {
    const tokens = tokenize(text);
    expect(lowers(tokens)).toEqual(expected);
    expectOneShape(tokens);
  });

  it.each([
    ["He said ''Stay Home'' then", ["he", "said", '"', "stay", "home", '"', "then"]],
    ["No doubled marks Here.", ["no", "doubled", "marks", "here", "."]],
  ])("withDoubledMarks %j", (text, expected) => {
    const split = splitDocument({ text, bodyStart: 0 });
    const merged = withDoubledMarks(text, split.tokens, split.sentences);
    expect(lowers(merged.tokens)).toEqual(expected);
    expectOneShape(merged.tokens);
  });

  it.each([["Priya Okafor of Zentrix Ltd said: ''We Won.''"], ["ΑΘΗΝΑ, Dana Whitlow"]])(
    "unpackSplit gives the tokenizer's records: %j",
    (text) => {
      const split = splitDocument({ text, bodyStart: 0 });
      const unpacked = unpackSplit(text, packSplit(split));
      expect(unpacked.tokens).toEqual(split.tokens);
      expectOneShape(unpacked.tokens);
    },
  );
});
