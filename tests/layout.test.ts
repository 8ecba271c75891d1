import { Chalk } from "chalk";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Column } from "../src/format/columns.js";
import { type ColumnSpec, planLayout, tableOverhead } from "../src/format/layout.js";
import { renderTable } from "../src/format/table.js";
import { displayWidth, truncateToWidth, wrapToWidth } from "../src/format/text-width.js";

const fixed = (natural: number, priority?: number): ColumnSpec => ({
  natural,
  min: natural,
  weight: 0,
  ...(priority === undefined ? {} : { priority }),
});
const text = (natural: number, min: number, weight: number, priority?: number): ColumnSpec => ({
  natural,
  min,
  weight,
  ...(priority === undefined ? {} : { priority }),
});

describe("planLayout: which columns are shown, how wide", () => {
  it.each([
    ["everything fits at its natural width", [fixed(10), text(30, 10, 1)], 80, [0, 1], [10, 30], []],
    [
      "a text column shrinks before anything goes",
      [fixed(10, 1), text(100, 10, 1)],
      40,
      [0, 1],
      [10, 23],
      [],
    ],
    [
      "the lowest priority goes first",
      [fixed(20, 2), fixed(20, 1), text(50, 20, 1)],
      50,
      [0, 2],
      [20, 23],
      [1],
    ],
    ["then the next", [fixed(20, 2), fixed(20, 1), text(50, 20, 1)], 30, [2], [26], [1, 0]],
    ["on a tie the rightmost goes", [fixed(20, 1), fixed(20, 1), fixed(5)], 40, [0, 2], [20, 5], [1]],
    ["a column without priority stays, even too wide", [fixed(40), fixed(40)], 60, [0, 1], [40, 40], []],
    ["text columns share the room by weight", [text(100, 5, 1), text(100, 5, 3)], 47, [0, 1], [10, 30], []],
    ["a text column never outgrows its cells", [text(5, 5, 1), text(100, 5, 1)], 67, [0, 1], [5, 55], []],
    [
      "the columns left still too wide: text goes below its minimum",
      [fixed(30), text(40, 20, 1), text(40, 20, 1)],
      50,
      [0, 1, 2],
      [30, 5, 5],
      [],
    ],
  ])("%s", (_, specs, total, shown, widths, dropped) => {
    expect(planLayout(specs, total)).toEqual({ shown, widths, dropped });
  });

  it("keeps every column the user chose (--columns), squeezing text instead", () => {
    expect(planLayout([fixed(20, 1), text(50, 20, 1)], 30, true)).toEqual({
      shown: [0, 1],
      widths: [20, 3],
      dropped: [],
    });
  });

  it("never draws wider than the terminal when the columns that must stay can fit", () => {
    const spec = fc.record({
      natural: fc.integer({ min: 1, max: 200 }),
      min: fc.integer({ min: 1, max: 40 }),
      weight: fc.integer({ min: 0, max: 6 }),
      priority: fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.array(spec, { minLength: 1, maxLength: 9 }),
        fc.integer({ min: 20, max: 300 }),
        (raw, total) => {
          const specs: ColumnSpec[] = raw.map(({ priority, ...s }) => ({
            ...s,
            ...(priority === undefined ? {} : { priority }),
          }));
          const staying = specs.filter((s) => s.priority === undefined);
          const least = staying.reduce((sum, s) => sum + (s.weight > 0 ? 1 : s.natural), 0);
          fc.pre(least + tableOverhead(staying.length) <= total);
          const layout = planLayout(specs, total);
          const drawn = layout.widths.reduce((a, b) => a + b, 0) + tableOverhead(layout.shown.length);
          expect(drawn).toBeLessThanOrEqual(total);
          layout.shown.forEach((i, k) => {
            expect(layout.widths[k]).toBeLessThanOrEqual(specs[i]?.natural ?? 0);
            expect(layout.widths[k]).toBeGreaterThanOrEqual(1);
          });
        },
      ),
    );
  });
});

describe("widths in terminal cells", () => {
  it.each([
    ["abc", 3],
    ["東京", 4],
    ["😀 ok", 5],
    ["e\u0301", 1],
    ["\u001b[1mbold\u001b[22m", 4],
  ])("%j is %i cells wide", (input, width) => {
    expect(displayWidth(input)).toBe(width);
  });

  it.each([
    ["東京での会談は非常に重要であり", 9, 3],
    ["We are delighted 🎉🎉 to welcome our partners", 12, 2],
    ["Supercalifragilisticexpialidocious", 10, 3],
  ])("wraps %j into lines of at most %i cells, %i at most", (input, width, maxLines) => {
    const lines = wrapToWidth(input, width, maxLines);
    expect(lines.length).toBeLessThanOrEqual(maxLines);
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    expect(lines.at(-1)?.endsWith("…")).toBe(true);
  });

  it.each([
    ["id  2020-10-07", 20, ["id  2020-10-07"]],
    ["one two  three", 7, ["one two", "three"]],
    ["", 5, [""]],
    ["東京 大阪", 4, ["東京", "大阪"]],
  ])("wraps %j at %i cells into %j (spaces kept inside a line)", (input, width, expected) => {
    expect(wrapToWidth(input, width)).toEqual(expected);
  });

  it.each([
    ["Hohenzollern", 6, "Hohen…"],
    ["東京東京", 5, "東京…"],
    ["short", 10, "short"],
  ])("cuts %j to %i cells: %j", (input, width, expected) => {
    expect(truncateToWidth(input, width)).toBe(expected);
  });
});

describe("renderTable fits the width", () => {
  interface Row {
    name: string;
    count: number;
    note: string;
  }
  const columns: Column<Row>[] = [
    { header: "name", value: (r) => r.name, style: "name", grow: 2 },
    { header: "count", value: (r) => r.count, style: "number" },
    { header: "bar", value: (r) => "█".repeat(r.count), priority: 1 },
    { header: "note", value: (r) => r.note, grow: 3 },
  ];
  const rows: Row[] = [
    { name: "Maximilian Alexander von Hohenzollern-Sigmaringen", count: 12, note: "short" },
    { name: "東京都知事", count: 3, note: "“北京的天气很好，我们很高兴来到这里参加会议，希望一切顺利。🎉”" },
    { name: "🎉 party", count: 1, note: "We are delighted 🎉🎉 to welcome our partners from every corner" },
  ];
  const plain = new Chalk({ level: 0 });

  it.each([
    [40, ["bar"]],
    [60, ["bar"]],
    [80, []],
    [200, []],
  ])("at %i cells (left out: %j)", (width, dropped) => {
    const table = renderTable(columns, rows, plain, width);
    expect(table.dropped).toEqual(dropped);
    const lines = table.text.split("\n");
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(width);
    // Every line of a table is as wide as its top border: no cell pushes its row out of line.
    for (const line of lines) expect(displayWidth(line)).toBe(displayWidth(lines[0] ?? ""));
  });
});
