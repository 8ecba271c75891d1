import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCliAsync } from "./helpers/cli.js";
import { writeDatedCorpus } from "./helpers/dated-corpus.js";

let corpus: string;
let work: string;

const cli = (...args: string[]): Promise<CliResult> => runCliAsync(args);

async function shardFiles(name: string, count: number, args: string[]): Promise<string[]> {
  const outs = await Promise.all(
    Array.from({ length: count }, (_, i) => cli(...args, "--shard", `${i + 1}/${count}`)),
  );
  return outs.map((out, i) => {
    expect(out.status).toBe(0);
    const file = path.join(work, `${name}-${i + 1}.out`);
    writeFileSync(file, out.stdout);
    return file;
  });
}

beforeAll(() => {
  corpus = writeDatedCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-views-merge-")));
  work = mkdtempSync(path.join(tmpdir(), "corpus-cli-views-merge-out-"));
});

describe("timeline, network and report: a merge of --for-merge shards prints what one run prints", () => {
  it.each([
    ["timeline", []],
    ["timeline", ["--json", "--by", "week"]],
    ["timeline", ["--csv", "--entity", "Okafor", "--entity", "Brandt"]],
    ["network", []],
    ["network", ["--quotes", "--json"]],
    ["network", ["--export", "gexf", "--weight", "documents"]],
    ["network", ["--export", "graphml", "--top", "5", "--type", "country"]],
    ["report", []],
    ["report", ["--json"]],
    ["report", ["--html", "-"]],
  ])("%s %j", async (command, options) => {
    const args = [command, corpus, ...options];
    const one = await cli(...args);
    expect(one.status).toBe(0);
    for (const count of [3]) {
      const parts = await shardFiles(`${command}-${options.join("")}-${count}`, count, [
        ...args,
        "--for-merge",
      ]);
      const merged = await cli("merge", ...parts.reverse());
      expect(merged.stderr).toBe(one.stderr);
      expect(merged.status).toBe(one.status);
      expect(merged.stdout).toBe(one.stdout);
    }
  });

  it("refuses to replay a report that writes a file (the stored command line is data)", async () => {
    const parts = await shardFiles("report-file", 2, [
      "report",
      corpus,
      "--html",
      path.join(work, "r.html"),
      "--for-merge",
    ]);
    const merged = await cli("merge", ...parts);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain("refusing to replay");
  });
});
