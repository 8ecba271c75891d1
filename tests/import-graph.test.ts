import { describe, expect, it } from "vitest";
import { type ImportGraph, importLoops, importsOf, layerBreaches } from "../scripts/lib/import-graph.js";

/** A graph from "a.ts: b.ts c.ts(type)" lines. */
function graphOf(lines: readonly string[]): ImportGraph {
  const graph = new Map<string, Array<{ to: string; typeOnly: boolean }>>();
  for (const line of lines) {
    const [from, rest] = line.split(":") as [string, string];
    graph.set(
      from.trim(),
      rest
        .trim()
        .split(/\s+/)
        .filter((w) => w !== "")
        .map((w) => ({ to: w.replace("(type)", ""), typeOnly: w.endsWith("(type)") })),
    );
  }
  return graph;
}

describe("importsOf: the relative imports a module writes", () => {
  it.each([
    ['import { a } from "./a.js";', [{ specifier: "./a.js", typeOnly: false }]],
    ['import type { A } from "../a.js";', [{ specifier: "../a.js", typeOnly: true }]],
    ['import { type A, type B } from "./a.js";', [{ specifier: "./a.js", typeOnly: true }]],
    ['import { type A, b } from "./a.js";', [{ specifier: "./a.js", typeOnly: false }]],
    ['export { a } from "./a.js";', [{ specifier: "./a.js", typeOnly: false }]],
    ['export type { A } from "./a.js";', [{ specifier: "./a.js", typeOnly: true }]],
    ['import "./side-effect.js";', [{ specifier: "./side-effect.js", typeOnly: false }]],
    ['async function f() { await import("./later.js"); }', [{ specifier: "./later.js", typeOnly: false }]],
    ['let x: typeof import("./shape.js");', [{ specifier: "./shape.js", typeOnly: true }]],
    ['import chalk from "chalk";\nimport { readFileSync } from "node:fs";', []],
    ['// import { a } from "./commented.js";\nconst s = \'import { b } from "./in-a-string.js"\';', []],
  ])("%s", (text, expected) => {
    expect(importsOf(text)).toEqual(expected);
  });
});

describe("importLoops: one loop per knot of modules that import each other", () => {
  it.each([
    ["a chain has none", ["a.ts: b.ts", "b.ts: c.ts", "c.ts:"], []],
    ["two modules", ["a.ts: b.ts", "b.ts: a.ts"], [["a.ts", "b.ts", "a.ts"]]],
    ["a type-only import closes a loop too", ["a.ts: b.ts", "b.ts: a.ts(type)"], [["a.ts", "b.ts", "a.ts"]]],
    [
      "three modules, shown from the first",
      ["ctx.ts: people.ts", "people.ts: kin.ts", "kin.ts: ctx.ts", "other.ts: ctx.ts"],
      [["ctx.ts", "people.ts", "kin.ts", "ctx.ts"]],
    ],
    ["a module importing itself", ["a.ts: a.ts"], [["a.ts", "a.ts"]]],
    [
      "two knots apart",
      ["a.ts: b.ts", "b.ts: a.ts", "c.ts: d.ts", "d.ts: c.ts", "e.ts: a.ts c.ts"],
      [
        ["a.ts", "b.ts", "a.ts"],
        ["c.ts", "d.ts", "c.ts"],
      ],
    ],
    ["the shortest way back", ["a.ts: b.ts c.ts", "b.ts: c.ts", "c.ts: a.ts"], [["a.ts", "c.ts", "a.ts"]]],
  ])("%s", (_, lines, expected) => {
    expect(importLoops(graphOf(lines))).toEqual(expected);
  });
});

describe("layerBreaches: imports from a layer above", () => {
  const rank = new Map([
    ["data", 0],
    ["split", 1],
    ["extract", 2],
    ["resolve", 3],
  ]);
  const layerOf = (file: string): string | null => {
    const folder = file.split("/")[0] as string;
    return rank.has(folder) ? folder : null;
  };
  it.each([
    ["downward is fine", ["resolve/a.ts: extract/b.ts data/c.ts", "extract/b.ts: split/d.ts"], []],
    ["within a layer is fine", ["extract/a.ts: extract/q/b.ts"], []],
    ["upward is not", ["extract/a.ts: resolve/b.ts"], ["extract/a.ts -> resolve/b.ts"]],
    [
      "a type-only import upward is not either",
      ["split/a.ts: extract/b.ts(type)"],
      ["split/a.ts -> extract/b.ts"],
    ],
    ["files in no layer are not judged", ["tools/a.ts: resolve/b.ts", "data/c.ts: tools/d.ts"], []],
  ])("%s", (_, lines, expected) => {
    const found = layerBreaches(graphOf(lines), layerOf, rank).map((b) => `${b.from} -> ${b.to}`);
    expect(found).toEqual(expected);
  });

  it("lets a listed import pass, and only that one", () => {
    const graph = graphOf(["data/a.ts: resolve/b.ts resolve/c.ts"]);
    const found = layerBreaches(graph, layerOf, rank, new Set(["data/a.ts -> resolve/b.ts"]));
    expect(found.map((b) => b.to)).toEqual(["resolve/c.ts"]);
  });
});
