import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, runShell, SEEDS } from "../helpers/cli.js";
import { expectGolden } from "../helpers/golden.js";

const SEED_FILE = path.join(SEEDS, "000_45a8fef921a77d2f.txt");

describe("corpus-cli (built binary)", () => {
  it("prints its version and help", () => {
    const version = runCli(["--version"]);
    expect(version.status).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
    for (const command of ["stats", "annotate"]) {
      const help = runCli([command, "--help"]);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain("Examples:");
    }
  });

  it("annotate --jsonl gives the seed record with its date, sentence spans and token count", () => {
    const result = runCli(["annotate", "--jsonl", SEEDS]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    const record = JSON.parse(lines[0] as string);
    expect(record).toMatchObject({
      id: "000_45a8fef921a77d2f.txt",
      date: "2020-10-07",
      chars: 2966,
      tokens: 503,
    });
    expect(record.sentences).toHaveLength(12);
    expect(record.sentences[0]).toEqual({ start: 17, end: 261 });
  });

  it("keeps the offset invariant for every span of the seed record", async () => {
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(SEED_FILE, "utf8");
    const record = JSON.parse(runCli(["annotate", "--jsonl", SEEDS]).stdout);
    const spans: { start: number; end: number; text?: string }[] = [
      ...record.sentences,
      ...(record.mentions ?? []),
      ...(record.summary ?? []),
      ...(record.quotes ?? []).flatMap((q: { speaker: { mention: unknown }; cue: unknown }) =>
        [q.speaker.mention, q.cue].filter(Boolean),
      ),
    ];
    for (const span of spans) {
      expect(span.end).toBeGreaterThan(span.start);
      if (span.text !== undefined) expect(text.slice(span.start, span.end)).toBe(span.text);
    }
    for (const quote of record.quotes ?? []) expect(text.slice(quote.start, quote.end)).toContain(quote.text);
  });

  it.each([
    ["table", (out: string) => expect(out).toContain("documents")],
    ["json", (out: string) => expect(JSON.parse(out).documents).toBe(1)],
    ["jsonl", (out: string) => expect(JSON.parse(out.trim()).tokens).toBe(503)],
    ["csv", (out: string) => expect(out.split("\n")[0]).toBe("measure,value")],
  ])("stats --format %s", (format, check) => {
    const result = runCli(["stats", "--format", format, SEEDS]);
    expect(result.status).toBe(0);
    check(result.stdout);
  });

  it("writes no colour codes when stdout is not a terminal", () => {
    const result = runCli(["stats", SEEDS]);
    expect(result.stdout.includes("\u001b[")).toBe(false);
  });

  it("reads stdin with -, also without a trailing newline", () => {
    const result = runCli(["annotate", "--jsonl", "-"], {
      input: "date 2021-03-04\nPrices rose. Markets fell",
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: "-", date: "2021-03-04", tokens: 5 });
  });

  it("defaults to ./seeds in the working directory", () => {
    const result = runCli(["stats", "--json", "--verbose"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain("./seeds");
  });

  it("falls back to the bundled sample corpus elsewhere", () => {
    const result = runCli(["stats", "--json", "--verbose"], { cwd: tmpdir() });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).documents).toBe(1);
    expect(result.stderr).toContain("bundled sample corpus");
  });

  it("exits 2 with one line for a missing path", () => {
    const result = runCli(["stats", "no/such/dir"]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain("no/such/dir");
  });

  it("exits 2 with one line for an unknown flag", () => {
    const result = runCli(["stats", "--bogus"]);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("exits 1 when nothing is found", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-empty-"));
    const result = runCli(["annotate", "--jsonl", dir]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
  });

  it("skips a binary file with one warning and goes on", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-bad-"));
    writeFileSync(path.join(dir, "bad.txt"), Buffer.from(Array.from({ length: 512 }, (_, i) => i % 9)));
    writeFileSync(path.join(dir, "good.txt"), "Prices rose today.");
    const result = runCli(["annotate", "--jsonl", dir]);
    expect(result.status).toBe(0);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringContaining("bad.txt: binary file, skipped"),
    ]);
    expect(JSON.parse(result.stdout).id).toBe("good.txt");
  });

  it('reads a UTF-16 file saved with a byte-order mark (Notepad\'s "Unicode") like its UTF-8 twin', () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-utf16-"));
    const text =
      "date 2024-03-05\n\u201cWe will rebuild,\u201d said Ana Ruiz, the mayor of S\u00e3o Paulo.\n";
    writeFileSync(
      path.join(dir, "a-utf16.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]),
    );
    writeFileSync(path.join(dir, "b-utf8.txt"), text);
    const result = runCli(["annotate", "--jsonl", "--no-cache", dir]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("");
    const [utf16, utf8] = result.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(utf16.date).toBe("2024-03-05");
    expect({ ...utf16, id: "", path: "" }).toEqual({ ...utf8, id: "", path: "" });
  });

  it("ends quietly when the reader closes the pipe", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-pipe-"));
    for (let i = 0; i < 300; i++)
      writeFileSync(path.join(dir, `${String(i).padStart(3, "0")}.txt`), "A line. Another.");
    const result = runShell(
      `node bin/corpus-cli.js annotate --jsonl ${dir} | head -1; echo "status=\${PIPESTATUS[0]}"`,
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain('"id":"000.txt"');
    expect(result.stdout).toContain("status=0");
  });

  it("matches the golden annotate record and stats for the seed corpus", () => {
    // A relative path, so that the record's "path" does not depend on where the repository is checked out.
    expectGolden("seed-annotate.jsonl", runCli(["annotate", "--jsonl", "seeds"]).stdout);
    expectGolden("seed-stats.json", runCli(["stats", "--json", SEEDS]).stdout);
    expectGolden("seed-stats.txt", runCli(["stats", SEEDS]).stdout);
  });
});
