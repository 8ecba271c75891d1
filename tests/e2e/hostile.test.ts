import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, type CliResult, runCliAsync } from "../helpers/cli.js";
import {
  COMMANDS,
  NAMES,
  NUL_TEXT,
  snapshot,
  unsafeCharacters,
  writeHostileFolder,
} from "../helpers/hostile-folder.js";

/*
 * The CLI against a folder of bad files that this test writes (tests/helpers/hostile-folder.ts): every
 * command, every format. Bad files get one warning each and the run goes on; text from documents (and file
 * names) never reaches the terminal with its control characters; nothing is written into the input folder.
 */

const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-hostile-"));
writeHostileFolder(dir);

/** chmod 000 does not stop root: the unreadable-file case is only meaningful when reading really fails. */
const unreadableBlocks = (() => {
  try {
    readFileSync(path.join(dir, NAMES.unreadable));
    return false;
  } catch {
    return true;
  }
})();

/** As root, the unreadable file can still be checked by running the CLI as `nobody` (where runuser exists). */
const asNobody = (args: readonly string[]) =>
  spawnSync("runuser", ["-u", "nobody", "--", process.execPath, BIN, ...args], {
    encoding: "utf8",
    timeout: 60_000,
  });
const nobodyAvailable = !unreadableBlocks && process.getuid?.() === 0 && asNobody(["--version"]).status === 0;
const before = snapshot(dir);

async function runAll(runs: readonly (readonly string[])[], parallel = 3): Promise<CliResult[]> {
  const results: CliResult[] = [];
  for (let i = 0; i < runs.length; i += parallel)
    results.push(...(await Promise.all(runs.slice(i, i + parallel).map((args) => runCliAsync(args)))));
  return results;
}
const FORMATS = ["table", "json", "jsonl"] as const;
const RUNS = COMMANDS.flatMap((command) =>
  FORMATS.map((format) => ({ command, format, args: [...command, "--format", format, "--jobs", "1", dir] })),
);
const results = new Map<string, CliResult>();
const keyOf = (command: readonly string[], format: string) => `${command.join(" ")} --format ${format}`;

/** Bad files, each with the words its one warning says, and good files, which get no warning. */
const WARNED: [string, RegExp][] = [
  [NAMES.binary, /binary\.txt: binary file, skipped/],
  [NAMES.badUtf8, /bad-utf8\.txt: not valid UTF-8 \(nor Windows-1252\), skipped/],
  [NAMES.cp1252, /cp1252\.txt: not valid UTF-8, decoded as Windows-1252/],
  [NAMES.escapedBinary, /hostile-bin\\u202e\.txt: binary file, skipped/],
  [NAMES.loopA, /loop-a\.txt: cannot read/],
  [NAMES.loopB, /loop-b\.txt: cannot read/],
  ...(unreadableBlocks
    ? [[NAMES.unreadable, /unreadable\.txt: cannot read \(EACCES\), skipped/] as [string, RegExp]]
    : []),
];
const PROCESSED = [
  NAMES.good,
  NAMES.nul,
  NAMES.cp1252,
  NAMES.empty,
  NAMES.noNewline,
  NAMES.inner,
  NAMES.escaped,
  ...(unreadableBlocks ? [] : [NAMES.unreadable]),
];

