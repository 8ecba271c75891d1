/**
 * The CLI as one file run with V8's code cache: dist/bundle/, written by `npm run build` (scripts/bundle-cli.ts).
 * A run of the compiled modules one by one resolves, reads and compiles ~230 files, and compiles each function
 * again on its first call; the bundle is one file, and its code cache (made by a run over the bundled seed
 * article) holds the bytecode of the functions that run used. The sample article, annotate --jsonl --no-cache,
 * user+sys CPU, median of 6 alternated runs at load 14: the modules 0.54 s, one ESM bundle 0.41 s, the bundle
 * with its code cache 0.27 s (node itself: 0.08 s). A bundled run's worker threads load the same bundle and a
 * code cache of it (bundledWorkerHandler).
 *
 * The bundle is used only while every file it was made from is as it was (size and mtime; `tsc` alone
 * rewrites all the modules): a build that did not make the bundle again runs the modules, never stale code. A code
 * cache V8 rejects (another node, other V8 flags) only costs the compile it would have spared.
 *
 * Not kept (session 21): a user-land startup snapshot of this bundle (Node 20's `node --build-snapshot`, run with
 * `--snapshot-blob`) holding the pipeline's modules evaluated (10 MB), or the models loaded too (27 MB). One Reuters
 * document, annotate --jsonl --no-cache, user+sys CPU, 5 alternated runs at load 13-16: 0.19-0.21 s and 0.21-0.22 s
 * against 0.20-0.22 s from the bundle and its code cache (20 documents: 0.34-0.36 and 0.34-0.37 against 0.33-0.37),
 * before the second node process a bin must start to pass the blob (node -e 0: 0.05 s of CPU there). A snapshot's
 * functions come without their bytecode (compiled again), and an Intl.Collator made at a module's load cannot be
 * serialized (text/collate.ts; made lazily for the test).
 */
"use strict";
// CommonJS (bin/package.json), so that a run starts without Node's ESM loader: a script importing these seven
// built-in modules took 77-92 ms of CPU as a module against 69-83 ms as CommonJS (median 78.8 -> 73.3 ms, 15
// alternated runs each at load 10-12), a cost every run of the CLI paid before its first line.
const { isAscii } = require("node:buffer");
const { readFileSync, renameSync, statSync, writeFileSync } = require("node:fs");
const Module = require("node:module");
const path = require("node:path");
const { pathToFileURL } = require("node:url");
const v8 = require("node:v8");
const vm = require("node:vm");

const { createRequire } = Module;
const ROOT = path.join(__dirname, "..", path.sep);

/**
 * Where the bundle of the package at `root` is: dist/bundle/ holds the bundle, its code caches (codeCacheFile), and
 * `stamps`, what it was made from ({ inputs: { path from the root: stamp }, bundle: stamp, codeCaches: { V8's
 * cache tag: stamp } }).
 */
function bundlePaths(root = ROOT) {
  const dir = path.join(root, "dist", "bundle");
  return {
    root,
    dir,
    bundle: path.join(dir, "corpus-cli.cjs"),
    stamps: path.join(dir, "stamps.json"),
  };
}

/**
 * The bundle's code cache for V8's flags as they are now. V8 rejects a cache made under other flags, and the
 * flags are the process's: a run sets some (src/pipeline/v8-flags.ts) after this thread compiled the bundle but
 * before its workers start, so the build makes one cache per set of flags a thread may start under, named by
 * V8's tag for them (v8.cachedDataVersionTag: V8's version, flags and CPU features).
 */
function codeCacheFile(paths, tag = v8.cachedDataVersionTag()) {
  return path.join(paths.dir, `corpus-cli.${tag}.code-cache`);
}

/** A file's size and mtime, or null when it does not exist. */
function stampOf(file) {
  return stampOfStat(statSync(file, { throwIfNoEntry: false }));
}

/** What stampOf says of a file stated (undefined: not there). */
const stampOfStat = (stat) => (stat ? `${stat.size} ${stat.mtimeMs}` : null);

/**
 * A code cache records V8's flags, and a process whose flags differ rejects it. A run sets some (src/pipeline/run.ts:
 * the heap's growth, the interrupt budget) after the bundle is compiled, so the run that writes a cache sets none
 * (the build starts it with the flags the cache is for): they change when code is optimized and collected, not
 * which functions the run compiles.
 */
function keepFlags() {
  const set = v8.setFlagsFromString;
  v8.setFlagsFromString = () => {};
  return () => {
    v8.setFlagsFromString = set;
  };
}

/** The bundle's stamps, or null when there is none or the bundle is not the one they stamp. */
function freshStamps(paths) {
  let stamps;
  try {
    stamps = JSON.parse(readFileSync(paths.stamps, "utf8"));
  } catch {
    return null;
  }
  return stampOf(paths.bundle) === stamps.bundle ? stamps : null;
}

