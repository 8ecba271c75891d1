/**
 * A file's identity, apart from reading it: a run that finds its whole output in the cache states every
 * file and reads none, and loads this module, not the readers (decoding, headers, HTML).
 */
import { statSync } from "node:fs";
import path from "node:path";
import type { InputFile } from "./inputs.js";

/**
 * What identifies a file's version without reading it: where it is, its size, and the times and inode a
 * write changes (ctime cannot be set back by hand, as mtime can). See the cache's file index.
 */
export interface FileIdentity {
  /** Absolute and, for files found in a folder walk, real. */
  path: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The identity of an input file; null for stdin, or when it cannot be stated (reading will say why). */
export function fileIdentity(file: InputFile): FileIdentity | null {
  if (file.path === "-") return null;
  try {
    const info = statSync(file.path);
    if (!info.isFile()) return null;
    return {
      path: file.realPath ?? path.resolve(file.path),
      size: info.size,
      mtimeMs: info.mtimeMs,
      ctimeMs: info.ctimeMs,
      ino: info.ino,
    };
  } catch {
    return null;
  }
}
