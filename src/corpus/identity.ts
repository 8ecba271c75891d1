/**
 * A file's identity, apart from reading it: a run that finds its whole output in the cache states every
 * file and reads none, and loads this module, not the readers (decoding, headers, HTML).
 */
import { type Stats, statSync } from "node:fs";
import path from "node:path";
import type { FileSeq, InputFile } from "./file-list.js";

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

/** What looks files' identities up in order: an array of them, or FileIdentities. */
export interface IdentitySeq {
  readonly length: number;
  at(index: number): FileIdentity | null | undefined;
}

/** The stats of a file that can be stated and is a file; null otherwise (stdin, missing, a folder). */
function statOf(filePath: string): Stats | null {
  if (filePath === "-") return null;
  try {
    const info = statSync(filePath);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

/** The path a file's identity names: its real path when the walk knew it, else its path made absolute. */
export const identityPath = (file: InputFile): string => file.realPath ?? path.resolve(file.path);

/** The identity of an input file; null for stdin, or when it cannot be stated (reading will say why). */
export function fileIdentity(file: InputFile): FileIdentity | null {
  const info = statOf(file.path);
  if (info === null) return null;
  return {
    path: identityPath(file),
    size: info.size,
    mtimeMs: info.mtimeMs,
    ctimeMs: info.ctimeMs,
    ino: info.ino,
  };
}

/**
 * The identities of a run's files, stated once, kept as numbers (32 bytes a file, where an object with its
 * path took ~200): an identity object is made when one is asked for, its path from the file list's.
 */
export class FileIdentities implements IdentitySeq {
  /** Per file: size, mtimeMs, ctimeMs, ino (the order the corpus-level keys hash them in: cli/memo.ts). */
  readonly numbers: Float64Array;
  /** 1 for a file stated, 0 for one that could not be (its identity is null). */
  private readonly stated: Uint8Array;

  private constructor(private readonly files: FileSeq) {
    this.numbers = new Float64Array(files.length * 4);
    this.stated = new Uint8Array(files.length);
  }

  /** States every file of the list, in order. */
  static of(files: FileSeq): FileIdentities {
    const identities = new FileIdentities(files);
    const { numbers, stated } = identities;
    // By path alone where the list gives it (FileList.pathAt): the InputFile objects and their id and real path
    // strings were a quarter of what a warm run over Reuters allocated besides the Stats objects.
    const pathAt = files.pathAt ? files.pathAt.bind(files) : (i: number) => files.at(i)?.path;
    for (let i = 0; i < files.length; i++) {
      const info = statOf(pathAt(i) as string);
      if (info === null) continue;
      stated[i] = 1;
      numbers[i * 4] = info.size;
      numbers[i * 4 + 1] = info.mtimeMs;
      numbers[i * 4 + 2] = info.ctimeMs;
      numbers[i * 4 + 3] = info.ino;
    }
    return identities;
  }

  /** The identities given (each its file's real path): for a caller that has them as objects. */
  static from(given: readonly FileIdentity[]): FileIdentities {
    const files = {
      length: given.length,
      at: (i: number): InputFile | undefined => {
        const where = given[i]?.path;
        return where === undefined ? undefined : { path: where, id: where, realPath: where };
      },
    };
    const identities = new FileIdentities(files);
    given.forEach((identity, i) => {
      identities.stated[i] = 1;
      identities.numbers.set([identity.size, identity.mtimeMs, identity.ctimeMs, identity.ino], i * 4);
    });
    return identities;
  }

  get length(): number {
    return this.stated.length;
  }

  /** Whether every file could be stated. */
  all(): boolean {
    return this.stated.every((s) => s === 1);
  }

  /** The identity of the file at `index`; null when it could not be stated, undefined outside the list. */
  at(index: number): FileIdentity | null | undefined {
    const i = index < 0 ? this.length + index : index;
    if (!(i >= 0 && i < this.length)) return undefined;
    if (this.stated[i] !== 1) return null;
    const { numbers } = this;
    return {
      path: identityPath(this.files.at(i) as InputFile),
      size: numbers[i * 4] as number,
      mtimeMs: numbers[i * 4 + 1] as number,
      ctimeMs: numbers[i * 4 + 2] as number,
      ino: numbers[i * 4 + 3] as number,
    };
  }

  /** The path of the identity at `index` (stated or not). */
  pathAt(index: number): string {
    return identityPath(this.files.at(index) as InputFile);
  }
}
