import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type CliResult, runCli, runCliAsync } from "../helpers/cli.js";
import { COMMANDS } from "../helpers/hostile-folder.js";

/* The CLI reading standard input that ends without a newline, every command; and --output. */

describe("corpus-cli reading stdin without a trailing newline", () => {
  const INPUT = "date 2021-03-04\n“Prices will fall,” said Helen Brandt in Oslo. Markets rose";
  const stdinRuns = COMMANDS.map((command) => [...command, "--json", "--jobs", "1", "-"]);
  let outputs: CliResult[] = [];
  beforeAll(async () => {
    outputs = [];
    for (let i = 0; i < stdinRuns.length; i += 3)
      outputs.push(
        ...(await Promise.all(stdinRuns.slice(i, i + 3).map((args) => runCliAsync(args, { input: INPUT })))),
      );
  });

  it.each(COMMANDS.map((command, i) => [command.join(" "), i]))("%s -", (_, i) => {
    const result = outputs[i as number] as CliResult;
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe("");
    expect(() => JSON.parse(result.stdout)).not.toThrow();
  });

  it("annotate - reads to the last character", () => {
    const record = JSON.parse((outputs[4] as CliResult).stdout);
    const records = Array.isArray(record) ? record : [record];
    expect(records[0]).toMatchObject({ id: "-", date: "2021-03-04", chars: INPUT.length });
    expect(records[0].sentences.at(-1).end).toBe(INPUT.length);
    expect(records[0].quotes[0].text).toBe("Prices will fall,");
  });
});

describe("corpus-cli --output", () => {
  // The CLI has had --output since 41daee0: the skip kept for a CLI without it would now hide its loss.
  it("writes the file whole, and nothing else beside it", () => {
    const out = mkdtempSync(path.join(tmpdir(), "corpus-cli-output-"));
    const target = path.join(out, "result.jsonl");
    const result = runCli(["annotate", "--jsonl", "--output", target, "-"], {
      input: "Prices rose. Markets fell",
    });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe("");
    expect(JSON.parse(readFileSync(target, "utf8"))).toMatchObject({ id: "-", tokens: 5 });
    expect(readdirSync(out)).toEqual(["result.jsonl"]);
  });
});
