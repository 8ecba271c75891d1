/**
 * `npm run eval [-- --part ner,people,quotes,summaries,entities] [--data DIR]`: scores corpus-cli beside compromise alone (or
 * Lead-3) on the public annotated data in ../shared/eval (never copied into this project: research-use licence).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const PARTS = ["ner", "people", "quotes", "summaries", "entities"] as const;

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const evalDir = path.resolve(
  argument("--data") ?? process.env.CORPUS_EVAL_DIR ?? path.join(root, "../shared/eval"),
);
const wanted = (argument("--part") ?? PARTS.join(",")).split(",");

if (!existsSync(evalDir)) {
  console.error(`eval: no evaluation data at ${evalDir} (set --data DIR or CORPUS_EVAL_DIR)`);
  process.exit(2);
}

for (const part of PARTS) {
  if (!wanted.includes(part)) continue;
  const module = (await import(`./${part}.js`)) as { run(dir: string): Promise<void> };
  console.log(`\n=== ${part} ===`);
  const started = performance.now();
  await module.run(evalDir);
  console.log(`(${part}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}
