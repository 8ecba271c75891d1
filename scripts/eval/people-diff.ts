/**
 * `tsx scripts/eval/people-diff.ts BEFORE AFTER`: what a change did to the people predictions of two
 * PEOPLE_EVAL_DUMP files (scripts/eval/people.ts): right and wrong names removed and added, and each of them.
 */
import { readFileSync } from "node:fs";

type Verdicts = Map<string, Map<string, boolean>>;

function load(file: string): Verdicts {
  const docs: Verdicts = new Map();
  for (const line of readFileSync(file, "utf8").split("\n").filter(Boolean)) {
    const d = JSON.parse(line) as { split: string; id: string; predicted: [string, boolean][] };
    docs.set(`${d.split}/${d.id}`, new Map(d.predicted));
  }
  return docs;
}

// `| head` ends the listing quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 2));

const [beforeFile, afterFile] = process.argv.slice(2);
if (beforeFile === undefined || afterFile === undefined) {
  console.error("usage: people-diff BEFORE AFTER");
  process.exit(2);
}
const before = load(beforeFile);
const after = load(afterFile);
const lists: Record<string, string[]> = {
  "removed right": [] as string[],
  "removed wrong": [] as string[],
  "added right": [] as string[],
  "added wrong": [] as string[],
  "turned right": [] as string[],
  "turned wrong": [] as string[],
};
for (const [doc, old] of before) {
  const now = after.get(doc) ?? new Map<string, boolean>();
  for (const [name, right] of old) {
    const verdict = now.get(name);
    const list =
      verdict === undefined
        ? right
          ? "removed right"
          : "removed wrong"
        : verdict === right
          ? null
          : verdict
            ? "turned right"
            : "turned wrong";
    if (list !== null) lists[list]?.push(`${doc}: ${name}`);
  }
  for (const [name, right] of now)
    if (!old.has(name)) lists[right ? "added right" : "added wrong"]?.push(`${doc}: ${name}`);
}
for (const [label, names] of Object.entries(lists)) {
  console.log(`${label}: ${names.length}`);
  for (const n of names) console.log(`  ${n}`);
}
