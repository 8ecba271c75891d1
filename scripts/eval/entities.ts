/**
 * Entries per real entity over a corpus: GUM train and dev (../shared/eval/entities/gum-*.jsonl) read as one corpus
 * each, as `corpus-cli entities` reads a folder. Each document is annotated (nameDocument, as the pipeline runs it),
 * its entities grouped and named over the corpus (CorpusNames, the names `entities` gives); each mention is matched
 * to the innermost gold mention with a Wikipedia link (person, place, organization) whose span holds it. A real
 * entity is a Wikipedia title: its mentions should fall in one corpus entry ("split" when in more), and an entry
 * should hold one entity ("merged" when more).
 *
 * Environment: ENTITIES_EVAL_ERRORS=dev|train lists the split entities and merged entries of that split.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { CorpusNames, entityKey } from "../../src/aggregate/canonical.js";
import { nameDocument } from "../../src/pipeline/annotate.js";
import { splitDocument } from "../../src/text/split.js";
import type { EntityType } from "../../src/types.js";
import { evalDocument, table } from "../lib/shared.js";

interface GoldMention {
  start: number;
  end: number;
  type: string;
  wiki: string | null;
}

interface GumEntitiesDocument {
  id: string;
  text: string;
  mentions: GoldMention[];
}

const LINKED_TYPES = new Set(["person", "place", "organization"]);

/**
 * The innermost gold mention holding [start, end), when it is a linked one: a name inside an unlinked phrase of
 * its own ("the Whig Club" in a linked person's relative clause) belongs to no linked entity.
 */
function goldOf(gold: readonly GoldMention[], start: number, end: number): GoldMention | undefined {
  let best: GoldMention | undefined;
  for (const g of gold) {
    if (g.start > start) break;
    if (g.end < end) continue;
    if (best === undefined || g.end - g.start < best.end - best.start) best = g;
  }
  return best !== undefined && best.wiki !== null && LINKED_TYPES.has(best.type) ? best : undefined;
}

interface SplitResult {
  entities: number;
  entries: number;
  split: Map<string, Set<string>>;
  merged: Map<string, Set<string>>;
  mentions: number;
}

function scoreSplit(evalDir: string, split: "dev" | "train"): SplitResult {
  const docs = readFileSync(join(evalDir, "entities", `gum-${split}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as GumEntitiesDocument);
  const names = new CorpusNames();
  // Each matched mention: its per-document entity key and its gold entity.
  const matched: { key: string; wiki: string }[] = [];
  for (const d of docs) {
    const doc = evalDocument(d.id, d.text);
    const { mentions } = nameDocument(doc, splitDocument(doc));
    const keyOf = names.add({ mentions });
    for (const m of mentions) {
      const type: EntityType = m.type === "demonym" ? "country" : m.type;
      const key = keyOf(entityKey(type, m.entity));
      const g = goldOf(d.mentions, m.start, m.end);
      if (g !== undefined) matched.push({ key, wiki: g.wiki as string });
    }
  }
  const canonical = names.keys();
  const entriesOf = new Map<string, Set<string>>();
  const entitiesOf = new Map<string, Set<string>>();
  for (const { key, wiki } of matched) {
    const entry = canonical(key).replace("\u0000", ": ");
    const entries = entriesOf.get(wiki) ?? new Set<string>();
    entriesOf.set(wiki, entries.add(entry));
    const entities = entitiesOf.get(entry) ?? new Set<string>();
    entitiesOf.set(entry, entities.add(wiki));
  }
  return {
    entities: entriesOf.size,
    entries: [...entriesOf.values()].reduce((sum, s) => sum + s.size, 0),
    split: new Map([...entriesOf].filter(([, s]) => s.size > 1)),
    merged: new Map([...entitiesOf].filter(([, s]) => s.size > 1)),
    mentions: matched.length,
  };
}

export async function run(evalDir: string): Promise<void> {
  const rows: string[][] = [["", "entities", "entries", "entries/entity", "split", "merged", "mentions"]];
  for (const split of ["dev", "train"] as const) {
    const r = scoreSplit(evalDir, split);
    rows.push([
      `gum-${split}`,
      String(r.entities),
      String(r.entries),
      (r.entries / r.entities).toFixed(3),
      String(r.split.size),
      String(r.merged.size),
      String(r.mentions),
    ]);
    if (process.env.ENTITIES_EVAL_ERRORS === split) {
      for (const [wiki, entries] of r.split) console.log(`split ${wiki}: ${[...entries].join(" | ")}`);
      for (const [entry, wikis] of r.merged) console.log(`merged ${entry}: ${[...wikis].join(" | ")}`);
    }
  }
  console.log(
    "corpus entities: linked GUM entities (Wikipedia titles) met by a mention, and the corpus entries they fall in",
  );
  console.log(table(rows));
}
