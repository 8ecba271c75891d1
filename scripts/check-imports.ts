/**
 * `npm run check:imports` (part of `npm test`): fails when src/ or scripts/ holds an import loop, or when a
 * module of src/ imports from a layer above its own. The layers, lowest first: data every layer reads
 * (lexicon, types) → read (corpus) → split (text) → extract → resolve (and summarize, beside it) →
 * aggregate → format → the wiring (pipeline, cache, cli, commands, merge, shard), which may import any.
 * It also fails when a module outside src/corpus imports node:fs and is not one of FILE_ACCESS below.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { importGraph, importLoops, layerBreaches, sourceFiles } from "./lib/import-graph.js";

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

/**
 * Only src/corpus reads input files: the documents (files, folders, globs, stdin) and the shard outputs `merge`
 * reads. The other modules that touch files, each for files that are no input: the reason beside each.
 */
const FILE_ACCESS: ReadonlyMap<string, string> = new Map([
  ["cache/admin.ts", "the cache's own files (cache info, clear)"],
  ["cache/code-memo.ts", "the cache's own files (the memo of the code's fingerprint)"],
  ["cache/database.ts", "the cache's own files (the database)"],
  ["cache/key.ts", "the package's own files (the fingerprint of its code)"],
  ["cache/output-files.ts", "the cache's own files (cached outputs)"],
  ["cache/output-folder.ts", "the cache's own files (the outputs' folder)"],
  ["cache/store.ts", "the cache's own files (its folder)"],
  ["cli/version.ts", "the package's own package.json (its version)"],
  ["extract/entities/model-path.ts", "the shipped models and their packs, read in one place"],
  ["format/report/assets.ts", "the chart library's files the HTML report inlines"],
  ["pipeline/pool-decision.ts", "whether the built worker files exist"],
  ["pipeline/started.ts", "the thread's CPU time in /proc"],
]);
const USES_FS =
  /\bfrom\s+["'](?:node:)?fs(?:\/promises)?["']|\b(?:import|require)\(\s*["'](?:node:)?fs(?:\/promises)?["']\s*\)/;

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
  const touching = sourceFiles(path.join(ROOT, tree)).filter(
    (file) => !file.startsWith("corpus/") && USES_FS.test(readFileSync(path.join(ROOT, tree, file), "utf8")),
  );
  const unlisted = touching.filter((file) => !FILE_ACCESS.has(file));
  for (const file of unlisted)
    console.error(
      `src/${file} imports node:fs: only src/corpus reads input files (else list it in FILE_ACCESS)`,
    );
  console.log(`src/: ${touching.length} modules outside src/corpus touch files, ${unlisted.length} unlisted`);
  failed ||= unlisted.length > 0;
}
process.exitCode = failed ? 1 : 0;
