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

describe("StringTable.getJoined", () => {
  const table = new StringTable(4);
  table.set("0l=the", 0);
  table.set("x=ers", 9);
  table.set("w=", 18);
  it.each([
    ["0l=", "the", 0, 3, 0],
    ["0l=", "bathe", 2, 5, 0],
    ["x=", "reuters", 4, 7, 9],
    ["x=", "reuters", 3, 7, -1],
    ["w=", "", 0, 0, 18],
    ["w=", "abc", 1, 1, 18],
    ["0l", "=the", 0, 4, 0],
    ["0l=", "th", 0, 2, -1],
  ])("%j + %j.slice(%d, %d) → %d", (prefix, source, from, to, expected) => {
    expect(table.getJoined(prefix, source, from, to)).toBe(expected);
  });

  it("answers as get(prefix + source.slice(from, to)) does", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 300 }),
        fc.string(),
        (keys, extra) => {
          const built = new StringTable(keys.length);
          keys.forEach((key, i) => {
            built.set(key, i);
          });
          for (const key of [...keys, extra]) {
            for (let cut = 0; cut <= key.length; cut++) {
              const source = `ab${key.slice(cut)}cd`;
              const got = built.getJoined(key.slice(0, cut), source, 2, source.length - 2);
              expect(got).toBe(built.get(key));
            }
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
