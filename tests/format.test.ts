import { Chalk } from "chalk";
import { describe, expect, it } from "vitest";
import { bar, type Column } from "../src/format/columns.js";
import { csvLine } from "../src/format/csv.js";
import { sanitizeForTerminal } from "../src/format/sanitize.js";
import { renderTable } from "../src/format/table.js";

const plain = new Chalk({ level: 0 });

describe("renderTable", () => {
  const columns: Column<number>[] = [
    { header: "n", value: (n) => n, style: "number" },
    { header: "text", value: (n) => `row ${n}`, grow: 1 },
  ];

  it("lays out a long table in blocks that join into one table", () => {
    const rows = Array.from({ length: 1203 }, (_, i) => i);
    const lines = renderTable(columns, rows, plain, 80).text.split("\n");
    expect(lines.filter((l) => l.startsWith("┌"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("└"))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("│")).length).toBe(1 + 1203);
    expect(lines.at(-2)).toContain("row 1202");
  });

  it("removes escape sequences from cells", () => {
    const out = renderTable(
      [{ header: "t", value: () => "\u001b[31mred\u001b[0m \u202eevil" }],
      [1],
      plain,
      80,
    ).text;
    expect(out.includes("\u001b")).toBe(false);
    expect(out).toContain("\\u202e");
  });
});

describe("sanitizeForTerminal", () => {
  it.each([
    ["plain text", "plain text"],
    ["a\u001b]0;title\u0007b", "ab"],
    ["tab\tand\nnewline", "tab and newline"],
    ["nul\u0000byte", "nul\\x00byte"],
    ["c1\u009bcontrol", "c1\\x9bcontrol"],
  ])("%j", (input, expected) => {
    expect(sanitizeForTerminal(input)).toBe(expected);
  });
});

describe("csv and bars", () => {
  it.each([
    [["a", "b,c", 'say "hi"', ["x", "y"]], 'a,"b,c","say ""hi""",x; y'],
    [[null, 3, "line\nbreak"], ',3,"line\nbreak"'],
    // Text a spreadsheet would run as a formula is defused; numbers stay numbers.
    [
      ['=HYPERLINK("http://x")', "+1", "-rate", "@SUM(A1)", "\tcell", -3, 2.5],
      `"'=HYPERLINK(""http://x"")",'+1,'-rate,'@SUM(A1),'\tcell,-3,2.5`,
    ],
    [[["=a", "b"], "a=b", "x-y"], "'=a; b,a=b,x-y"],
  ])("%j", (values, expected) => {
    expect(csvLine(values)).toBe(expected);
  });

  it("draws bars relative to the maximum", () => {
    expect(bar(10, 10, 4)).toBe("████");
    expect(bar(0, 10, 4)).toBe("");
    expect(bar(5, 10, 4)).toBe("██");
  });
});
