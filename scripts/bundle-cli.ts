/**
 * Build-time code (run by `npm run build` after tsc): bundles dist/cli/main.js and all it imports into
 * dist/bundle/corpus-cli.cjs, then makes V8's code cache for it from a run over the seed article, and records
 * what the bundle was made from (dist/bundle/stamps.json). bin/bundled-cli.js runs the bundle while it is fresh.
 *
 * CommonJS, because only a script (vm.Script) takes a code cache on Node 20 (module.enableCompileCache is Node 22's).
 * Each module keeps its own import.meta.url (the worker files, the models, the seeds and package.json are found
 * from it), rewritten to the path of its own file. Packages are bundled too (chalk is ESM only, which
 * require() loads only from Node 20.19 on), except better-sqlite3 (a native addon) and piscina (it starts its own
 * worker file). import() becomes require(): a script run from a code cache has no dynamic import on Node 20.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { bundlePaths, stampOf } from "../bin/bundled-cli.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DIST = path.join(ROOT, "dist");
const BIN = path.join(ROOT, "bin/corpus-cli.js");
const SEEDS = path.join(ROOT, "seeds");
const { dir: BUNDLE_DIR, bundle: BUNDLE, codeCache: CODE_CACHE, stamps: STAMPS } = bundlePaths(ROOT);

/**
 * `import.meta.url` of a module (compiled, or a package's: fdir makes its `require` from it) → that module's own
 * URL, made from the bundle's place.
 */
const ownModuleUrl: Plugin = {
  name: "own-module-url",
  setup(builder) {
    builder.onLoad({ filter: /\.[cm]?js$/ }, (args) => {
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
    entryPoints: [path.join(DIST, "cli/main.js")],
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
  return Object.keys(result.metafile.inputs).map((input) => path.resolve(ROOT, input));
}

function writeStamps(inputs: readonly string[], codeCache: string | null): void {
  const stamps = {
    inputs: Object.fromEntries(inputs.map((input) => [path.relative(ROOT, input), stampOf(input)])),
    bundle: stampOf(BUNDLE),
    codeCache,
  };
  writeFileSync(STAMPS, `${JSON.stringify(stamps, null, 1)}\n`);
}

function runOverSeeds(codeCache: "write" | "check"): string {
  const run = spawnSync(process.execPath, [BIN, "annotate", "--jsonl", "--no-cache", SEEDS, "-q"], {
    env: { ...process.env, CORPUS_CLI_CODE_CACHE: codeCache },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`the bundled CLI failed over the seeds: ${run.stderr}`);
  return run.stderr;
}

const inputs = await bundle();
writeStamps(inputs, null);
runOverSeeds("write");
writeStamps(inputs, stampOf(CODE_CACHE));
const check = runOverSeeds("check").trim();
console.log(`bundle-cli: ${inputs.length} modules in ${path.relative(ROOT, BUNDLE)}; ${check}`);
// Not a failed build: without its code cache the bundle only compiles what the cache would have spared.
if (check !== "code cache accepted") console.log("bundle-cli: warning: V8 did not take the code cache");
