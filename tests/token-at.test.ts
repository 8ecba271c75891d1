import { describe, expect, it } from "vitest";
import { spanAt, tokenAt } from "../src/text/token-at.js";
import type { Token } from "../src/types.js";

const spans = [
  { start: 0, end: 5 },
  { start: 6, end: 12 },
  { start: 20, end: 30 },
];

describe("offset searches", () => {
  it.each([
    [0, 0],
    [3, 1],
    [6, 1],
    [7, 2],
    [25, 3],
  ])("tokenAt(%i): the first span starting at or after it is %i", (offset, index) => {
    expect(tokenAt(spans as unknown as Token[], offset)).toBe(index);
  });

  it.each([
    [-1, -1],
    [0, 0],
    [5, 0],
    [6, 1],
    [19, 1],
    [20, 2],
    [99, 2],
  ])("spanAt(%i): the last span starting at or before it is %i", (offset, index) => {
    expect(spanAt(spans, offset)).toBe(index);
  });
});
