import { createRequire } from "node:module";
import type cliProgress from "cli-progress";

// Loaded when a bar is shown (stderr is a terminal): piped and quiet runs never need it.
const require = createRequire(import.meta.url);

/** Runs shorter than this never show a bar: it would only flicker. */
const SHOW_AFTER_MS = 1_000;

export interface ProgressOptions {
  total: number;
  /** --quiet, or output that would be garbled by a bar on the same terminal. */
  enabled: boolean;
  stream?: NodeJS.WriteStream;
}

/**
 * A progress bar on stderr (cli-progress), shown only on a terminal and only once the run has lasted a
 * second; it is cleared when the run ends, so nothing of it stays in the user's scrollback.
 */
export class Progress {
  private bar: cliProgress.SingleBar | null = null;
  private done = 0;
  private readonly timer: NodeJS.Timeout | null = null;

  constructor(private readonly options: ProgressOptions) {
    const stream = options.stream ?? process.stderr;
    if (!options.enabled || !stream.isTTY || options.total === 0) return;
    this.timer = setTimeout(() => this.show(stream), SHOW_AFTER_MS);
    // The bar never keeps a finished run alive.
    this.timer.unref();
  }

  private show(stream: NodeJS.WriteStream): void {
    const { SingleBar, Presets } = require("cli-progress") as typeof cliProgress;
    this.bar = new SingleBar(
      {
        stream,
        format: "annotating [{bar}] {percentage}% | {value}/{total} documents | {eta_formatted} left",
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 200,
      },
      Presets.shades_classic,
    );
    this.bar.start(this.options.total, this.done);
  }

  tick(): void {
    this.done += 1;
    this.bar?.update(this.done);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.bar?.stop();
    this.bar = null;
  }
}
