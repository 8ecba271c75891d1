import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/*
 * vitest's global setup: one temporary folder for the whole run, removed when it ends. Tests make their corpora,
 * caches and outputs with mkdtempSync(tmpdir()) in dozens of places and most never removed them: by session 27
 * the machine's /tmp held 5.4 GB of such folders (504 "corpus-cli-cache-*" from cache.test alone), left by runs
 * of `npm test`. Setting TMPDIR here, before vitest forks its workers (pool "forks" copies this environment),
 * points os.tmpdir() in every test file and in every CLI they spawn at this folder, so one removal cleans all.
 */
export default function setup(): () => void {
  const root = mkdtempSync(path.join(tmpdir(), "corpus-cli-tests-"));
  // Open to all, sticky, as /tmp is: e2e/hostile.test runs the CLI as the user nobody, who must reach its corpus
  // (mkdtemp's 0700 made that run exit 2, "no such file or folder").
  chmodSync(root, 0o1777);
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = root;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(root, { recursive: true, force: true });
  };
}
