import { describe, expect, it } from "vitest";
import { batchStages } from "../src/pipeline/batch-stages.js";

/** Runs two stages over `items` (the first throws on "boom"), returning each item's outcome. */
function runTwoStages(items: (string | null)[], settledFrom: number[]): string[] {
  const outcomes: string[] = items.map((item, i) =>
    item === null ? "absent" : settledFrom.includes(i) ? "settled before" : "",
  );
  const each = batchStages(
    items,
    (i) => outcomes[i] !== "",
    (i, error) => {
      outcomes[i] = `failed: ${(error as Error).message}`;
    },
  );
  const upper = each((item) => {
    if (item === "boom") throw new Error(item);
    return item.toUpperCase();
  });
  each((_item, i) => {
    outcomes[i] = `ok: ${upper[i]}`;
  });
  return outcomes;
}

describe("batchStages", () => {
  it.each([
    { items: ["a", "b"], settled: [], expected: ["ok: A", "ok: B"] },
    { items: ["a", "boom", "c"], settled: [], expected: ["ok: A", "failed: boom", "ok: C"] },
    { items: [null, "b"], settled: [], expected: ["absent", "ok: B"] },
    { items: ["a", "b"], settled: [0], expected: ["settled before", "ok: B"] },
    { items: ["boom", "boom"], settled: [], expected: ["failed: boom", "failed: boom"] },
  ])("$items (settled $settled) -> $expected", ({ items, settled, expected }) => {
    expect(runTwoStages(items, settled)).toEqual(expected);
  });

  it("skips a settled item's later stages and leaves its entry undefined", () => {
    const seen: string[] = [];
    const each = batchStages(
      ["x", "boom", "z"],
      () => false,
      () => {},
    );
    const first = each((item) => {
      if (item === "boom") throw new Error(item);
      return item;
    });
    expect(first).toEqual(["x", undefined, "z"]);
    each((item) => seen.push(item));
    // fail() recorded nothing here, so the runner cannot know: the second stage still sees every item.
    expect(seen).toEqual(["x", "boom", "z"]);
  });
});
