import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { RACY_MS } from "./file-index.js";

/**
 * Digests of the program's own files (its modules, its models) remembered by those files' identities, so that a
 * run over an unchanged install stats ~180 files instead of reading and hashing ~4 MB: following the import graph
 * and hashing cost 22-28 ms of a 0.3 s warm run (cache/key.ts), stating them about 1 ms. The same rule as for a
 * corpus (cli/memo.ts): a file is known by path, size, mtime, ctime and inode, and a digest is kept only when
 * every file it covers changed at least RACY_MS before, so that an edit within the clock's granularity of the
 * digest cannot go unseen. A lost or unreadable memo only costs the hashing.
 */
export const CODE_MEMO_FILE = "code-identity.json";

const VERSION = 1;

export type Identity = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

/**
 * Files this run stated before the memo was opened, by absolute path (null: not there). bin/bundled-cli.js states
 * every input of the bundle to see that it is fresh, the compiled modules among them: 468 of the ~470 files the
 * memo's digests cover, each stated a second time here before (a warm `entities` run, strace: 943 stats of dist/
 * files before, 477 now).
 */
export type StatedFiles = ReadonlyMap<string, Identity | null>;

interface Entry {
  digest: string;
  files: Record<string, Identity>;
}

interface MemoFile {
  version: number;
  entries: Record<string, Entry>;
}

function identity(file: string): Identity | null {
  const s = statSync(file, { throwIfNoEntry: false });
  return s === undefined ? null : [s.size, s.mtimeMs, s.ctimeMs, s.ino];
}

const same = (a: Identity | null, b: Identity): boolean =>
  a !== null && a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];

export class CodeMemo {
  /**
   * Files stated in this run to check a digest: the program's modules (463 in a build of session 26) include
   * the pipeline's (349), whose digest a run checks first, so each file is stated once, not twice.
   */
  private readonly stated: Map<string, Identity | null>;

  private constructor(
    private readonly file: string,
    private readonly memo: MemoFile,
    stated: StatedFiles | undefined,
  ) {
    this.stated = new Map(stated);
  }

  /**
   * The memo kept in a cache folder (empty when missing, unreadable or of another version). `stated`: files this run
   * stated already, taken as stated here (a file is stated once in a run, as below).
   */
  static open(directory: string, stated?: StatedFiles): CodeMemo {
    const file = path.join(directory, CODE_MEMO_FILE);
    let memo: MemoFile = { version: VERSION, entries: {} };
    try {
      const read = JSON.parse(readFileSync(file, "utf8")) as MemoFile;
      if (read.version === VERSION && typeof read.entries === "object" && read.entries !== null) memo = read;
    } catch {
      // Missing or damaged: hashed again, and written anew.
    }
    return new CodeMemo(file, memo, stated);
  }

  /**
   * The digest named `name`, from the memo when every file it covered is unchanged; else `compute()`, which
   * gives the digest and the files it read, remembered when all of them are settled.
   */
  digest(name: string, compute: () => { digest: string; files: readonly string[] }): string {
    const known = this.memo.entries[name];
    if (known !== undefined && Object.entries(known.files).every(([f, id]) => same(this.statedOnce(f), id)))
      return known.digest;
    const { digest, files } = compute();
    const settledBefore = Date.now() - RACY_MS;
    const ids: Record<string, Identity> = {};
    for (const f of files) {
      const id = identity(f);
      if (id === null || id[1] > settledBefore || id[2] > settledBefore) return digest;
      ids[f] = id;
    }
    this.memo.entries[name] = { digest, files: ids };
    this.save();
    return digest;
  }

  /** A file's identity as this run first stated it (a digest computed states its files anew, after reading them). */
  private statedOnce(file: string): Identity | null {
    let found = this.stated.get(file);
    if (found === undefined) {
      found = identity(file);
      this.stated.set(file, found);
    }
    return found;
  }

  /** Written whole to a temporary file and renamed, so that a concurrent run reads the old memo or the new. */
  private save(): void {
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, JSON.stringify(this.memo));
      renameSync(temporary, this.file);
    } catch {
      // A read-only or missing cache folder: the digests are computed again next time.
      rmSync(temporary, { force: true });
    }
  }
}
