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

  it("writes a code cache that the next run takes, and ignores one not stamped", async () => {
    const paths = makeBundle();
    const writer = bundledCli("write", paths);
    await writer?.main([]);
    writer?.end();
    expect(readFileSync(paths.codeCache).length).toBeGreaterThan(0);
    const said: string[] = [];
    const write = process.stderr.write;
    process.stderr.write = ((text: string) => said.push(text) > 0) as typeof process.stderr.write;
    try {
      bundledCli("check", paths);
      stamp(stampOf(paths.codeCache));
      bundledCli("check", paths);
    } finally {
      process.stderr.write = write;
    }
    expect(said).toEqual(["code cache absent\n", "code cache accepted\n"]);
  });
});
