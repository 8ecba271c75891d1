import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN, type CliResult, runCli, runCliAsync } from "../helpers/cli.js";

/*
 * The CLI against a folder of bad files that this test writes: every command, every format. Bad files get
 * one warning each and the run goes on; text from documents (and file names) never reaches the terminal
 * with its control characters; nothing is written into the input folder.
 */

const ESC = "\u001b";
const RLO = "\u202e";

/** C0 controls other than newline, DEL and C1 controls, and the characters that reorder bidi text. */
const BIDI = new Set([
  0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069,
]);
function unsafeCharacters(text: string): string[] {
  return [...text].filter((ch) => {
    const code = ch.charCodeAt(0);
    return (code < 0x20 && code !== 10) || (code >= 0x7f && code <= 0x9f) || BIDI.has(code);
  });
}

const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-hostile-"));
const NAMES = {
  good: "good.txt",
  nul: "nul.txt",
  cp1252: "cp1252.txt",
  empty: "empty.txt",
  noNewline: "no-newline.txt",
  inner: "x.txt/inner.txt",
  // ANSI colour, a bidi override and an OSC title sequence in a file name.
  escaped: `${ESC}[31mred${ESC}[0m-${RLO}txt.exe-${ESC}]0;title\u0007.txt`,
  binary: "binary.txt",
  badUtf8: "bad-utf8.txt",
  escapedBinary: `hostile-${ESC}[2Jbin${RLO}.txt`,
  loopA: "loop-a.txt",
  loopB: "loop-b.txt",
  unreadable: "unreadable.txt",
};
const NUL_TEXT =
  "The minister said the \u0000 talks in Paris would continue on Monday. “We are ready,” said Tomas Okafor.\n";

function writeHostileFolder(): void {
  const write = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, name), data);
  write(
    NAMES.good,
    "date 2021-05-05\n“Prices will fall,” said Helen Brandt, the finance minister of Norway. Brandt spoke in Oslo.\n",
  );
  write(NAMES.nul, NUL_TEXT);
  write(
    NAMES.cp1252,
    Buffer.from("\x93We will win,\x94 said Maria Lindqvist in Paris. Caf\xe9 prices rose.\n", "latin1"),
  );
  write(NAMES.empty, "");
  write(NAMES.noNewline, "Anna Berg visited Kenya on Tuesday. She met the president");
  mkdirSync(path.join(dir, "x.txt"));
  write(NAMES.inner, "Jonas Weber arrived in Berlin.\n");
  write(
    NAMES.escaped,
    `date 2020-01-01\n“We ${ESC}[2J${ESC}]0;pwned\u0007will ${RLO}act now,” said Anna ${ESC}[31mBerg${ESC}[0m. ` +
      `Anna Berg met officials in Kenya, ${ESC}]8;;http://example.com${ESC}\\a link${ESC}]8;;${ESC}\\.\n`,
  );
  write(NAMES.binary, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256)));
  // Invalid UTF-8 with bytes that Windows-1252 leaves undefined (0x81, 0x8d): neither encoding.
  write(
    NAMES.badUtf8,
    Buffer.from([0x43, 0x61, 0x66, 0xc3, 0x20, 0x81, 0x8d, 0x20, 0x73, 0x61, 0x69, 0x64, 0x0a]),
  );
  write(NAMES.escapedBinary, Buffer.alloc(600, 0));
  symlinkSync(NAMES.loopB, path.join(dir, NAMES.loopA));
  symlinkSync(NAMES.loopA, path.join(dir, NAMES.loopB));
  write(NAMES.unreadable, "Secret text said nobody.\n");
  chmodSync(path.join(dir, NAMES.unreadable), 0);
}
writeHostileFolder();

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

/** Every entry of the folder (symlinks not followed) with its size, mode, mtime and content hash. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const full = path.join(folder, name);
      const info = lstatSync(full);
      let hash = "";
      if (info.isFile() && info.mode & 0o444) {
        try {
          hash = createHash("sha256").update(readFileSync(full)).digest("hex");
        } catch {
          hash = "unreadable";
        }
      }
      out[path.relative(root, full)] = `${info.mode} ${info.size} ${info.mtimeMs} ${hash}`;
      if (info.isDirectory()) visit(full);
    }
  };
  visit(root);
  return out;
}
const before = snapshot(dir);

async function runAll(runs: readonly (readonly string[])[], parallel = 3): Promise<CliResult[]> {
  const results: CliResult[] = [];
  for (let i = 0; i < runs.length; i += parallel)
    results.push(...(await Promise.all(runs.slice(i, i + parallel).map((args) => runCliAsync(args)))));
  return results;
}

const COMMANDS = [
  ["entities"],
  ["quotes", "--include-partial"],
  ["summary"],
  ["stats"],
  ["annotate"],
] as const;
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
  }, 120_000);

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
  }, 120_000);

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
  const hasOutput = runCli(["annotate", "--help"]).stdout.includes("--output");
  it.skipIf(!hasOutput)(
    "writes the file whole, and nothing else beside it (skipped until the CLI has --output)",
    () => {
      const out = mkdtempSync(path.join(tmpdir(), "corpus-cli-output-"));
      const target = path.join(out, "result.jsonl");
      const result = runCli(["annotate", "--jsonl", "--output", target, "-"], {
        input: "Prices rose. Markets fell",
      });
      expect(result.status).toBe(0);
      expect(result.stdout).toBe("");
      expect(JSON.parse(readFileSync(target, "utf8"))).toMatchObject({ id: "-", tokens: 5 });
      expect(readdirSync(out)).toEqual(["result.jsonl"]);
    },
  );
});
