import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hashOf, StringTable } from "../src/extract/entities/string-table.js";

describe("StringTable", () => {
  const table = new StringTable(4);
  table.set("0l=the", 0);
  table.set("w=The", 9);
  table.set("", 18);
  it.each([
    ["0l=the", 0],
    ["w=The", 9],
    ["", 18],
    ["w=the", -1],
    ["0l=th", -1],
    ["0l=thee", -1],
  ])("%j → %d", (key, expected) => {
    expect(table.get(key)).toBe(expected);
  });

  it("answers as a Map of the same keys would, past the first 1,024 slots", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 500, maxLength: 1500 }),
        fc.array(fc.string()),
        (keys, probes) => {
          const map = new Map(keys.map((key, i) => [key, i]));
          const built = new StringTable(keys.length);
          keys.forEach((key, i) => {
            built.set(key, i);
          });
          for (const probe of [...keys, ...probes]) expect(built.get(probe)).toBe(map.get(probe) ?? -1);
        },
      ),
      { numRuns: 20 },
    );
  });

  it("hashes the same text to the same number, and differing texts mostly apart", () => {
    expect(hashOf("Reuters")).toBe(hashOf(["Reu", "ters"].join("")));
    const words = ["a", "b", "ab", "ba", "the", "The", "THE", "1l=the", "-1l=the"];
    expect(new Set(words.map(hashOf)).size).toBe(words.length);
  });
});
