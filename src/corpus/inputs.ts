import { type Dirent, existsSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FileList } from "./file-list.js";

export type { InputFile } from "./file-list.js";

export interface InputWarning {
  path: string;
  message: string;
}

/** A bad argument (missing path, a glob that matches nothing): the CLI exits 2. */
export class InputError extends Error {}

export const DEFAULT_EXTENSIONS = [".txt", ".md"];

/** The sample corpus shipped inside the package. */
export const BUNDLED_SEEDS = fileURLToPath(new URL("../../seeds", import.meta.url));

/** With no PATH: ./seeds when the working directory has one, else the bundled sample corpus. */
export function defaultInputs(): { inputs: string[]; source: string } {
  if (existsSync("seeds")) return { inputs: ["seeds"], source: "./seeds in the working directory" };
  return { inputs: [BUNDLED_SEEDS], source: `the bundled sample corpus (${BUNDLED_SEEDS})` };
}

export interface ListOptions {
  extensions: readonly string[];
}

const toPosix =
  path.sep === "/" ? (p: string): string => p : (p: string): string => p.split(path.sep).join("/");

/** `dir` with one separator at its end, ready for a name to be appended (cheaper than path.join per file). */
const withSep = (dir: string): string =>
  dir === "." ? "" : dir.endsWith(path.sep) || dir.endsWith("/") ? dir : `${dir}${path.sep}`;

/** Lists `dir` recursively; `rel` is its id prefix ("" at the root, else "a/b/"). */
async function walk(
  dir: string,
  rel: string,
  options: ListOptions,
  seenDirs: Set<string>,
  out: FileList,
  warnings: InputWarning[],
): Promise<void> {
  const real = await realpath(dir);
  if (seenDirs.has(real)) {
    warnings.push({ path: dir, message: "folder already visited (symlink loop?), skipped" });
    return;
  }
  seenDirs.add(real);
  // Each entry already says whether it is a file or a folder, so only symbolic links need a stat: a folder
  // of 100,000 files is listed without opening or stating any of them. (Names only: 100,000 of them are a
  // few MB, and sorting needs them all anyway.)
  const entries: Dirent[] = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const dirPrefix = withSep(dir);
  // The folder's files are kept as its number and their names (corpus/file-list.ts): a link has no real path.
  const plain = out.folder(toPosix(dirPrefix), rel, withSep(real));
  const linked = out.folder(toPosix(dirPrefix), rel, null);
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const full = dirPrefix + name;
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink() || (!isDirectory && !isFile)) {
      try {
        const info = await stat(full);
        isDirectory = info.isDirectory();
        isFile = info.isFile();
      } catch (error) {
        warnings.push({
          path: full,
          message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? error}`,
        });
        continue;
      }
    }
    if (isDirectory) {
      await walk(full, `${rel}${name}/`, options, seenDirs, out, warnings);
    } else if (isFile && hasExtension(name, options.extensions)) {
      out.push(entry.isSymbolicLink() ? linked : plain, name);
    }
  }
}

/** By index, with no closure: called for every file of every walk (a closure a call was ~1.5 MB over Reuters). */
function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  for (let i = 0; i < extensions.length; i++) if (lower.endsWith(extensions[i] as string)) return true;
  return false;
}

function globBase(pattern: string, isDynamicPattern: (part: string) => boolean): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts) {
    if (isDynamicPattern(part)) break;
    fixed.push(part);
  }
  return fixed.join("/") || ".";
}

/**
 * Expands files, folders (recursively, filtered by extension), glob patterns and "-" (stdin) into one
 * sorted list without duplicates. Only names are listed here; nothing is opened.
 */
export async function listInputs(
  inputs: readonly string[],
  options: ListOptions,
): Promise<{ files: FileList; warnings: InputWarning[] }> {
  const files = new FileList();
  const warnings: InputWarning[] = [];
  const seenDirs = new Set<string>();
  // Imported at the first argument that is neither a file nor a folder: most runs have none.
  let glob: typeof import("tinyglobby") | undefined;
  for (const input of inputs) {
    if (input === "-") {
      files.add({ path: "-", id: "-" });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(input);
    } catch {
      info = null;
    }
    if (info?.isDirectory()) {
      // Normalized once, as path.join would for every file: "./a//b" lists as "a/b/...".
      await walk(path.normalize(input), "", options, seenDirs, files, warnings);
    } else if (info?.isFile()) {
      files.add({ path: toPosix(input), id: path.basename(input) });
    } else if (info) {
      throw new InputError(`not a file or folder: ${input}`);
    } else {
      glob ??= await import("tinyglobby");
      if (!glob.isDynamicPattern(input)) throw new InputError(`no such file or folder: ${input}`);
      const base = globBase(input, glob.isDynamicPattern);
      const matches = await glob.glob(input, {
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: false,
      });
      if (matches.length === 0) throw new InputError(`no files match: ${input}`);
      for (const match of matches.sort()) files.add({ path: match, id: toPosix(path.relative(base, match)) });
    }
  }
  // One folder walked, no symbolic link followed: every file is in a distinct real folder or has a distinct
  // name in its folder, so none can come twice (the check below took 5-9 ms of a 0.3 s warm run, Reuters);
  // and each id is its path below the one root, so none is given twice (a map of every id, ~80 bytes a
  // file, is not made).
  if (inputs.length === 1 && files.allReal()) return { files, warnings };
  const seen = new Set<string>();
  const unique = new FileList();
  for (const file of files) {
    // Files found in a walk know their real path (their folder's, resolved once, plus their name); only
    // files named on the command line or reached through a symbolic link need a realpath call.
    const key =
      file.path === "-"
        ? "-"
        : (file.realPath ?? (await realpath(file.path).catch(() => path.resolve(file.path))));
    if (seen.has(key)) continue;
    seen.add(key);
    unique.add(file);
  }
  makeIdsUnique(unique);
  return { files: unique, warnings };
}

/**
 * Ids must be unique within a run (merge and joins downstream key on them), but two inputs can give the
 * same one: `a/001.txt b/001.txt` (each named by its file name), or two folders that both hold 001.txt.
 * Files whose ids collide are named by their path instead (as given or found, so still stable across
 * runs); in the rare case that paths collide too ("x/../a/f.txt" and "a/f.txt" are deduplicated before),
 * a `#2`, `#3` suffix in list order settles it.
 */
export function makeIdsUnique(files: FileList): void {
  const count = new Map<string, number>();
  for (const f of files) count.set(f.id, (count.get(f.id) ?? 0) + 1);
  if (count.size === files.length) return;
  files.forEach((f, i) => {
    if ((count.get(f.id) ?? 0) > 1 && f.path !== "-") files.setId(i, path.posix.normalize(f.path));
  });
  const seen = new Map<string, number>();
  files.forEach((f, i) => {
    const n = (seen.get(f.id) ?? 0) + 1;
    seen.set(f.id, n);
    if (n > 1) files.setId(i, `${f.id}#${n}`);
  });
}
