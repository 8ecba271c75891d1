/**
 * Lines kept in a temporary file of the OS's temp folder, to be read back once in order: `annotate` spills each
 * document's record there while the corpus is annotated, and prints them after the corpus-wide vote
 * (cli/voted-records.ts). The file is removed when read, on close, on an error and at exit (SIGINT and a closed
 * pipe exit through process.exit: cli/main.ts), so that no run leaves one behind.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Characters gathered before one write (as format/write-batch.ts: one system call per batch, not per line). */
const BATCH_CHARS = 64 * 1024;
/** Bytes read at once when the lines are read back. */
const READ_BYTES = 256 * 1024;

export class LineSpill {
  private readonly dir: string;
  private readonly file: string;
  private fd: number | null;
  private pending = "";
  private readonly removeOnExit = (): void => this.remove();

  constructor(prefix: string) {
    this.dir = mkdtempSync(path.join(tmpdir(), `${prefix}-`));
    this.file = path.join(this.dir, "lines");
    process.on("exit", this.removeOnExit);
    this.fd = openSync(this.file, "w+", 0o600);
  }

  /** Adds one line (it must hold no line break). */
  add(line: string): void {
    this.pending += `${line}\n`;
    if (this.pending.length >= BATCH_CHARS) this.flush();
  }

  /**
   * The lines in the order added; the file is removed once they are all read (or the reader stops). Each line
   * is decoded from the bytes on its own (a line break's byte is never part of another UTF-8 character), only
   * a line cut by the read's end carried over: a streaming TextDecoder with its text joined and cut again took
   * ~170 ms of the Reuters vote's spill read (41.5 + 8.4 MB), by a --cpu-prof of 3 votes.
   */
  *lines(): Generator<string> {
    this.flush();
    const fd = this.fd;
    if (fd === null) return;
    try {
      let buffer = Buffer.allocUnsafe(READ_BYTES);
      let kept = 0;
      let position = 0;
      for (;;) {
        if (kept === buffer.length) {
          // A line longer than the buffer: a bigger one, the part read kept.
          const bigger = Buffer.allocUnsafe(buffer.length * 2);
          buffer.copy(bigger, 0, 0, kept);
          buffer = bigger;
        }
        const read = readSync(fd, buffer, kept, buffer.length - kept, position);
        position += read;
        const end = kept + read;
        let start = 0;
        for (let at = buffer.indexOf(0x0a, kept); at !== -1 && at < end; at = buffer.indexOf(0x0a, start)) {
          yield buffer.toString("utf8", start, at);
          start = at + 1;
        }
        if (read === 0) {
          if (start < end) yield buffer.toString("utf8", start, end);
          break;
        }
        kept = end - start;
        buffer.copy(buffer, 0, start, end);
      }
    } finally {
      this.remove();
    }
  }

  /** Closes and removes the file (again: nothing). */
  remove(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.pending = "";
    rmSync(this.dir, { recursive: true, force: true });
    process.off("exit", this.removeOnExit);
  }

  private flush(): void {
    if (this.fd === null || this.pending.length === 0) return;
    writeSync(this.fd, this.pending);
    this.pending = "";
  }
}
