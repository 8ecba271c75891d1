/**
 * The table of word facts starts small and doubles as distinct texts come (word-facts.ts: made at its full size at
 * a thread's start, it cost ~30 ms of CPU a small corpus never used), and a text keeps its one facts object
 * through every doubling (the tagger keeps its rows in that object). Texts invented.
 */
import { describe, expect, it } from "vitest";
import { factsOf, factsOfTokens, factsTableSlots } from "../src/extract/entities/word-facts.js";

/** `count` distinct invented texts, none a word of any list. */
const invented = (count: number, tag: string): string[] =>
  Array.from({ length: count }, (_, i) => `Qzv${tag}${i.toString(36)}`);

describe("the word facts table", () => {
  it("starts at 4,096 slots and doubles while half full", () => {
    const first = factsTableSlots();
    expect(first).toBeLessThanOrEqual(8192);
    for (const text of invented(first, "a")) factsOf(text);
    expect(factsTableSlots()).toBeGreaterThanOrEqual(2 * first);
  });

  it.each([
    ["one text, before and after 20,000 others", "Whitlowbury", 20_000],
    ["a lower-case text", "zarnith", 12_000],
    ["a text with a capital inside", "McQuarvey", 9_000],
  ])("%s keeps its own facts object", (_name, text, others) => {
    const before = factsOf(text);
    for (const other of invented(others, text)) factsOf(other);
    expect(factsOf(text)).toBe(before);
    expect(factsOfTokens([{ text }, { text: "Qzv" }])[0]).toBe(before);
  });

  it.each([["Dunmarrow"], ["dunmarrow"], ["DUNMARROW"], ["Élan"]])(
    "%j: the same facts as a lower-case probe of the grown table",
    (text) => {
      const facts = factsOf(text);
      for (const other of invented(5_000, `g${text}`)) factsOf(other);
      expect(factsOf(text)).toEqual(facts);
      expect(factsOf(text).lower).toBe(text.toLowerCase());
    },
  );
});
