import { Chalk } from "chalk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bar, type Column } from "../src/format/columns.js";
import { csvLine } from "../src/format/csv.js";
import { Printer } from "../src/format/printer.js";
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

describe("Printer.jsonList", () => {
  /** What jsonList prints for these items and rest. */
  function streamed(items: readonly unknown[], rest: Record<string, unknown>): string {
    const written: (string | Uint8Array)[] = [];
    const out = { write: (t: string | Uint8Array) => written.push(t) };
    const printer = new Printer({ format: "json", color: false, out });
    const list = printer.jsonList<unknown>("documents");
    for (const item of items) list.write(item);
    list.end(rest);
    return written.join("");
  }

  it.each([
    ["no items", [], { corpus: { documents: 0 } }],
    ["one item", [{ id: "a", summary: ["One.", "Two"], people: [] }], { corpus: { n: 1 } }],
    [
      "nested values and escapes",
      [{ id: "b\nc", quote: 'say "hi"', nested: { list: [1, [2, []], {}], none: null } }, "plain", 3],
      { corpus: { top: [{ name: "Zoë", count: 2 }] }, more: [] },
    ],
    ["a rest field with no JSON is left out", [{ a: 1 }], { corpus: 1, gone: undefined }],
  ])("%s: as JSON.stringify(value, null, 2) prints the whole object", (_name, items, rest) => {
    expect(streamed(items, rest)).toBe(`${JSON.stringify({ documents: items, ...rest }, null, 2)}\n`);
  });

  it("prints any JSON values as JSON.stringify prints the whole object", () => {
    // An object literal puts integer-like keys first whatever their place: the printed order is the
    // order of `rest`, which a command writes with named fields.
    const name = fc.string().filter((k) => !/^(0|[1-9]\d*)$/.test(k) && k !== "__proto__");
    fc.assert(
      fc.property(fc.array(fc.jsonValue()), fc.dictionary(name, fc.jsonValue()), (items, rest) => {
        // A rest field named "documents" would replace the list in the object literal.
        const { documents: _, ...others } = rest;
        const expected = `${JSON.stringify({ documents: items, ...others }, null, 2)}\n`;
        expect(streamed(items, others)).toBe(expected);
      }),
    );
  });
});

describe("Printer.printRows", () => {
  const columns: Column<{ name: string; count: number }>[] = [
    { header: "name", value: (r) => r.name },
    { header: "count", value: (r) => String(r.count) },
  ];
  const rows = [
    { name: "Dana Whitlow", count: 3 },
    { name: "Acme", count: 1 },
  ];

  /** What printRows prints in this format, and what it returns. */
  function printed(format: "json" | "jsonl" | "csv", toJson?: (r: (typeof rows)[number]) => unknown) {
    const written: (string | Uint8Array)[] = [];
    const out = { write: (t: string | Uint8Array) => written.push(t) };
    const count = new Printer({ format, color: false, out }).printRows(columns, rows, toJson);
    return { text: written.join(""), count };
  }

  it.each([
    ["jsonl", undefined, '{"name":"Dana Whitlow","count":3}\n{"name":"Acme","count":1}\n'],
    ["jsonl", (r: (typeof rows)[number]) => r.name, '"Dana Whitlow"\n"Acme"\n'],
    ["csv", undefined, "name,count\nDana Whitlow,3\nAcme,1\n"],
  ] as const)("%s: every row, then the count of rows", (format, toJson, expected) => {
    expect(printed(format, toJson)).toEqual({ text: expected, count: 2 });
  });
});
