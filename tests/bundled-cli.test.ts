import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundledCli, bundlePaths, stampOf } from "../bin/bundled-cli.js";

/**
 * bin/bundled-cli.js over a made-up package: a bundle whose `main` says where it ran, made from one module. The
 * bundle runs only while that module and the bundle are as they were stamped; its code cache is read when fresh.
 */
let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "bundled-cli-"));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A bundle made from dist/a.js; its `main` returns what it was given, marked as the bundle's. */
function makeBundle(): ReturnType<typeof bundlePaths> {
  const paths = bundlePaths(root);
  mkdirSync(paths.dir, { recursive: true });
  writeFileSync(path.join(root, "dist/a.js"), "export const a = 1;\n");
  writeFileSync(
    paths.bundle,
    'exports.main = async (argv) => ["bundled", ...argv, "in", __dirname].join(" ");\n',
  );
  stamp(null);
  return paths;
}

function stamp(codeCache: string | null): void {
  const paths = bundlePaths(root);
  const stamps = {
    inputs: { "dist/a.js": stampOf(path.join(root, "dist/a.js")) },
    bundle: stampOf(paths.bundle),
    codeCache,
  };
  writeFileSync(paths.stamps, JSON.stringify(stamps));
}

describe("bundledCli", () => {
  it("runs a fresh bundle, its __dirname the bundle's folder", async () => {
    const paths = makeBundle();
    const cli = bundledCli(undefined, paths);
    expect(await cli?.main(["x", "y"])).toBe(`bundled x y in ${paths.dir}`);
  });

  it.each([
    ["no stamps", (p: ReturnType<typeof bundlePaths>) => rmSync(p.stamps)],
    ["a module rewritten", () => writeFileSync(path.join(root, "dist/a.js"), "export const a = 2;\n")],
    ["a module touched", () => utimesSync(path.join(root, "dist/a.js"), new Date(1), new Date(1))],
    ["a module removed", () => rmSync(path.join(root, "dist/a.js"))],
    [
      "the bundle changed",
      (p: ReturnType<typeof bundlePaths>) => writeFileSync(p.bundle, "exports.main = 1;\n"),
    ],
  ])("runs no bundle when stale: %s", (_name, change) => {
    const paths = makeBundle();
    change(paths);
    expect(bundledCli(undefined, paths)).toBeNull();
  });

  it("writes a code cache that the next process takes, though the run set V8 flags; ignores one not stamped", () => {
    const paths = makeBundle();
    // As a run does (src/pipeline/run.ts): a cache made under other flags than a new process's is rejected.
    writeFileSync(
      paths.bundle,
      'exports.main = async () => require("node:v8").setFlagsFromString("--interrupt-budget=100000");\n',
    );
    stamp(null);
    expect(inProcess("write", paths)).toBe("");
    expect(readFileSync(paths.codeCache).length).toBeGreaterThan(0);
    expect(inProcess("check", paths)).toBe("code cache absent\n");
    stamp(stampOf(paths.codeCache));
    expect(inProcess("check", paths)).toBe("code cache accepted\n");
  });
});

/** bundledCli(codeCache, paths) run in a new node process; what it wrote on stderr. */
function inProcess(codeCache: string, paths: ReturnType<typeof bundlePaths>): string {
  const script = `
    import { bundledCli } from ${JSON.stringify(path.resolve("bin/bundled-cli.js"))};
    const cli = bundledCli(${JSON.stringify(codeCache)}, ${JSON.stringify(paths)});
    await cli.main([]);
    cli.end();`;
  const run = spawnSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stderr;
}
