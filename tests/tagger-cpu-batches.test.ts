/**
 * Session 12's CPU shortcut in the entity stage gives what the code it replaces gave: a document's word facts
 * looked up in two passes are the objects one look-up per token finds, in order. Names invented.
 */
import { describe, expect, it } from "vitest";
import { factsOf, factsOfTokens } from "../src/extract/entities/word-facts.js";

describe("factsOfTokens", () => {
  it.each([
    [[]],
    [["Dana", "Whitlow", "said", "Dana", "Whitlow", "."]],
    [["ACME", "Acme", "acme", "Zoë", "Élan", "٣", "", "x-ray-7", "Qvorthly"]],
    [["Brisketon", "Brisketon", "brisketon", "Brisketon"]],
  ])("%j", (texts) => {
    const tokens = texts.map((text) => ({ text }));
    const found = factsOfTokens(tokens);
    expect(found).toHaveLength(texts.length);
    found.forEach((facts, i) => {
      expect(facts.text).toBe(texts[i]);
      expect(facts).toBe(factsOf(texts[i] as string));
    });
  });
});
