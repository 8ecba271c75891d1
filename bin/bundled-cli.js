/**
 * The CLI as one file run with V8's code cache: dist/bundle/, written by `npm run build` (scripts/bundle-cli.ts).
 * A run of the compiled modules one by one resolves, reads and compiles ~230 files, and compiles each function
 * again on its first call; the bundle is one file, and its code cache (made by a run over the bundled seed
 * article) holds the bytecode of the functions that run used. The sample article, annotate --jsonl --no-cache,
 * user+sys CPU, median of 6 alternated runs at load 14: the modules 0.54 s, one ESM bundle 0.41 s, the bundle
 * with its code cache 0.27 s (node itself: 0.08 s).
 *
 * The bundle is used only while every file it was made from is as it was (size and mtime; `tsc` alone
 * rewrites all the modules): a build that did not make the bundle again runs the modules, never stale code. A code
 * cache V8 rejects (another node, other V8 flags) only costs the compile it would have spared.
 */
import { readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/**
 * Where the bundle of the package at `root` is: dist/bundle/ holds the bundle, its code cache, and `stamps`, what
 * it was made from ({ inputs: { path from the root: stamp }, bundle: stamp, codeCache: stamp | null }).
 */
export function bundlePaths(root = ROOT) {
  const dir = path.join(root, "dist", "bundle");
  return {
    root,
    dir,
    bundle: path.join(dir, "corpus-cli.cjs"),
    codeCache: path.join(dir, "corpus-cli.code-cache"),
    stamps: path.join(dir, "stamps.json"),
  };
}

/** A file's size and mtime, or null when it does not exist. */
export function stampOf(file) {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat ? `${stat.size} ${stat.mtimeMs}` : null;
}

/**
 * A code cache records V8's flags, and a process whose flags differ rejects it. A run sets some (src/pipeline/run.ts:
 * the heap's growth, the interrupt budget) after the bundle is compiled, so the run that writes the cache sets none:
 * they change when code is optimized and collected, not which functions the run compiles.
 */
function keepDefaultFlags() {
  const set = v8.setFlagsFromString;
  v8.setFlagsFromString = () => {};
  return () => {
    v8.setFlagsFromString = set;
  };
}

/**
 * The bundled CLI's `main`, or null when there is no bundle or it is stale. `codeCache`: "write" makes the code
 * cache (after the run, from what it compiled), "check" says on stderr whether V8 took it; else it is read.
 */
export function bundledCli(codeCache, paths = bundlePaths()) {
  let stamps;
  try {
    stamps = JSON.parse(readFileSync(paths.stamps, "utf8"));
  } catch {
    return null;
  }
  if (stampOf(paths.bundle) !== stamps.bundle) return null;
  for (const [file, stamp] of Object.entries(stamps.inputs))
    if (stampOf(path.join(paths.root, file)) !== stamp) return null;
  const restoreFlags = codeCache === "write" ? keepDefaultFlags() : null;
  const cached =
    codeCache !== "write" && stamps.codeCache !== null && stampOf(paths.codeCache) === stamps.codeCache;
  const script = new vm.Script(Module.wrap(readFileSync(paths.bundle, "utf8")), {
    filename: paths.bundle,
    cachedData: cached ? readFileSync(paths.codeCache) : undefined,
  });
  if (codeCache === "check")
    process.stderr.write(
      `code cache ${!cached ? "absent" : script.cachedDataRejected ? "rejected" : "accepted"}\n`,
    );
  const module = { exports: {} };
  const require = createRequire(paths.bundle);
  script.runInThisContext().call(module.exports, module.exports, require, module, paths.bundle, paths.dir);
  return {
    main: module.exports.main,
    /** Called once `main` is done. */
    end() {
      if (restoreFlags === null) return;
      restoreFlags();
      writeFileSync(`${paths.codeCache}.tmp`, script.createCachedData());
      renameSync(`${paths.codeCache}.tmp`, paths.codeCache);
    },
  };
}
