import type { Dirent } from "node:fs";
import { opendir, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { glob, isDynamicPattern } from "tinyglobby";

/** A file to read: `path` as given or found, `id` relative to the input root it came from. */
export interface InputFile {
  path: string;
  id: string;
  /** For a file found in a folder walk that is not a symbolic link: its real path, known without a call. */
  realPath?: string;
}

export interface InputWarning {
  path: string;
  message: string;
}

/** A bad argument (missing path, a glob that matches nothing): the CLI exits 2. */
export class InputError extends Error {}

export const DEFAULT_EXTENSIONS = [".txt", ".md"];

export interface ListOptions {
  extensions: readonly string[];
}

const toPosix = (p: string): string => p.split(path.sep).join("/");

async function walk(
  dir: string,
  root: string,
  options: ListOptions,
  seenDirs: Set<string>,
  out: InputFile[],
  warnings: InputWarning[],
): Promise<void> {
  const real = await realpath(dir);
  if (seenDirs.has(real)) {
    warnings.push({ path: dir, message: "folder already visited (symlink loop?), skipped" });
    return;
  }
  seenDirs.add(real);
  const entries: Dirent[] = [];
  // opendir streams the entries: a folder of 100,000 files is listed without opening any of them, and each
  // entry already says whether it is a file or a folder, so only symbolic links need a stat.
  for await (const entry of await opendir(dir)) entries.push(entry);
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
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
      await walk(full, root, options, seenDirs, out, warnings);
    } else if (isFile && options.extensions.some((ext) => name.toLowerCase().endsWith(ext))) {
      out.push({
        path: toPosix(full),
        id: toPosix(path.relative(root, full)),
        ...(entry.isSymbolicLink() ? {} : { realPath: path.join(real, name) }),
      });
    }
  }
}

function globBase(pattern: string): string {
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
): Promise<{ files: InputFile[]; warnings: InputWarning[] }> {
  const files: InputFile[] = [];
  const warnings: InputWarning[] = [];
  const seenDirs = new Set<string>();
  for (const input of inputs) {
    if (input === "-") {
      files.push({ path: "-", id: "-" });
      continue;
    }
    let info: Awaited<ReturnType<typeof stat>> | null = null;
    try {
      info = await stat(input);
    } catch {
      info = null;
    }
    if (info?.isDirectory()) {
      await walk(input, input, options, seenDirs, files, warnings);
    } else if (info?.isFile()) {
      files.push({ path: toPosix(input), id: path.basename(input) });
    } else if (info) {
      throw new InputError(`not a file or folder: ${input}`);
    } else if (isDynamicPattern(input)) {
      const base = globBase(input);
      const matches = await glob(input, {
        onlyFiles: true,
        expandDirectories: false,
        followSymbolicLinks: false,
      });
      if (matches.length === 0) throw new InputError(`no files match: ${input}`);
      for (const match of matches.sort())
        files.push({ path: match, id: toPosix(path.relative(base, match)) });
    } else {
      throw new InputError(`no such file or folder: ${input}`);
    }
  }
  const seen = new Set<string>();
  const unique: InputFile[] = [];
  for (const file of files) {
    // Files found in a walk know their real path (their folder's, resolved once, plus their name); only
    // files named on the command line or reached through a symbolic link need a realpath call.
    const key =
      file.path === "-"
        ? "-"
        : (file.realPath ?? (await realpath(file.path).catch(() => path.resolve(file.path))));
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(file);
  }
  return { files: unique, warnings };
}
