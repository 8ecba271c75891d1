// A namespace import: crypto.hash is missing before Node 20.12, and a named import of it would not link.
import * as crypto from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Document } from "../types.js";

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
 * What a document's result depends on besides its own text: the code that computes it (the compiled
 * modules next to this one, lexicons included), the models, the package's version and dependencies, and
 * the options. Hashing the files themselves, not just the version, keeps a development build from ever
 * reading results computed by older code. About 2 MB of input: a few milliseconds per run.
 */
export function pipelineFingerprint(options: unknown): string {
  const hash = crypto.createHash("sha256");
  const codeRoot = fileURLToPath(new URL("..", import.meta.url));
  const packageRoot = findPackageRoot(codeRoot);
  hash.update(`options ${JSON.stringify(options)}\n`);
  if (packageRoot) hash.update(readFileSync(path.join(packageRoot, "package.json")));
  const roots = [codeRoot, ...(packageRoot ? [path.join(packageRoot, "models")] : [])];
  for (const root of roots) {
    for (const file of listFiles(root)) {
      hash.update(`${path.relative(root, file)}\n`);
      hash.update(readFileSync(file));
    }
  }
  return hash.digest("hex").slice(0, 32);
}

function findPackageRoot(from: string): string | null {
  let dir = from;
  for (let up = 0; up < 6; up++) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    dir = path.dirname(dir);
  }
  return null;
}

/** Top-level code folders that only present or store results: changing them leaves the cache valid. */
const PRESENTATION = new Set(["cli", "commands", "format", "cache", "shard", "merge", "@types"]);

/** Code and data files under a folder, sorted (source maps change nothing). */
function listFiles(root: string): string[] {
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith(".") || (dir === root && PRESENTATION.has(name))) continue;
      const full = path.join(dir, name);
      const info = statSync(full);
      if (info.isDirectory()) walk(full);
      else if (/\.(js|ts|json|txt|tsv|csv)$/.test(name) && !name.endsWith(".d.ts")) out.push(full);
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
