import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count } from "../src/cli/report.js";

/* The count in the summary line of typography problems, written by hand as toLocaleString("en-US") would. */
describe("count", () => {
  it.each([
    [0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1,000"],
    [1675, "1,675"],
    [100000, "100,000"],
    [1234567, "1,234,567"],
  ])("%d: %s", (n, text) => {
    expect(count(n)).toBe(text);
  });

  it("writes any whole count as toLocaleString('en-US') does (property)", () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(count(n)).toBe(n.toLocaleString("en-US"));
      }),
    );
  });
});
