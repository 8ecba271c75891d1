/**
 * `npm run check:imports` (part of `npm test`): fails when src/ or scripts/ holds an import loop, or when a
 * module of src/ imports from a layer above its own. The layers, lowest first: data every layer reads
 * (lexicon, types) → read (corpus) → split (text) → extract → resolve (and summarize, beside it) →
 * aggregate → format → the wiring (pipeline, cache, cli, commands, merge, shard), which may import any.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importGraph, importLoops, layerBreaches } from "./lib/import-graph.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

/** The layers, lowest first; a file's layer is its first folder under src/ (or the file itself). */
const LAYERS: ReadonlyArray<readonly [layer: string, folders: readonly string[]]> = [
  ["data", ["lexicon", "types.ts", "@types"]],
  ["read", ["corpus"]],
  ["split", ["text"]],
  ["extract", ["extract"]],
  ["resolve", ["resolve", "summarize"]],
  ["aggregate", ["aggregate"]],
  ["format", ["format"]],
  ["wiring", ["pipeline", "cache", "cli", "commands", "merge", "shard"]],
];

/**
 * Files that stand lower than their folder: pipeline/result.ts is the per-document result's shape (types,
 * a symbol and its reader, importing only types.ts), which aggregate and format read without the pipeline.
 */
const FILE_LAYERS: ReadonlyMap<string, string> = new Map([["pipeline/result.ts", "data"]]);

/** Single imports that climb and may: the reason beside each. */
const ALLOWED_CLIMBS: ReadonlySet<string> = new Set([
  // The `cache info` table draws the cache's own report (a type only).
  "format/views/cache.ts -> cache/admin.ts",
]);

const RANK: ReadonlyMap<string, number> = new Map(LAYERS.map(([layer], i) => [layer, i]));
const FOLDER_LAYER: ReadonlyMap<string, string> = new Map(
  LAYERS.flatMap(([layer, folders]) => folders.map((folder) => [folder, layer] as const)),
);

function layerOf(file: string): string | null {
  return FILE_LAYERS.get(file) ?? FOLDER_LAYER.get(file.split("/")[0] as string) ?? null;
}

let failed = false;
for (const tree of ["src", "scripts"]) {
  const graph = importGraph(path.join(ROOT, tree));
  const loops = importLoops(graph);
  for (const loop of loops) console.error(`import loop in ${tree}/: ${loop.join(" → ")}`);
  failed ||= loops.length > 0;
  console.log(`${tree}/: ${graph.size} modules, ${loops.length} import loops`);
  if (tree !== "src") continue;
  const unknown = [...graph.keys()].filter((file) => layerOf(file) === null);
  for (const file of unknown) console.error(`src/${file}: in no layer (add its folder to LAYERS)`);
  const breaches = layerBreaches(graph, layerOf, RANK, ALLOWED_CLIMBS);
  for (const b of breaches)
    console.error(`layer climbed: src/${b.from} (${b.fromLayer}) imports src/${b.to} (${b.toLayer})`);
  console.log(`src/: ${breaches.length} imports from a layer above`);
  failed ||= unknown.length > 0 || breaches.length > 0;
}
process.exitCode = failed ? 1 : 0;
