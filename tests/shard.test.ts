import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../scripts/bench/synthetic.js";
import { inShard, parseShard, shardOf } from "../src/shard/select.js";
import { runCliAsync } from "./helpers/cli.js";

const ids = Array.from({ length: 500 }, (_, i) => `folder-${i % 7}/article-${i}.txt`);

describe("--shard I/N", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["3/8", { index: 3, count: 8 }],
    [" 2 / 2 ", { index: 2, count: 2 }],
  ])("parses %j", (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each(["0/4", "5/4", "1/0", "a/b", "1", "-1/3", "1.5/3"])("rejects %j", (text) => {
    expect(() => parseShard(text)).toThrow(/--shard/);
  });

  it.each([1, 2, 3, 8, 13])("splits ids into %i complete, disjoint slices of similar size", (count) => {
    const slices = Array.from({ length: count }, (_, i) =>
      ids.filter((id) => inShard(id, { index: i + 1, count })),
    );
    expect(slices.flat().sort()).toEqual([...ids].sort());
    for (const slice of slices) expect(slice.length).toBeGreaterThan((ids.length / count) * 0.6);
  });

  // Pinned: a document's shard depends on its id alone, the same on every machine and in every version,
  // so that shards of a growing corpus stay where they were.
  it.each([
    ["2020/article.txt", 16, 11],
    ["reuters-1.txt", 4, 3],
    ["a/b/c.txt", 1000, 201],
  ])("puts %s, of %i shards, in shard %i", (id, count, shard) => {
    expect(shardOf(id, count)).toBe(shard);
  });

  // Four runs, spawned without blocking the test worker (a worker kept from its event loop for over 60 s, as four
  // spawnSync runs can be at a load of 25, fails the whole run: "Timeout calling onTaskUpdate").
  it("selects complete, disjoint slices of a corpus in the built binary", async () => {
    const corpus = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-shard-")), 30, 2);
    const idsOf = async (args: string[]) =>
      (await runCliAsync(["stats", corpus, "--by-document", "--json", "--no-cache", ...args])).stdout
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .map((l) => JSON.parse(l.replace(/,$/, "")).id as string);
    const whole = await idsOf([]);
    const parts: string[][] = [];
    for (const i of [1, 2, 3]) parts.push(await idsOf(["--shard", `${i}/3`]));
    expect(whole).toHaveLength(30);
    expect(parts.flat().sort()).toEqual([...whole].sort());
    for (const part of parts) expect(part.length).toBeGreaterThan(0);
  });
});
