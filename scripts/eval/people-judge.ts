/**
 * `tsx scripts/eval/people-judge.ts ANNOTATE.jsonl VERDICTS.tsv`: a precision estimate of the people that
 * `annotate --jsonl` lists per article, on news texts without people gold (PolNeAR, CNN/DailyMail), judged by
 * hand. VERDICTS.tsv holds one line a judged person entry, `document id <TAB> name <TAB> verdict`, where the
 * verdict is `R` (a person a reader would list) or a kind of error (`NP:place`, `DUP:headline`, `FRAG:cut`,
 * `BY`, `FN:coord` ...; the part before the colon is the kind counted). The judgements and the texts stay
 * outside the project (licences). Entries not yet judged are printed with their context as ready-to-fill lines
 * (verdict `?`) on stderr, so that a second run after a change asks only about what changed.
 */
import { readFileSync } from "node:fs";

interface Entity {
  name: string;
  type: string;
  count: number;
  aliases: string[];
}
interface Mention {
  start: number;
  end: number;
  type: string;
  entity: string;
}
interface AnnotateRecord {
  id: string;
  path: string;
  mentions: Mention[];
  entities: Entity[];
}

// `| head` ends the listing quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => process.exit(error.code === "EPIPE" ? 0 : 2));

const [annotateFile, verdictFile] = process.argv.slice(2);
if (annotateFile === undefined || verdictFile === undefined) {
  console.error("usage: people-judge ANNOTATE.jsonl VERDICTS.tsv");
  process.exit(2);
}

const verdicts = new Map<string, string>();
for (const line of readFileSync(verdictFile, "utf8").split("\n").filter(Boolean)) {
  const [id, name, verdict] = line.split("\t");
  if (id !== undefined && name !== undefined && verdict !== undefined && verdict !== "?")
    verdicts.set(`${id}\t${name}`, verdict);
}

const kinds = new Map<string, number>();
let listed = 0;
let right = 0;
let unjudged = 0;
for (const line of readFileSync(annotateFile, "utf8").split("\n").filter(Boolean)) {
  const record = JSON.parse(line) as AnnotateRecord;
  for (const person of record.entities.filter((e) => e.type === "person")) {
    const verdict = verdicts.get(`${record.id}\t${person.name}`);
    if (verdict === undefined) {
      unjudged++;
      const first = record.mentions.find((m) => m.type === "person" && m.entity === person.name);
      const text = readFileSync(record.path, "utf8");
      const context =
        first === undefined
          ? ""
          : text.slice(Math.max(0, first.start - 70), first.end + 50).replace(/\n/g, "⏎");
      console.error(`${record.id}\t${person.name}\t?\t${person.aliases.join("/")}|${context}`);
      continue;
    }
    listed++;
    if (verdict === "R") right++;
    else {
      const kind = verdict.split(":")[0] as string;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
  }
}

const percent = (n: number, d: number) => (d === 0 ? "-" : ((100 * n) / d).toFixed(1));
console.log(`judged ${listed}, right ${right}: precision ${percent(right, listed)}%`);
for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1]))
  console.log(`  ${kind.padEnd(6)} ${String(n).padStart(4)}  (${percent(n, listed)}% of listed)`);
if (unjudged > 0) console.log(`not judged yet: ${unjudged} (listed on stderr)`);
