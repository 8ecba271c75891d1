/**
 * Commands' whole outputs kept as files beside the cache database (in OUTPUTS_DIR), named by the corpus-level
 * key they answer (cache/corpus.ts keeps the row that names the file and its length). A warm run copies the
 * file to stdout in chunks, never decoding it: reading `annotate --jsonl`'s 43 MB output (Reuters) out of
 * SQLite took 58-70 ms of CPU, ~22 ms from a plain file, and held the whole value in memory.
 *
 * A file is written under a temporary name and renamed whole, and ends with a trailer naming its key: a file
 * missing, of another length, or without its key at its end (cut short, overwritten, another key's) is a miss.
 * Its bytes in between are trusted as SQLite's pages are (no digest: a CRC-32 of 43 MB took 27-35 ms, about
 * what the file saves).
 */
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

export const OUTPUTS_DIR = "outputs";
/**
 * What all output files together may take on disk: storing one more removes the oldest beyond it, and an
 * output bigger than this is not kept (annotate then prints each file's stored record: cli/stored-records.ts).
 * Reuters' 19,779 documents give a 43 MB `annotate --jsonl`; 1 GiB keeps a corpus ~25 times as big.
 */
export const OUTPUT_FILES_BUDGET = 1024 * 1024 * 1024;

/** The chunk a stored output is copied in: few system calls, little memory. */
const CHUNK = 1024 * 1024;

const trailer = (key: string): Buffer => Buffer.from(`\n#corpus-cli output ${key}\n`, "latin1");

/** The file name of a key: hex, so that no two keys differ only in case (macOS, Windows). */
export const outputFileName = (key: string): string => `${Buffer.from(key, "base64url").toString("hex")}.out`;

/**
 * Where to copy a stored output: stdout, a --output file, or any stream with a write method. A sink without
 * `writableLength` is done with the bytes when `write` returns.
 */
export interface ByteSink {
  write(bytes: Uint8Array): unknown;
  readonly writableLength?: number;
  once?(event: "drain", listener: () => void): unknown;
}

/** A stored output: bytes from the database, or an output file, opened and checked. */
export interface StoredOutput {
  readonly bytes: number;
  /** Writes the output to `sink`, waiting for it to drain when it asks to; closes what it opened. */
  copyTo(sink: ByteSink): Promise<void>;
  /** Closes what was opened, when the output is not copied after all. */
  close(): void;
}

/** A stored output held in memory (small ones are kept in the database). */
export function inlineOutput(output: Uint8Array): StoredOutput {
  return {
    bytes: output.length,
    async copyTo(sink) {
      if (output.length > 0) sink.write(output);
    },
    close() {},
  };
}

/**
 * The output file of `key` in `directory`, if it is there whole (`bytes` long, its trailer naming `key`);
 * undefined otherwise (a miss). The file stays open until copied, so that a run replacing it meanwhile
 * (renaming another over it, or removing it) does not change what is printed.
 */
export function openOutputFile(
  directory: string,
  file: string,
  bytes: number,
  key: string,
): StoredOutput | undefined {
  const end = trailer(key);
  let fd: number;
  try {
    fd = openSync(path.join(directory, OUTPUTS_DIR, file), "r");
  } catch {
    return undefined;
  }
  try {
    const found = Buffer.alloc(end.length);
    if (
      fstatSync(fd).size !== bytes + end.length ||
      readSync(fd, found, 0, end.length, bytes) !== end.length ||
      !found.equals(end)
    ) {
      closeSync(fd);
      return undefined;
    }
  } catch {
    closeSync(fd);
    return undefined;
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    bytes,
    async copyTo(sink) {
      try {
        let chunk = Buffer.allocUnsafeSlow(Math.min(CHUNK, bytes));
        for (let at = 0; at < bytes; ) {
          const read = readSync(fd, chunk, 0, Math.min(chunk.length, bytes - at), at);
          if (read === 0) throw new Error(`stored output ${file} ended early`);
          at += read;
          const full = sink.write(read === chunk.length ? chunk : chunk.subarray(0, read));
          // A sink that still holds the chunk (an asynchronous stream) gets a new one next time; stdout into
          // a file or a pipe writes at once, so one buffer serves (a new 4 MB buffer per chunk made the 43 MB
          // copy start a full garbage collection for the external memory).
          if ((sink.writableLength ?? 0) > 0) chunk = Buffer.allocUnsafeSlow(chunk.length);
          if (full === false && sink.once)
            await new Promise<void>((resolve) => sink.once?.("drain", resolve));
        }
      } finally {
        close();
      }
    },
    close,
  };
}

/** An output being written to its file: nothing is seen under the file's name until `finish`. */
export class OutputFileWriter {
  private fd: number | null;
  private written = 0;
  private readonly temp: string;
  private readonly abortOnExit = () => this.abort();

  private constructor(
    private readonly directory: string,
    private readonly key: string,
    private readonly budget: number,
  ) {
    this.temp = path.join(directory, `.${outputFileName(key)}.${process.pid}.${Date.now()}.tmp`);
    this.fd = openSync(this.temp, "w", 0o644);
    // An interrupted run (Ctrl-C exits through process.exit) leaves no temporary file.
    process.on("exit", this.abortOnExit);
  }

  /** A writer in the cache directory's outputs folder; null when it cannot be created (not kept, no error). */
  static create(cacheDirectory: string, key: string, budget = OUTPUT_FILES_BUDGET): OutputFileWriter | null {
    const directory = path.join(cacheDirectory, OUTPUTS_DIR);
    try {
      mkdirSync(directory, { recursive: true });
      return new OutputFileWriter(directory, key, budget);
    } catch {
      return null;
    }
  }

  /** Appends; false (and the file is dropped) when the output outgrows the budget or cannot be written. */
  write(text: string): boolean {
    if (this.fd === null) return false;
    try {
      const bytes = Buffer.from(text, "utf8");
      this.written += bytes.length;
      if (this.written > this.budget) throw new Error("over budget");
      for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at);
      return true;
    } catch {
      this.abort();
      return false;
    }
  }

  /** Ends the file with its trailer and renames it into place: its name and length, or null if it failed. */
  finish(): { file: string; bytes: number } | null {
    if (this.fd === null) return null;
    const file = outputFileName(this.key);
    try {
      const end = trailer(this.key);
      for (let at = 0; at < end.length; ) at += writeSync(this.fd, end, at);
      closeSync(this.fd);
      this.fd = null;
      renameSync(this.temp, path.join(this.directory, file));
      process.off("exit", this.abortOnExit);
      return { file, bytes: this.written };
    } catch {
      this.abort();
      return null;
    }
  }

  /** Drops the file (the output is not kept). */
  abort(): void {
    if (this.fd !== null) {
      try {
        closeSync(this.fd);
      } catch {}
    }
    this.fd = null;
    rmSync(this.temp, { force: true });
    process.off("exit", this.abortOnExit);
  }
}
