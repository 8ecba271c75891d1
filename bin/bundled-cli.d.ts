// Types of bundled-cli.js (bin/ is plain JavaScript, run as it is): for scripts/bundle-cli.ts and the tests.

export interface BundlePaths {
  root: string;
  dir: string;
  bundle: string;
  stamps: string;
}

export function bundlePaths(root?: string): BundlePaths;

export function codeCacheFile(paths: BundlePaths, tag?: number): string;

export function stampOf(file: string): string | null;

export function bundledCli(
  codeCache?: string,
  paths?: BundlePaths,
): {
  main(argv: readonly string[], stated?: ReadonlyMap<string, Identity | null>): Promise<void>;
  /** The bundle's inputs by absolute path, as stated to check them (src/cache/code-memo.ts takes them). */
  stated: Map<string, Identity | null>;
  end(): void;
} | null;

/** A file's size, mtimeMs, ctimeMs and inode (src/cache/code-memo.ts's Identity). */
export type Identity = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

export function bundledWorkerHandler(
  name: "annotate" | "extract",
  codeCache?: string,
  paths?: BundlePaths,
): Promise<(task: unknown) => unknown>;
