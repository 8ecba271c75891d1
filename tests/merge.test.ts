import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../scripts/bench/synthetic.js";
import { compareIds } from "../src/merge/plain.js";
import { type CliResult, runCliAsync } from "./helpers/cli.js";

let corpus: string;
let work: string;

/**
 * Spawned without blocking the test worker (runCliAsync): a test here runs 5 to 12 spawns, 39-66 s at a load of
 * 18-28, and a worker blocked that long by spawnSync cannot answer vitest's RPC, whose calls time out at 60 s
 * ("Timeout calling onTaskUpdate" fails the whole run; see helpers/yield-to-runner.ts).
 */
function cli(...args: string[]): Promise<CliResult> {
  return runCliAsync(args);
}

/** Runs the command on each of `count` shards into files, one after the other, and returns their paths. */
async function shardFiles(name: string, count: number, args: string[]): Promise<string[]> {
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const out = await cli(...args, "--shard", `${i + 1}/${count}`);
    expect(out.status).toBe(0);
    const file = path.join(work, `${name}-${i + 1}.out`);
    writeFileSync(file, out.stdout);
    files.push(file);
  }
  return files;
}

beforeAll(() => {
  corpus = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-merge-")), 24, 3);
  work = mkdtempSync(path.join(tmpdir(), "corpus-cli-merge-out-"));
});

describe("merge of --for-merge shards equals one run", () => {
  it.each([
    ["annotate", ["--jsonl"]],
    ["stats", ["--json"]],
    ["stats", []],
    ["stats", ["--by-document", "--csv", "--top", "3"]],
    ["entities", ["--json"]],
    ["entities", ["--type", "person", "--top", "3"]],
    ["quotes", ["--json", "--speaker", "Okafor"]],
    ["summary", ["--json", "--sentences", "1"]],
  ])("%s %j", async (command, options) => {
    const args = [command, corpus, ...options];
    const one = await cli(...args);
    for (const count of [2, 3]) {
      const parts = await shardFiles(`${command}-${options.join("")}-${count}`, count, [
        ...args,
        "--for-merge",
      ]);
      // The order of the inputs does not matter.
      const merged = await cli("merge", ...parts.reverse());
      expect(merged.stderr).toBe(one.stderr);
      expect(merged.status).toBe(one.status);
      expect(merged.stdout).toBe(one.stdout);
    }
  });

  it("refuses a missing shard, and with --allow-partial merges the rest and says what is missing", async () => {
    const parts = await shardFiles("missing", 3, ["stats", corpus, "--json", "--for-merge"]);
    const refused = await cli("merge", parts[0] as string, parts[2] as string);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toContain("shard(s) 2/3 missing");
    const partial = await cli("merge", "--allow-partial", parts[0] as string, parts[2] as string);
    expect(partial.status).toBe(0);
    expect(partial.stderr).toContain("shard(s) 2/3 missing: the output covers part of the corpus");
    expect(JSON.parse(partial.stdout).documents).toBeLessThan(24);
  });

  it("refuses shards run over different file lists (a file renamed between the runs)", async () => {
    const before = await shardFiles("renamed-a", 2, ["entities", corpus, "--json", "--for-merge"]);
    const renamed = writeSyntheticCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-merge-")), 24, 3);
    renameSync(
      path.join(renamed, readdirSync(renamed).sort()[0] as string),
      path.join(renamed, "zz-renamed.txt"),
    );
    const after = await shardFiles("renamed-b", 2, ["entities", renamed, "--json", "--for-merge"]);
    const merged = await cli("merge", before[0] as string, after[1] as string);
    expect(merged.status).toBe(2);
    expect(merged.stdout).toBe("");
    expect(merged.stderr).toContain("another file list");
  });

  it("refuses an empty part among --for-merge parts (a shard whose run failed)", async () => {
    const parts = await shardFiles("empty", 2, ["entities", corpus, "--json", "--for-merge"]);
    const empty = path.join(work, "empty.out");
    writeFileSync(empty, "");
    const merged = await cli("merge", parts[0] as string, empty);
    expect(merged.status).toBe(2);
    expect(merged.stdout).toBe("");
    expect(merged.stderr).toContain("empty, not a --for-merge output");
  });

  it.each([
    // entities and summary read the mentions too: the places a document settles (resolve/settled-places.ts).
    ["entities", ["mentions", "entities"], false],
    ["quotes", ["quotes"], false],
    ["stats", [], true],
    ["summary", ["mentions", "entities", "quotes", "summary"], true],
    ["annotate", ["mentions", "entities", "quotes", "summary"], false],
  ])("%s parts carry only what the command reads", async (command, fields, words) => {
    const [part] = await shardFiles(`contents-${command}`, 1, [command, corpus, "--for-merge"]);
    const lines = readFileSync(part as string, "utf8")
      .trim()
      .split("\n")
      .slice(1, -1);
    expect(lines.length).toBe(24);
    const results = lines.map((line) => JSON.parse(line).result);
    const optional = ["mentions", "entities", "quotes", "summary"];
    expect(Object.keys(results[0].annotation).filter((k) => optional.includes(k))).toEqual(fields);
    expect(results.some((r) => r.words.length > 0)).toBe(words);
  });

  it("reads gzip-compressed parts", async () => {
    const one = await cli("entities", corpus, "--json");
    const parts = (await shardFiles("gzip", 2, ["entities", corpus, "--json", "--for-merge"])).map((file) => {
      writeFileSync(`${file}.gz`, gzipSync(readFileSync(file)));
      return `${file}.gz`;
    });
    const merged = await cli("merge", ...parts);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
  });

  it.each([
    [
      "an incomplete shard (its run was killed)",
      (text: string) => text.split("\n").slice(0, -2).join("\n"),
      /incomplete/,
    ],
    ["a shard given twice", (text: string) => text.replace('"shard":"2/2"', '"shard":"1/2"'), /given twice/],
  ])("refuses %s", async (_, mangle, message) => {
    const parts = await shardFiles("broken", 2, ["entities", corpus, "--json", "--for-merge"]);
    const broken = path.join(work, "broken.out");
    writeFileSync(broken, mangle(readFileSync(parts[1] as string, "utf8")));
    const merged = await cli("merge", parts[0] as string, broken);
    expect(merged.status).toBe(2);
    expect(merged.stdout).toBe("");
    expect(merged.stderr).toMatch(message);
  });

  it("refuses shards of different command lines", async () => {
    const a = await shardFiles("cmd-a", 2, ["entities", corpus, "--json", "--for-merge"]);
    const b = await shardFiles("cmd-b", 2, ["entities", corpus, "--json", "--top", "2", "--for-merge"]);
    const merged = await cli("merge", a[0] as string, b[1] as string);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain("different command line");
  });
});