describe("corpus-cli on a folder of hostile files", () => {
  beforeAll(async () => {
    const outputs = await runAll(RUNS.map((run) => run.args));
    RUNS.forEach((run, i) => {
      results.set(keyOf(run.command, run.format), outputs[i] as CliResult);
    });
  });

  afterAll(() => {
    chmodSync(path.join(dir, NAMES.unreadable), 0o644);
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(RUNS.map((run) => [keyOf(run.command, run.format), run.format]))(
    "%s: exits 0, one warning per bad file, none for good files, clean stderr",
    (key) => {
      const result = results.get(key) as CliResult;
      expect(result.status, result.stderr).toBe(0);
      const lines = result.stderr.trimEnd().split("\n");
      for (const line of lines) expect(line).toMatch(/^corpus-cli: warning: /);
      for (const [, pattern] of WARNED) expect(lines.filter((line) => pattern.test(line))).toHaveLength(1);
      expect(lines, result.stderr).toHaveLength(WARNED.length);
      expect(unsafeCharacters(result.stderr)).toEqual([]);
    },
  );

  it.each(COMMANDS.map((command) => [keyOf(command, "table")]))(
    "%s: no raw control, escape or bidi character on stdout",
    (key) => {
      const { stdout } = results.get(key) as CliResult;
      expect(stdout.length).toBeGreaterThan(0);
      expect(unsafeCharacters(stdout)).toEqual([]);
    },
  );

  it("shows a bidi override in a quote and a file name as a visible escape", () => {
    const { stdout } = results.get(keyOf(["quotes", "--include-partial"], "table")) as CliResult;
    expect(stdout).toContain("\\u202eact now");
    expect(stdout).toContain("red-\\u202etxt.exe-.txt");
  });

  it.each(COMMANDS.flatMap((command) => [[keyOf(command, "json")], [keyOf(command, "jsonl")]]))(
    "%s: valid JSON",
    (key) => {
      const { stdout } = results.get(key) as CliResult;
      if (key.endsWith("jsonl")) {
        const lines = stdout.trimEnd().split("\n");
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
      } else {
        expect(() => JSON.parse(stdout)).not.toThrow();
      }
    },
  );

  it("annotates every good file, the NUL, escape and Windows-1252 ones included", () => {
    const records = (results.get(keyOf(["annotate"], "jsonl")) as CliResult).stdout
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(records.map((r) => r.id).sort()).toEqual([...PROCESSED].sort());
    const nul = records.find((r) => r.id === NAMES.nul);
    // The NUL truncates nothing: the whole text is counted and a sentence runs across it.
    expect(nul.chars).toBe(NUL_TEXT.length);
    const at = NUL_TEXT.indexOf("\u0000");
    expect(nul.sentences.some((s: { start: number; end: number }) => s.start < at && s.end > at)).toBe(true);
    const cp1252 = records.find((r) => r.id === NAMES.cp1252);
    expect(cp1252.quotes[0].text).toBe("We will win,");
    const noNewline = records.find((r) => r.id === NAMES.noNewline);
    expect(noNewline.sentences.at(-1).end).toBe(
      "Anna Berg visited Kenya on Tuesday. She met the president".length,
    );
  });

  it("finds the quotes after a NUL and inside escape sequences", () => {
    const quotes = JSON.parse(
      (results.get(keyOf(["quotes", "--include-partial"], "json")) as CliResult).stdout,
    );
    const byDocument = new Map(quotes.map((q: { id: string; text: string }) => [q.id, q.text]));
    expect(byDocument.get(NAMES.nul)).toBe("We are ready,");
    expect(byDocument.get(NAMES.escaped)).toContain("act now");
    expect(byDocument.get(NAMES.good)).toBe("Prices will fall,");
  });

  it("writes nothing into the input folder", () => {
    expect(snapshot(dir)).toEqual(before);
  });

  it.skipIf(!unreadableBlocks)("warns once for a file it may not read (skipped when running as root)", () => {
    const { stderr } = results.get(keyOf(["stats"], "table")) as CliResult;
    expect(stderr).toContain("unreadable.txt: cannot read (EACCES), skipped");
  });

  it.skipIf(!nobodyAvailable)("as root: warns once for the unreadable file when run as nobody", () => {
    chmodSync(dir, 0o755);
    const result = asNobody(["stats", "--no-cache", "--jobs", "1", dir]);
    chmodSync(dir, 0o700);
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stderr.split("\n").filter((line) => line.includes("unreadable.txt"));
    expect(lines).toEqual([
      `corpus-cli: warning: ${path.join(dir, NAMES.unreadable)}: cannot read (EACCES), skipped`,
    ]);
  });
});