/**
 * The bundle's source: as Latin-1 when it is all ASCII (the build escapes every other character:
 * scripts/bundle-cli.ts), a one-byte string that V8 reads and takes a code cache for faster than the two-byte
 * string one non-ASCII character makes of the whole file; as UTF-8 otherwise, which gives the same text.
 */
function bundleSource(file) {
  const bytes = readFileSync(file);
  return isAscii(bytes) ? bytes.toString("latin1") : bytes.toString("utf8");
}

/**
 * The bundle compiled and run (its exports), with the code cache for V8's flags as they are now when the build
 * stamped one (`useCache`); `cache` says whether V8 took it: "accepted", "rejected" or "absent".
 */
function loadBundle(paths, stamps, useCache) {
  const file = codeCacheFile(paths);
  const stamp = stamps.codeCaches?.[path.basename(file)];
  const cached = useCache && stamp !== undefined && stampOf(file) === stamp;
  const script = new vm.Script(Module.wrap(bundleSource(paths.bundle)), {
    filename: paths.bundle,
    cachedData: cached ? readFileSync(file) : undefined,
  });
  const bundled = { exports: {} };
  const bundledRequire = createRequire(paths.bundle);
  script
    .runInThisContext()
    .call(bundled.exports, bundled.exports, bundledRequire, bundled, paths.bundle, paths.dir);
  const cache = !cached ? "absent" : script.cachedDataRejected ? "rejected" : "accepted";
  return { script, exports: bundled.exports, cache };
}

/**
 * The bundled CLI's `main` (give it `stated`), or null when there is no bundle or it is stale. `codeCache`: "write" makes the code
 * cache for the flags the process started with (after the run, from what it compiled), "check" says on stderr
 * whether V8 took it; else it is read.
 */
function bundledCli(codeCache, paths = bundlePaths()) {
  const stamps = freshStamps(paths);
  if (stamps === null) return null;
  // By hand, as path.join would join them: the stamps name each input by its normalized path from the root
  // (path.relative), so only one that climbs out of it ("../", a package linked from elsewhere) needs path.join
  // to resolve its ".." as before. path.join normalizes character by character in code not yet compiled: the
  // 507 inputs' checks took 24-34 ms of a warm run's CPU with it, 12-13 ms without (5 runs each, load 20).
  const root = path.join(paths.root, path.sep);
  // Each input's identity as the code memo keeps a file's (src/cache/code-memo.ts), which takes these rather than
  // state the compiled modules again.
  const stated = new Map();
  for (const [file, stamp] of Object.entries(stamps.inputs)) {
    const where = file.includes("..") ? path.join(root, file) : root + file;
    const stat = statSync(where, { throwIfNoEntry: false });
    stated.set(where, stat ? [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino] : null);
    if (stampOfStat(stat) !== stamp) return null;
  }
  const restoreFlags = codeCache === "write" ? keepFlags() : null;
  const { script, exports: bundle, cache } = loadBundle(paths, stamps, codeCache !== "write");
  if (codeCache === "check") process.stderr.write(`code cache ${cache}\n`);
  return {
    main: bundle.main,
    /** The bundle's inputs, by absolute path: [size, mtimeMs, ctimeMs, ino] as stated to check them, or null. */
    stated,
    /** Called once `main` is done. */
    end() {
      if (restoreFlags === null) return;
      restoreFlags();
      const file = codeCacheFile(paths);
      writeFileSync(`${file}.tmp`, script.createCachedData());
      renameSync(`${file}.tmp`, file);
    },
  };
}

/**
 * A worker thread's handler ("annotate" or "extract": src/cli/bundle-entry.ts) from the bundle, with the code cache
 * for the flags the run set; from the compiled modules if the bundle changed since the run's thread checked it
 * (a build during the run). `codeCache` "check" says on stderr whether V8 took the cache. Measured in a worker:
 * see scripts/bundle-cli.ts.
 */
async function bundledWorkerHandler(name, codeCache, paths = bundlePaths()) {
  const stamps = freshStamps(paths);
  if (stamps === null) {
    const file = name === "extract" ? "extract-worker.js" : "worker.js";
    return (await import(pathToFileURL(path.join(paths.root, "dist", "pipeline", file)).href)).default;
  }
  const { exports: bundle, cache } = loadBundle(paths, stamps, true);
  if (codeCache === "check") process.stderr.write(`worker code cache ${cache}\n`);
  return bundle.workerHandlers[name]();
}

module.exports = { bundlePaths, codeCacheFile, stampOf, bundledCli, bundledWorkerHandler };