describe("merge of ordinary annotate and quotes output equals one run", () => {
  it.each([
    ["annotate", "--jsonl"],
    ["annotate", "--json"],
    ["quotes", "--json"],
    ["quotes", "--jsonl"],
  ])("%s %s", async (command, format) => {
    const one = await cli(command, corpus, format);
    const parts = await shardFiles(`plain-${command}${format}`, 3, [command, corpus, format]);
    const merged = await cli("merge", ...parts);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe(one.stdout);
  });

  it.each([
    ["annotate", "--jsonl"],
    ["quotes", "--json"],
  ])("%s %s: refuses a shard given twice, printing nothing", async (command, format) => {
    const parts = await shardFiles(`twice-${command}${format}`, 2, [command, corpus, format]);
    const merged = await cli("merge", parts[0] as string, parts[1] as string, parts[1] as string);
    expect(merged.status).toBe(2);
    expect(merged.stdout).toBe("");
    expect(merged.stderr).toContain("a shard given twice");
  });

  it("refuses entities output, which needs the runs' state", async () => {
    const parts = await shardFiles("plain-entities", 2, ["entities", corpus, "--jsonl"]);
    const merged = await cli("merge", ...parts);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain("--for-merge");
  });
});

describe("compareIds (one run's order)", () => {
  it.each([
    ["a/b.txt", "a.txt", -1],
    ["a.txt", "a/b.txt", 1],
    ["a/z.txt", "b.txt", -1],
    ["x.txt", "x.txt", 0],
    ["2020/01.txt", "2020/02.txt", -1],
  ])("%s vs %s", (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });
});
