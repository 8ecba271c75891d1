/**
 * The spill `annotate`'s vote reads back (corpus/spill.ts): lines come back as added, whatever their length
 * against the read's buffer (256 KB) and wherever a multi-byte character falls; the file is gone afterwards.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LineSpill } from "../src/corpus/spill.js";

const READ = 256 * 1024;

function roundTrip(lines: readonly string[]): string[] {
  const spill = new LineSpill("corpus-cli-spill-test");
  for (const line of lines) spill.add(line);
  return [...spill.lines()];
}

describe("LineSpill", () => {
  it.each([
    ["no lines", []],
    ["empty lines", ["", "", "a", ""]],
    ["short lines with accents and symbols", ['{"name":"Zoë Ångström"}', "é€😀", "plain"]],
    ["a line longer than the read", ["x".repeat(READ * 2 + 17), "after"]],
    ["a multi-byte character across the read's end", [`${"a".repeat(READ - 1)}€€€`, "😀".repeat(READ / 3)]],
    [
      "many lines over several reads",
      Array.from({ length: 5000 }, (_, i) => `line ${i} ${"ä".repeat(i % 97)}`),
    ],
  ])("%s", (_, lines) => {
    expect(roundTrip(lines)).toEqual(lines);
  });

  it("removes its file once read", () => {
    const spill = new LineSpill("corpus-cli-spill-test");
    spill.add("one");
    const dir = (spill as unknown as { dir: string }).dir;
    expect([...spill.lines()]).toEqual(["one"]);
    expect(existsSync(dir)).toBe(false);
  });
});
