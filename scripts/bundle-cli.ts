/**
 * Build-time code (run by `npm run build` after tsc): bundles dist/cli/bundle-entry.js (the CLI's main and the
 * pool's worker handlers) and all it imports into dist/bundle/corpus-cli.cjs, writes the workers' entries
 * (dist/bundle/*-worker.mjs, which load the same bundle), then makes V8's code caches for it from runs over the
 * seed article, one per set of V8 flags a thread may start under (src/pipeline/v8-flags.ts), and records what
 * the bundle was made from (dist/bundle/stamps.json). bin/bundled-cli.js runs the bundle while it is fresh.
 *
 * CommonJS, because only a script (vm.Script) takes a code cache on Node 20 (module.enableCompileCache is Node 22's).
 * Each module keeps its own import.meta.url (the worker files, the models, the seeds and package.json are found
 * from it), rewritten to the path of its own file. Packages are bundled too (chalk is ESM only, which
 * require() loads only from Node 20.19 on), except better-sqlite3 (a native addon) and piscina (it starts its own
 * worker file). import() becomes require(): a script run from a code cache has no dynamic import on Node 20.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { bundlePaths, stampOf } from "../bin/bundled-cli.js";
import { WORKER_FLAG_SETS } from "../src/pipeline/v8-flags.js";
import { asciiSource } from "./lib/ascii-source.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = path.join(ROOT, "dist");
const BIN = path.join(ROOT, "bin/corpus-cli.js");
const SEEDS = path.join(ROOT, "seeds");
const { dir: BUNDLE_DIR, bundle: BUNDLE, stamps: STAMPS } = bundlePaths(ROOT);
const BUNDLED_WORKERS = path.join(ROOT, "bin/bundled-cli.js");

/**
 * The workers' entries, in the bundle's folder, for piscina and the two stages' TaskThread (each starts a worker
 * from a file): each loads the bundle and its code cache and returns one handler (worker.ts's or
 * extract-worker.ts's). Measured: see WORKER_FILES_IN_BUNDLE and src/pipeline/task-thread.ts.
 */
const WORKER_ENTRIES = { "worker.mjs": "annotate", "extract-worker.mjs": "extract" } as const;

/**
 * In the bundle, src/pipeline/worker-files.ts names the entries above instead of the compiled modules, so that
 * a bundled run's workers start from the bundle too. One worker of the two stages started by piscina and given the
 * seed article (process CPU, the pool's own start included; --interrupt-budget as a small corpus sets it; 8 runs
 * each alternated, load 16-19): the modules 270-339 ms (median 303), the bundle 243-297 ms (median 277); in a CPU
 * profile, the worker's first batch began 1,375 ms after its start with the modules (ESM resolution and compiling
 * 183 ms, the loader's builtins 276 ms) and 191 ms after with the bundle.
 */
const WORKER_FILES_IN_BUNDLE = [
  'import { fileURLToPath } from "node:url";',
  'export const WORKER_FILE = fileURLToPath(__moduleUrl("worker.mjs"));',
  'export const EXTRACT_WORKER_FILE = fileURLToPath(__moduleUrl("extract-worker.mjs"));',
].join("\n");

/**
 * `import.meta.url` of a module (compiled, or a package's: fdir makes its `require` from it) → that module's own
 * URL, made from the bundle's place.
 */
const ownModuleUrl: Plugin = {
  name: "own-module-url",
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
      if (args.path === path.join(DIST, "pipeline/worker-files.js"))
        return { contents: WORKER_FILES_IN_BUNDLE, loader: "js" };
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.url")) return undefined;
      const relative = path.relative(BUNDLE_DIR, args.path).split(path.sep).join("/");
      return {
        contents: source.replaceAll("import.meta.url", `__moduleUrl(${JSON.stringify(relative)})`),
        loader: "js",
      };
    });
  },
};

