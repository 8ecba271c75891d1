import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { writeSyntheticCorpus } from "../../scripts/bench/synthetic.js";
import { BIN, cliEnv, ROOT, SPAWN_TIMEOUT_MS } from "../helpers/cli.js";

/*
 * The README's distributed recipes, run as written: the GNU parallel line on this machine (GNU parallel is
 * installed by .ci/run), and the Spark code through a stand-in for PySpark's RDD.pipe (tests/helpers/
 * rdd_pipe.py: an empty environment unless `env` is given, the exit code ignored unless checkCode). The
 * merged parts must print what one run prints. `corpus-cli` is put on PATH from a folder of its own, as an
 * installed package would be, and is not in /usr/bin.
 */
const README = readFileSync(path.join(ROOT, "README.md"), "utf8");
const binDir = mkdtempSync(path.join(tmpdir(), "corpus-cli-bin-"));
symlinkSync(BIN, path.join(binDir, "corpus-cli"));
const PATH = `${binDir}:${path.dirname(process.execPath)}:/usr/bin:/bin`;
const ENV = { ...cliEnv(), PATH };

let work: string;

function sh(command: string, cwd = work, env: NodeJS.ProcessEnv = ENV) {
  const result = spawnSync("bash", ["-c", command], {
    cwd,
    env,
    encoding: "utf8",
    timeout: RECIPE_TIMEOUT_MS,
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

/** `text` with `from` replaced, failing if the recipe no longer holds it (the test would test nothing). */
function replaced(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "corpus-cli-recipes-"));
  writeSyntheticCorpus(path.join(work, "corpus"), 24, 3);
});

// Each recipe spawns the CLI several times (2-6 s in CI); on a machine running several suites at once one took 27 s
// and another passed the default 30 s: the same limit as the spawned commands' own (helpers/cli.ts).
const RECIPE_TIMEOUT_MS = SPAWN_TIMEOUT_MS;

describe("README recipes", { timeout: RECIPE_TIMEOUT_MS }, () => {
  it("GNU parallel on one machine: the parts merge into what one run prints", () => {
    expect(sh("command -v parallel").status, "GNU parallel is not installed (apt-get install parallel)").toBe(
      0,
    );
    const line = README.match(/^parallel -j 8 .*$/m)?.[0] as string;
    expect(line).toContain("--for-merge");
    const run = sh(line);
    expect(run.status, run.stderr).toBe(0);
    const merged = sh("corpus-cli merge part-*.jsonl");
    expect(merged.status, merged.stderr).toBe(0);
    expect(merged.stdout).toBe(sh("corpus-cli entities corpus/").stdout);
  });

  describe("Spark RDD.pipe (stand-in)", () => {
    const block = README.match(/\*\*Spark\*\*[\s\S]*?```python\n([\s\S]*?)```/)?.[1] as string;
    const PIPE_OPTIONS = ',\n                  env={"PATH": cli_path}, checkCode=True)';

    /** The README's Spark code with this machine's paths and 3 shards, run by python3 with the stand-in. */
    function spark(code: string, out: string) {
      let script = replaced(code, "n = 64", "n = 3");
      script = replaced(script, '"/usr/local/bin:/usr/bin:/bin"', JSON.stringify(PATH));
      script = replaced(script, "/mnt/corpus", path.join(work, "corpus"));
      script = replaced(script, "hdfs:///results/summary", path.join(work, out));
      const helpers = path.join(ROOT, "tests/helpers");
      const program = `import sys\nsys.path.insert(0, ${JSON.stringify(helpers)})\nfrom rdd_pipe import sc\n${script}`;
      return spawnSync("python3", ["-c", program], {
        cwd: work,
        encoding: "utf8",
        timeout: RECIPE_TIMEOUT_MS,
      });
    }

    it("runs as written, and its parts merge into what one run prints", () => {
      expect(block).toContain(PIPE_OPTIONS);
      const job = spark(block, "summary");
      expect(job.status, job.stderr).toBe(0);
      expect(readdirSync(path.join(work, "summary"))).toEqual(["part-00000", "part-00001", "part-00002"]);
      const merged = sh("corpus-cli merge summary/part-*");
      expect(merged.status, merged.stderr).toBe(0);
      expect(merged.stdout).toBe(sh("corpus-cli summary corpus/ --json").stdout);
    });

    it("without env and checkCode, the job 'succeeds' with empty parts, which merge refuses", () => {
      const job = spark(replaced(block, PIPE_OPTIONS, ")"), "summary-bare");
      expect(job.status, job.stderr).toBe(0);
      const merged = sh("corpus-cli merge summary-bare/part-*");
      expect(merged.status).toBe(2);
      expect(merged.stdout).toBe("");
      expect(merged.stderr).toContain("every input is empty");
    });
  });
});
