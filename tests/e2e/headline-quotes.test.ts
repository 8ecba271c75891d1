/**
 * A quoted headline with its attribution on a text file's first line, end to end through the built binary:
 * `annotate`, `quotes` and `summary --corpus` read the same quote and the same speaker, and the headline stays
 * the title (no sentence of the body, no summary sentence).
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Annotation } from "../../src/types.js";
import { runCli } from "../helpers/cli.js";

const corpus = mkdtempSync(path.join(tmpdir(), "corpus-cli-headline-"));
writeFileSync(
  path.join(corpus, "strike.txt"),
  '"We will not back down," says union chief Dana Whitlow\n\n' +
    "Workers at the Acme plant in Harbury walked out on Monday after talks over pay collapsed.\n\n" +
    "Dana Whitlow, the general secretary of the Harbury Workers Union, said members had no choice.\n",
);

const lines = (stdout: string) =>
  stdout
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l));

describe("a quoted headline's attribution, through the commands", () => {
  it("annotate reads the headline's quote and keeps the headline out of the body", () => {
    const result = runCli(["annotate", corpus, "--jsonl", "--no-cache", "--include-text"]);
    expect(result.status).toBe(0);
    const [record] = lines(result.stdout) as Annotation[];
    expect(record?.title).toBe('"We will not back down," says union chief Dana Whitlow');
    expect(record?.quotes?.map((q) => [q.text, q.speaker.name])).toEqual([
      ["We will not back down,", "Dana Whitlow"],
    ]);
    expect(record?.entities?.find((e) => e.name === "Dana Whitlow")?.count).toBe(2);
    // The body's sentences and summary start after the headline.
    expect(record?.sentences[0]?.start).toBeGreaterThan(55);
    expect(record?.summary?.every((s) => !s.text.includes("back down"))).toBe(true);
  });

  it("quotes and summary --corpus agree with annotate", () => {
    const quotes = runCli(["quotes", corpus, "--jsonl", "--no-cache"]);
    expect(lines(quotes.stdout).map((q) => [q.text, q.speaker.name])).toEqual([
      ["We will not back down,", "Dana Whitlow"],
    ]);
    const summary = runCli(["summary", corpus, "--corpus", "--json", "--no-cache"]);
    expect(JSON.parse(summary.stdout).mostQuoted).toEqual([{ name: "Dana Whitlow", count: 1 }]);
  });
});
