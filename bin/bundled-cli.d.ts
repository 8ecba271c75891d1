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
): { main(argv: readonly string[]): Promise<void>; end(): void } | null;

export function bundledWorkerHandler(
  name: "annotate" | "extract",
  codeCache?: string,
  paths?: BundlePaths,
): Promise<(task: unknown) => unknown>;
