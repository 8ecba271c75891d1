import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

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
