import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { BenchCorpus } from "./corpus.js";
import { BIN } from "./measure.js";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time by source file over the .cpuprofile files of a folder (one per thread), largest first. */
export function summarizeProfiles(dir: string, top: number): string {
  const byFile = new Map<string, number>();
  let total = 0;
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".cpuprofile"))) {
    const profile = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as CpuProfile;
    const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
    profile.samples.forEach((id, i) => {
      const frame = nodes.get(id)?.callFrame;
      const micros = profile.timeDeltas[i] ?? 0;
      const file = frame?.url
        ? frame.url.replace(/^.*\/(dist|node_modules)\//, "$1/")
        : (frame?.functionName ?? "?");
      if (file === "(idle)") return;
      byFile.set(file, (byFile.get(file) ?? 0) + micros);
      total += micros;
    });
  }
  return [...byFile]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(
      ([file, micros]) =>
        `${(micros / 1000).toFixed(0).padStart(7)} ms ${((100 * micros) / total).toFixed(1).padStart(5)}%  ${file}`,
    )
    .join("\n");
}

/**
 * `--profile`: CPU profiles of a cold `annotate --no-cache --jobs 1` run (the one-thread pipeline) and of a
 * warm `entities --json` run (what a re-run reads), summed up by file.
 */
export function profileRuns(work: string, cold: BenchCorpus, warm: BenchCorpus, warmCache: string): void {
  const profile = (name: string, args: string[], env: NodeJS.ProcessEnv = {}): string => {
    const dir = path.join(work, name);
    mkdirSync(dir);
    spawnSync(process.execPath, ["--cpu-prof", "--cpu-prof-dir", dir, BIN, ...args], {
      stdio: "ignore",
      env: { ...process.env, ...env },
    });
    return dir;
  };
  const coldDir = profile("profile-cold", [
    "annotate",
    cold.dir,
    "--jsonl",
    "--no-cache",
    "-q",
    "--jobs",
    "1",
  ]);
  console.log(
    `6. where the time goes, annotate --no-cache --jobs 1, ${cold.documents.toLocaleString("en")} documents (self time by file):`,
  );
  console.log(summarizeProfiles(coldDir, 20));
  const warmDir = profile("profile-warm", ["entities", warm.dir, "--json", "-q"], {
    CORPUS_CLI_CACHE_DIR: warmCache,
  });
  console.log(
    `\n7. where a warm entities --json run's time goes, ${warm.documents.toLocaleString("en")} documents (self time by file):`,
  );
  console.log(`${summarizeProfiles(warmDir, 15)}\n`);
}
