// A namespace import: crypto.hash is missing before Node 20.12, and a named import of it would not link.
import * as crypto from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Document } from "../types.js";
import type { CodeMemo } from "./code-memo.js";

/** The folder holding the cache database: $CORPUS_CLI_CACHE_DIR, else $XDG_CACHE_HOME/corpus-cli, else ~/.cache. */
export function cacheDirectory(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CORPUS_CLI_CACHE_DIR) return path.resolve(env.CORPUS_CLI_CACHE_DIR);
  const base =
    env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME)
      ? env.XDG_CACHE_HOME
      : path.join(homedir(), ".cache");
  return path.join(base, "corpus-cli");
}

/**
 * Where a document's result is made, relative to the compiled code's root: the per-document pipeline, the
 * packed form the cache stores, and the reading of a file into a Document (its header, its encoding). The
 * fingerprint covers these modules and every module they import, found by following their imports: code
 * moved into any folder is covered as long as the pipeline imports it, and code the pipeline does not
 * import (commands, formatting, the cache itself) can change without invalidating the cache.
 */
export const RESULT_ROOTS = ["pipeline/annotate.js", "pipeline/packed.js", "corpus/read.js"] as const;

/**
 * What a document's result depends on besides its own text: the code that computes it (resultModules),
 * the models, the package's version and dependencies, and the options. Hashing the files themselves, not
 * just the version, keeps a development build from ever reading results computed by older code. With a memo
 * (cache/code-memo.ts) an unchanged install's digests are known by its files' identities, without reading them.
 */
export function pipelineFingerprint(options: unknown, codeRoot = CODE_ROOT, memo?: CodeMemo): string {
  const hash = crypto.createHash("sha256");
  const packageRoot = findPackageRoot(codeRoot);
  hash.update(`options ${JSON.stringify(options)}\n`);
  if (packageRoot) hash.update(readFileSync(path.join(packageRoot, "package.json")));
  hash.update(`modules ${modulesDigest(codeRoot, RESULT_ROOTS, memo)}\n`);
  const models = packageRoot ? path.join(packageRoot, "models") : null;
  if (models) hash.update(`models ${modelsDigest(models, memo)}\n`);
  return hash.digest("hex").slice(0, 32);
}

/** The digest of the modules of `roots` and all they import: each one's path (from codeRoot) and bytes. */
function modulesDigest(codeRoot: string, roots: readonly string[], memo?: CodeMemo): string {
  const compute = () => {
    const hash = crypto.createHash("sha256");
    const files = resultModules(codeRoot, roots);
    for (const file of files) {
      hash.update(`${path.relative(codeRoot, file)}\n`);
      hash.update(readFileSync(file));
    }
    return { digest: hash.digest("hex"), files };
  };
  return memo ? memo.digest(`modules ${codeRoot} ${roots.join(" ")}`, compute) : compute().digest;
}

/**
 * The digest of the model files: each one's path and bytes (the folder itself is known, for files added). The
 * packs (`*.pack`, scripts/pack-models.ts) are left out: they are made from the JSON models and the lexicons,
 * both hashed already, and hold their sources' modification times, so hashing them would give each clone and
 * each build its own key (a `merge` of shards from two machines would refuse them) for the same answers.
 */
function modelsDigest(models: string, memo?: CodeMemo): string {
  const compute = () => {
    const hash = crypto.createHash("sha256");
    const files = listFiles(models).filter((file) => !file.endsWith(".pack"));
    for (const file of files) {
      hash.update(`models/${path.relative(models, file)}\n`);
      hash.update(readFileSync(file));
    }
    return { digest: hash.digest("hex"), files: existsSync(models) ? [models, ...files] : files };
  };
  return memo ? memo.digest(`models ${models}`, compute) : compute().digest;
}

/**
 * What a command's whole output depends on besides its documents and options: all the code the program
 * imports (commands, aggregation, formatting, as well as the pipeline), on top of `pipeline`, the
 * pipeline fingerprint. The key of a corpus-level result (see cli/memo.ts): any change to the code makes
 * those results unreachable, where only a change to the pipeline's modules invalidates per-document ones.
 */
export function programFingerprint(pipeline: string, codeRoot = CODE_ROOT, memo?: CodeMemo): string {
  const hash = crypto.createHash("sha256");
  hash.update(`pipeline ${pipeline}\n`);
  hash.update(`modules ${modulesDigest(codeRoot, PROGRAM_ROOTS, memo)}\n`);
  return hash.digest("hex").slice(0, 32);
}

/** The program's entry: every command and all it imports, statically or on demand. */
export const PROGRAM_ROOTS = ["cli/main.js"] as const;

const CODE_ROOT = fileURLToPath(new URL("..", import.meta.url));

/** `import … from "x"`, `export … from "x"`, `import "x"` and `import("x")`, in compiled or source code. */
const IMPORT = /\b(?:import|export)\b[^;'"`]*?\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']/g;

/**
 * The modules of RESULT_ROOTS and all they import (relative imports; packages are covered by
 * package.json), sorted. Under the TypeScript sources (tests) an import of "x.js" is the file "x.ts".
 */
export function resultModules(codeRoot = CODE_ROOT, roots: readonly string[] = RESULT_ROOTS): string[] {
  const seen = new Set<string>();
  const visit = (file: string | null): void => {
    if (file === null || seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, "utf8").matchAll(IMPORT)) {
      const specifier = (match[1] ?? match[2]) as string;
      if (specifier.startsWith(".")) visit(moduleFile(path.resolve(path.dirname(file), specifier)));
    }
  };
  for (const root of roots) visit(moduleFile(path.join(codeRoot, root)));
  return [...seen].sort();
}

/** The file an import names: "x.js" itself, else its TypeScript source; null if neither exists. */
function moduleFile(file: string): string | null {
  if (existsSync(file)) return file;
  const source = file.replace(/\.js$/, ".ts");
  return existsSync(source) ? source : null;
}

function findPackageRoot(from: string): string | null {
  let dir = from;
  for (let up = 0; up < 6; up++) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    dir = path.dirname(dir);
  }
  return null;
}

/** The model files, sorted. */
function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".")) continue;
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(root);
  return out;
}

/**
 * The content half of a cache key: what was read, as decoded (two encodings of one text annotate alike),
 * and the date and title, which a record or a web page gives beside its text (a text file's come from
 * its text): two records with one text and different dates are different entries.
 */
export function contentHash(doc: Document): string {
  const input = `${doc.encoding}\0${doc.date ?? ""}\0${doc.headers.title ?? ""}\0${doc.bodyStart}\0${doc.text}`;
  // crypto.hash (Node >= 20.12) hashes in one call: a third of the time of createHash for short texts.
  return oneShotHash
    ? oneShotHash("sha256", input, "base64url")
    : crypto.createHash("sha256").update(input).digest("base64url");
}

const oneShotHash = (crypto as Partial<typeof crypto>).hash;