/** Bundles the CLI; the files it was made from (the compiled modules and the packages' files). */
async function bundle(): Promise<string[]> {
  rmSync(BUNDLE_DIR, { recursive: true, force: true });
  mkdirSync(BUNDLE_DIR, { recursive: true });
  const result = await build({
    entryPoints: [path.join(DIST, "cli/bundle-entry.js")],
    outfile: BUNDLE,
    bundle: true,
    platform: "node",
    // No target: the modules as tsc wrote them. With "node20", esbuild made every \p{…} regex literal a
    // `new RegExp(…)` call, built again at each call.
    format: "cjs",
    external: ["better-sqlite3", "piscina"],
    supported: { "dynamic-import": false },
    // No keepNames: it wrapped every named closure in `__name(fn, "…")`, an Object.defineProperty per closure
    // made (per mention in the naming passes): 3.0% of a cold `--jobs 1` profile (__name 1.0, its "set natives"
    // 1.5, "get name" 0.5). Unrenamed functions and classes keep their names anyway (the language names them);
    // nothing of ours reads a function's name, and commander's CommanderError reads its own (not renamed).
    keepNames: false,
    banner: {
      js: [
        '"use strict";',
        'const __moduleUrl = (file) => require("node:url").pathToFileURL(require("node:path").join(__dirname, file)).href;',
      ].join("\n"),
    },
    plugins: [ownModuleUrl],
    absWorkingDir: ROOT,
    metafile: true,
    logLevel: "warning",
  });
  // ASCII only (scripts/lib/ascii-source.ts), so that bin/bundled-cli.js reads it as Latin-1 into a one-byte string.
  // Measured (the bundle's load alone, CPU, 5 alternated runs at load 16-20): read as UTF-8 28-42 ms, as Latin-1
  // 21-30 ms; compiled with its code cache 29-42 ms against 17-24 ms.
  writeFileSync(BUNDLE, asciiSource(readFileSync(BUNDLE, "utf8")));
  for (const [file, handler] of Object.entries(WORKER_ENTRIES))
    writeFileSync(
      path.join(BUNDLE_DIR, file),
      [
        `// Written by scripts/bundle-cli.ts: a pool worker running the bundle's "${handler}" handler.`,
        `import { bundledWorkerHandler } from ${JSON.stringify(path.relative(BUNDLE_DIR, BUNDLED_WORKERS))};`,
        `export default await bundledWorkerHandler("${handler}", process.env.CORPUS_CLI_CODE_CACHE);`,
        "",
      ].join("\n"),
    );
  return Object.keys(result.metafile.inputs).map((input) => path.resolve(ROOT, input));
}

/** The code caches written so far: { file name: stamp }. */
function codeCaches(): Record<string, string | null> {
  const files = readdirSync(BUNDLE_DIR).filter((file) => /^corpus-cli\.\d+\.code-cache$/.test(file));
  return Object.fromEntries(files.map((file) => [file, stampOf(path.join(BUNDLE_DIR, file))]));
}

function writeStamps(inputs: readonly string[], caches: Record<string, string | null>): void {
  const stamps = {
    inputs: Object.fromEntries(inputs.map((input) => [path.relative(ROOT, input), stampOf(input)])),
    bundle: stampOf(BUNDLE),
    codeCaches: caches,
  };
  writeFileSync(STAMPS, `${JSON.stringify(stamps, null, 1)}\n`);
}

/**
 * The code cache is made from a run over the seed article. One made from a run over 200 Reuters documents instead
 * (1.24 MB against 1.13 MB: rarer paths' functions too) did not pay on the 1,500 bench documents (annotate --jsonl
 * --no-cache --jobs 2, user+sys CPU, alternated at load 17-19: 3.01-3.28 s against 3.08-3.33 s, 7 runs each; with
 * no cache at all 3.15-3.40 s, 3 runs): a small corpus's extra CPU is V8 optimizing the code, not compiling it.
 */
function runOverSeeds(codeCache: "write" | "check", flags: readonly string[] = []): string {
  const run = spawnSync(process.execPath, [...flags, BIN, "annotate", "--jsonl", "--no-cache", SEEDS, "-q"], {
    env: { ...process.env, CORPUS_CLI_CODE_CACHE: codeCache },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`the bundled CLI failed over the seeds: ${run.stderr}`);
  return run.stderr;
}

/** Whether a worker starting under `flags` takes its code cache (what bundledWorkerHandler says). */
function checkWorker(flags: readonly string[]): string {
  const script = `import { bundledWorkerHandler } from ${JSON.stringify(BUNDLED_WORKERS)};
    await bundledWorkerHandler("extract", "check");`;
  const run = spawnSync(process.execPath, [...flags, "--input-type=module", "-e", script], {
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`the bundled worker failed to load: ${run.stderr}`);
  return run.stderr.trim();
}

const inputs = await bundle();
writeStamps(inputs, {});
for (const flags of WORKER_FLAG_SETS) runOverSeeds("write", flags);
writeStamps(inputs, codeCaches());
const check = runOverSeeds("check").trim();
const workerChecks = WORKER_FLAG_SETS.map(checkWorker);
console.log(
  `bundle-cli: ${inputs.length} modules in ${path.relative(ROOT, BUNDLE)}; ${check}; ` +
    `${WORKER_FLAG_SETS.length} worker flag sets: ${workerChecks.join(", ")}`,
);
// Not a failed build: without its code cache the bundle only compiles what the cache would have spared.
if (check !== "code cache accepted" || workerChecks.some((c) => c !== "worker code cache accepted"))
  console.log("bundle-cli: warning: V8 did not take a code cache");
