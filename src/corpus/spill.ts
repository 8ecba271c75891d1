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

  /** The lines in the order added; the file is removed once they are all read (or the reader stops). */
  *lines(): Generator<string> {
    this.flush();
    const fd = this.fd;
    if (fd === null) return;
    try {
      const buffer = Buffer.allocUnsafe(READ_BYTES);
      const decoder = new TextDecoder();
      let position = 0;
      let rest = "";
      for (;;) {
        const read = readSync(fd, buffer, 0, READ_BYTES, position);
        position += read;
        rest += decoder.decode(buffer.subarray(0, read), { stream: read > 0 });
        let start = 0;
        for (let end = rest.indexOf("\n"); end !== -1; end = rest.indexOf("\n", start)) {
          yield rest.slice(start, end);
          start = end + 1;
        }
        rest = rest.slice(start);
        if (read === 0) break;
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
