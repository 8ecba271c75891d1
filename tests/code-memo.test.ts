import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CODE_MEMO_FILE, CodeMemo, type Identity } from "../src/cache/code-memo.js";
import { pipelineFingerprint, programFingerprint } from "../src/cache/key.js";
import { ROOT } from "./helpers/cli.js";

/*
 * The code's digests remembered by its files' identities (cache/code-memo.ts): served from the memo only while
 * every file it covers is unchanged, and never remembered for files changed in the last two seconds.
 */
afterEach(() => {
  vi.restoreAllMocks();
});

const temp = (name: string) => mkdtempSync(path.join(tmpdir(), `corpus-cli-${name}-`));
const anHourAgo = () => new Date(Date.now() - 3_600_000);

/** Files written an hour ago (their mtime; ctime is now, so they are settled only after 2 s: see below). */
function settledFiles(count: number): string[] {
  const dir = temp("memo-files");
  return Array.from({ length: count }, (_, i) => {
    const file = path.join(dir, `f${i}.txt`);
    writeFileSync(file, `file ${i}\n`);
    utimesSync(file, anHourAgo(), anHourAgo());
    return file;
  });
}

/** A memo whose "now" is later than the files' ctime by more than the racy window. */
function later(ms: number): void {
  // The real clock (Date.now may already be mocked by an earlier call).
  vi.spyOn(Date, "now").mockReturnValue(performance.timeOrigin + performance.now() + ms);
}

describe("CodeMemo", () => {
  it.each([
    ["unchanged files: the digest from the memo", (_files: string[]) => {}, 1],
    ["a file edited: computed again", (files: string[]) => appendFileSync(files[0] as string, "more\n"), 2],
    [
      "a file's times set back after an edit (its ctime moves): computed again",
      (files: string[]) => {
        appendFileSync(files[1] as string, "x");
        utimesSync(files[1] as string, anHourAgo(), anHourAgo());
      },
      2,
    ],
  ])("%s", (_, edit, computed) => {
    later(5_000);
    const cacheDir = temp("memo");
    const files = settledFiles(3);
    const compute = vi.fn(() => ({ digest: "d", files }));
    expect(CodeMemo.open(cacheDir).digest("modules", compute)).toBe("d");
    edit(files);
    later(10_000);
    expect(CodeMemo.open(cacheDir).digest("modules", compute)).toBe("d");
    expect(compute).toHaveBeenCalledTimes(computed);
  });

  it("states a file once in a run: the program's digest is checked on what the pipeline's check saw", () => {
    later(5_000);
    const cacheDir = temp("memo");
    const files = settledFiles(2);
    const pipeline = vi.fn(() => ({ digest: "p", files: [files[0] as string] }));
    const program = vi.fn(() => ({ digest: "q", files }));
    const first = CodeMemo.open(cacheDir);
    first.digest("pipeline", pipeline);
    first.digest("program", program);
    const run = CodeMemo.open(cacheDir);
    expect(run.digest("pipeline", pipeline)).toBe("p");
    // Edited between the two checks of one run: that run's code was loaded before; the next run sees it.
    appendFileSync(files[0] as string, "more\n");
    expect(run.digest("program", program)).toBe("q");
    expect(program).toHaveBeenCalledTimes(1);
    expect(CodeMemo.open(cacheDir).digest("program", program)).toBe("q");
    expect(program).toHaveBeenCalledTimes(2);
  });

  it("takes the files the run stated before (bin/bundled-cli.js, checking the bundle) as stated", () => {
    later(5_000);
    const cacheDir = temp("memo");
    const files = settledFiles(2);
    const compute = vi.fn(() => ({ digest: "d", files }));
    CodeMemo.open(cacheDir).digest("modules", compute);
    const identity = (file: string): Identity => {
      const s = statSync(file);
      return [s.size, s.mtimeMs, s.ctimeMs, s.ino];
    };
    const stated = new Map(files.map((file) => [file, identity(file)]));
    // Edited after the bundle's check stated it: that run's code was loaded before; the next run sees it.
    appendFileSync(files[0] as string, "more\n");
    expect(CodeMemo.open(cacheDir, stated).digest("modules", compute)).toBe("d");
    expect(compute).toHaveBeenCalledTimes(1);
    // Stated otherwise than the memo knows it (missing, or another identity): computed again.
    expect(CodeMemo.open(cacheDir, new Map([[files[1] as string, null]])).digest("modules", compute)).toBe(
      "d",
    );
    expect(compute).toHaveBeenCalledTimes(2);
  });

  it("remembers nothing for files changed within the last two seconds", () => {
    const cacheDir = temp("memo");
    const files = settledFiles(2);
    const compute = vi.fn(() => ({ digest: "d", files }));
    CodeMemo.open(cacheDir).digest("modules", compute);
    CodeMemo.open(cacheDir).digest("modules", compute);
    expect(compute).toHaveBeenCalledTimes(2);
    expect(existsSync(path.join(cacheDir, CODE_MEMO_FILE))).toBe(false);
  });

  it("computes when the memo file is damaged, and works without a cache folder", () => {
    later(5_000);
    const cacheDir = temp("memo");
    writeFileSync(path.join(cacheDir, CODE_MEMO_FILE), "{not json");
    const files = settledFiles(1);
    expect(CodeMemo.open(cacheDir).digest("m", () => ({ digest: "d", files }))).toBe("d");
    const missing = path.join(cacheDir, "no", "such");
    expect(CodeMemo.open(missing).digest("m", () => ({ digest: "e", files }))).toBe("e");
    expect(readdirSync(cacheDir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("fingerprints with a memo", () => {
  /** A copy of the package (src and models) whose files were all written an hour ago. */
  function settledPackage(): { src: string; models: string } {
    const root = temp("memo-package");
    cpSync(path.join(ROOT, "src"), path.join(root, "src"), { recursive: true });
    mkdirSync(path.join(root, "models"));
    writeFileSync(path.join(root, "models", "a.json"), "{}\n");
    writeFileSync(path.join(root, "package.json"), "{}\n");
    return { src: path.join(root, "src"), models: path.join(root, "models") };
  }

  it.each([
    [
      "a module the pipeline imports",
      (p: { src: string }) => appendFileSync(path.join(p.src, "lexicon/quote-marks.ts"), "\n// x\n"),
    ],
    ["a model file", (p: { models: string }) => appendFileSync(path.join(p.models, "a.json"), " ")],
    ["a model file added", (p: { models: string }) => writeFileSync(path.join(p.models, "b.json"), "{}\n")],
  ])("equal the memo-free fingerprint, and change with %s", (_, edit) => {
    later(5_000);
    const pkg = settledPackage();
    const cacheDir = temp("memo");
    const plain = pipelineFingerprint({}, pkg.src);
    expect(pipelineFingerprint({}, pkg.src, CodeMemo.open(cacheDir))).toBe(plain);
    expect(existsSync(path.join(cacheDir, CODE_MEMO_FILE))).toBe(true);
    expect(pipelineFingerprint({}, pkg.src, CodeMemo.open(cacheDir))).toBe(plain);
    expect(programFingerprint(plain, pkg.src, CodeMemo.open(cacheDir))).toBe(
      programFingerprint(plain, pkg.src),
    );
    edit(pkg);
    later(10_000);
    const edited = pipelineFingerprint({}, pkg.src, CodeMemo.open(cacheDir));
    expect(edited).not.toBe(plain);
    expect(edited).toBe(pipelineFingerprint({}, pkg.src));
  });
});
