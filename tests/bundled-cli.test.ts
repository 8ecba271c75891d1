import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { bundledCli, bundledWorkerHandler, bundlePaths, stampOf } from "../bin/bundled-cli.js";

/**
 * bin/bundled-cli.js over a made-up package: a bundle whose `main` says where it ran, made from one module. The
 * bundle runs only while that module and the bundle are as they were stamped; its code cache (one per set of V8
 * flags) is read when fresh; a worker's handler comes from the bundle, or from the modules once the bundle changed.
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
  stamp({});
  return paths;
}

function stamp(codeCaches: Record<string, string | null>): void {
  const paths = bundlePaths(root);
  const stamps = {
    inputs: { "dist/a.js": stampOf(path.join(root, "dist/a.js")) },
    bundle: stampOf(paths.bundle),
    codeCaches,
  };
  writeFileSync(paths.stamps, JSON.stringify(stamps));
}

/** The code caches in the bundle's folder, stamped as they are. */
function codeCaches(paths: ReturnType<typeof bundlePaths>): Record<string, string | null> {
  const files = readdirSync(paths.dir).filter((file) => file.endsWith(".code-cache"));
  return Object.fromEntries(files.map((file) => [file, stampOf(path.join(paths.dir, file))]));
}

describe("bundledCli", () => {
  it("runs a fresh bundle, its __dirname the bundle's folder", async () => {
    const paths = makeBundle();
    const cli = bundledCli(undefined, paths);
    expect(await cli?.main(["x", "y"])).toBe(`bundled x y in ${paths.dir}`);
  });

  it.each([
    ["no stamps", (p: ReturnType<typeof bundlePaths>) => rmSync(p.stamps)],
    // A length of its own: the stamp is size and mtime, and a kernel whose file times tick every few ms (no
    // fine-grained timestamps, Linux before 6.13) gives a rewrite of the same size within the tick the old mtime.
    ["a module rewritten", () => writeFileSync(path.join(root, "dist/a.js"), "export const a = 20;\n")],
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

  it.each([
    // The build escapes every character outside ASCII (scripts/lib/ascii-source.ts): such a bundle is read as Latin-1.
    ["all ASCII, with escapes", String.raw`"\u2019\u00e9 " + /^[\u2019]$/u.test("\u2019")`],
    // One made otherwise is read as UTF-8, as before: as Latin-1 its "’" would be three characters.
    ["with characters outside ASCII", `"’é " + /^[’]$/u.test("’")`],
  ])("reads the bundle's text whole: %s", async (_name, expression) => {
    const paths = makeBundle();
    writeFileSync(paths.bundle, `exports.main = async () => ${expression};\n`);
    stamp({});
    expect(await bundledCli(undefined, paths)?.main([])).toBe("’é true");
  });

  it("states each input once and gives their identities, for the code memo (src/cache/code-memo.ts)", () => {
    const paths = makeBundle();
    const module = path.join(root, "dist/a.js");
    const info = statSync(module);
    const stated = bundledCli(undefined, paths)?.stated;
    expect(stated).toEqual(new Map([[module, [info.size, info.mtimeMs, info.ctimeMs, info.ino]]]));
  });

  it.each([
    ["fresh", () => {}, "bundled"],
    ["touched", (outside: string) => utimesSync(outside, new Date(1), new Date(1)), null],
  ])(
    "checks an input outside the root (a package linked from elsewhere: ../): %s",
    (_name, change, expected) => {
      const paths = makeBundle();
      const outside = path.join(root, "..", `${path.basename(root)}-linked.js`);
      writeFileSync(outside, "exports.b = 2;\n");
      const relative = path.relative(root, outside);
      const stamps = JSON.parse(readFileSync(paths.stamps, "utf8"));
      stamps.inputs[relative] = stampOf(outside);
      writeFileSync(paths.stamps, JSON.stringify(stamps));
      try {
        change(outside);
        const cli = bundledCli(undefined, paths);
        expect(cli === null ? null : "bundled").toBe(expected);
        if (cli) expect(cli.stated.get(outside)).toEqual(expect.any(Array));
      } finally {
        rmSync(outside, { force: true });
      }
    },
  );

  it("writes a code cache that the next process takes, though the run set V8 flags; ignores one not stamped", () => {
    const paths = makeBundle();
    // As a run does (src/pipeline/run.ts): a cache made under other flags than a new process's is rejected.
    writeFileSync(
      paths.bundle,
      'exports.main = async () => require("node:v8").setFlagsFromString("--interrupt-budget=100000");\n',
    );
    stamp({});
    expect(inProcess("write", paths)).toBe("");
    const written = codeCaches(paths);
    expect(Object.keys(written)).toHaveLength(1);
    expect(readFileSync(path.join(paths.dir, Object.keys(written)[0] as string)).length).toBeGreaterThan(0);
    expect(inProcess("check", paths)).toBe("code cache absent\n");
    stamp(written);
    expect(inProcess("check", paths)).toBe("code cache accepted\n");
  });

  it.each([
    ["no flags", [], [], "accepted"],
    ["the flags it was made under", ["--interrupt-budget=100000"], ["--interrupt-budget=100000"], "accepted"],
    ["other flags: no cache for them", [], ["--interrupt-budget=100000"], "absent"],
    ["made under flags, read without", ["--interrupt-budget=100000"], [], "absent"],
  ])("reads the code cache made for V8's flags as they are: %s", (_name, madeUnder, readUnder, expected) => {
    const paths = makeBundle();
    expect(inProcess("write", paths, madeUnder)).toBe("");
    stamp(codeCaches(paths));
    expect(inProcess("check", paths, readUnder)).toBe(`code cache ${expected}\n`);
  });
});

describe("bundledWorkerHandler", () => {
  /** A bundle whose extract handler marks its answers as the bundle's; the modules' handler marks them so too. */
  function makeWorkerBundle(): ReturnType<typeof bundlePaths> {
    const paths = makeBundle();
    writeFileSync(
      paths.bundle,
      'exports.workerHandlers = { extract: async () => (task) => "bundle " + task, annotate: async () => null };\n',
    );
    mkdirSync(path.join(root, "dist/pipeline"), { recursive: true });
    writeFileSync(
      path.join(root, "dist/pipeline/extract-worker.js"),
      'export default (task) => "modules " + task;\n',
    );
    stamp({});
    return paths;
  }

  it.each([
    ["a fresh bundle", () => {}, "bundle x"],
    [
      "the bundle changed since it was stamped",
      (p: ReturnType<typeof bundlePaths>) => writeFileSync(p.bundle, "exports.workerHandlers = {};\n"),
      "modules x",
    ],
    ["no stamps", (p: ReturnType<typeof bundlePaths>) => rmSync(p.stamps), "modules x"],
  ])("takes the handler from %s", async (_name, change, expected) => {
    const paths = makeWorkerBundle();
    change(paths);
    const handler = await bundledWorkerHandler("extract", undefined, paths);
    expect(handler("x")).toBe(expected);
  });
});

/** bundledCli(codeCache, paths) run in a new node process started with V8 `flags`; what it wrote on stderr. */
function inProcess(
  codeCache: string,
  paths: ReturnType<typeof bundlePaths>,
  flags: readonly string[] = [],
): string {
  const script = `
    import { bundledCli } from ${JSON.stringify(path.resolve("bin/bundled-cli.js"))};
    const cli = bundledCli(${JSON.stringify(codeCache)}, ${JSON.stringify(paths)});
    await cli.main([]);
    cli.end();`;
  const run = spawnSync(process.execPath, [...flags, "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(run.stderr);
  return run.stderr;
}

describe("bin/ as CommonJS", () => {
  // A run starts without Node's ESM loader (bin/bundled-cli.js says what that saves): bin/'s own package.json
  // makes its files CommonJS, and a file of it written as a module (import, export) would not load.
  it.each(["corpus-cli.js", "bundled-cli.js"])("%s runs as CommonJS, without import or export", (file) => {
    expect(JSON.parse(readFileSync("bin/package.json", "utf8")).type).toBe("commonjs");
    const source = readFileSync(path.join("bin", file), "utf8");
    expect(source).not.toMatch(/^\s*(import\s*[{\w*]|export\s)/m);
    const run = spawnSync(
      process.execPath,
      ["-e", `require(${JSON.stringify(path.resolve("bin", "bundled-cli.js"))})`],
      {
        encoding: "utf8",
      },
    );
    expect(run.stderr).toBe("");
  });
});
