import { closeSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import path from "node:path";

/** Files being written, so that an interrupted run (SIGINT) can remove its temporary files. */
const open = new Set<AtomicFile>();

/**
 * `--output FILE`: results go to a temporary file beside FILE, renamed into place only when the run ends
 * well, so that a reader never sees half a file and an interrupted run leaves the old FILE untouched.
 */
export class AtomicFile {
  private readonly temp: string;
  private fd: number | null;

  constructor(readonly target: string) {
    this.temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    this.fd = openSync(this.temp, "w", 0o644);
    open.add(this);
  }

  write(text: string | Uint8Array): void {
    if (this.fd === null) return;
    if (typeof text === "string") writeSync(this.fd, text);
    else for (let at = 0; at < text.length; ) at += writeSync(this.fd, text, at);
  }

  commit(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    renameSync(this.temp, this.target);
    open.delete(this);
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.temp, { force: true });
    open.delete(this);
  }

  static commitAll(): void {
    for (const file of [...open]) file.commit();
  }

  static abortAll(): void {
    for (const file of [...open]) file.abort();
  }
}
