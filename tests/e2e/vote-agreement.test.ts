/**
 * `annotate` (voted) and `entities` / `summary` over the same corpus agree on what each name is (issue 11: one
 * rule in one place): every entity of every `annotate` record is in `entities`' table under the same type (by its
 * name or an alias, case and full stops aside: the corpus regroups names, it does not retype them), and each
 * type's mentions add up to the same total in both. Small invented corpora, run by the built binary.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Annotation, CorpusEntityRecord } from "../../src/types.js";
import { runCliAsync } from "../helpers/cli.js";

const root = mkdtempSync(path.join(tmpdir(), "corpus-cli-agree-"));

/** Invented corpora, each a folder of text files. */
const CORPORA: Record<string, Record<string, string>> = {
  // A firm named after a town: the town, written with its state after a comma, stays a place in its document.
  town: {
    "a.txt":
      "Durham said its quarterly profit rose 12 percent. Durham shares gained, and Durham said sales grew.\n",
    "b.txt":
      "Durham reported a loss for the quarter. Analysts expect Durham to sell its shipping unit, Durham said.\n",
    "c.txt": "Durham will buy a rival for $2 billion, Durham said in a filing.\n",
    "d.txt": "The company will open a plant in Durham, N.C., next year, the governor said.\n",
  },
  // A country named only by its people's adjective.
  demonym: {
    "a.txt":
      "The Kenyan government said on Monday that Dana Whitlow, the chief executive of Acme Corp, would visit Nairobi.\n",
    "b.txt": "Acme Corp said its profit rose. Mr Whitlow said Kenyan farmers would gain.\n",
  },
  // A clipped name ("the Fed") that one document joins to its full name and another writes alone: `entities`
  // joins them by the first document's alias, and so must timeline and network (session 25: they did not).
  clipped: {
    "a.txt":
      "The Federal Reserve Bank of Ostrava (the Fed) raised rates. The Fed said inflation was too high.\n",
    "b.txt":
      'The Fed said on Tuesday it would hold rates. Traders in Marrowick said the Fed surprised them.\n"Prices in Marrowick will keep rising," the Fed said.\n',
    "c.txt":
      "The National Grain Board said exports rose. The National Grain Board said buyers in Marrowick paid more.\n",
  },
  // A firm's one-word name read as a person in one document (the vote's own case).
  firm: {
    "a.txt": "Shares of Okafor rose after the firm posted higher profits. Okafor said sales grew in Asia.\n",
    "b.txt": "Okafor reported a loss for the quarter. Analysts expect Okafor to sell its shipping unit.\n",
    "c.txt": "Okafor will buy a rival for $2 billion, Okafor said in a filing.\n",
  },
};
for (const [name, files] of Object.entries(CORPORA)) {
  mkdirSync(path.join(root, name));
  for (const [file, text] of Object.entries(files)) writeFileSync(path.join(root, name, file), text);
}

/**
 * A command's JSON; exit status 1 (nothing to show) is allowed. Spawned without blocking the test worker: three
 * runs in a test take 30-60 s at a load of 25, and a worker kept from its event loop for over 60 s fails the whole
 * run ("Timeout calling onTaskUpdate").
 */
async function json<T>(args: readonly string[], env?: NodeJS.ProcessEnv): Promise<T> {
  const result = await runCliAsync(args, env === undefined ? {} : { env });
  expect(result.status === 0 || result.status === 1).toBe(true);
  return JSON.parse(result.stdout) as T;
}

const fold = (name: string) =>
  name
    .toLowerCase()
    .replace(/[.\s]+/g, " ")
    .trim();

/** Each annotate entity (type/name) that `entities` lists under no record of its type, by name or alias. */
function unlisted(records: readonly Annotation[], table: readonly CorpusEntityRecord[]): string[] {
  const listed = new Set<string>();
  for (const record of table)
    for (const name of [record.name, ...record.aliases]) listed.add(`${record.type}/${fold(name)}`);
  return records.flatMap((r) =>
    (r.entities ?? []).map((e) => `${e.type}/${e.name}`).filter((key) => !listed.has(fold(key))),
  );
}

/** Mentions per type (a country's demonyms beside its count). */
function totals(
  records: readonly Pick<CorpusEntityRecord, "type" | "count" | "demonyms">[],
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const { type, count, demonyms } of records) {
    sums[type] = (sums[type] ?? 0) + count;
    if (demonyms !== undefined) sums.demonym = (sums.demonym ?? 0) + demonyms;
  }
  return sums;
}

describe("annotate and entities agree on every name's type", () => {
  it.each([
    // No cache, the cache's pieces (a piece per file: the settled place's part goes through a stored piece),
    // and the same run again warm.
    ...Object.keys(CORPORA).map((name) => [name, ["--no-cache"], {}] as const),
    ["town", [], { CORPUS_CLI_PIECE_FILES: "1" }] as const,
    ["town", [], { CORPUS_CLI_PIECE_FILES: "1" }] as const,
  ])("%s %j %j", async (name, flags, env) => {
    const dir = path.join(root, name);
    const records = (await runCliAsync(["annotate", dir, "--jsonl", ...flags], { env })).stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Annotation);
    expect(records.length).toBe(Object.keys(CORPORA[name] as object).length);
    const table = await json<CorpusEntityRecord[]>(["entities", dir, "--json", ...flags], env);
    expect(unlisted(records, table)).toEqual([]);
    expect(totals(table)).toEqual(totals(records.flatMap((r) => r.entities ?? [])));
  });
});

describe("timeline and network count every name under the type entities gives it", () => {
  it.each(Object.keys(CORPORA))("%s", async (name) => {
    const dir = path.join(root, name);
    const table = await json<CorpusEntityRecord[]>(["entities", dir, "--json", "--no-cache"]);
    const listed = table.map((e) => `${e.type}/${e.name}/${e.count}/${e.documents}`).sort();
    const series = await json<{ name: string; type: string; mentions: number; documents: number }[]>([
      "timeline",
      dir,
      "--json",
      "--by",
      "year",
      "--no-cache",
    ]);
    expect(series.map((s) => `${s.type}/${s.name}/${s.mentions}/${s.documents}`).sort()).toEqual(listed);
    const edges = await json<{ source: string; sourceType: string; target: string; targetType: string }[]>([
      "network",
      dir,
      "--json",
      "--no-cache",
    ]);
    const types = new Set(table.map((e) => `${e.type}/${e.name}`));
    const ends = edges.flatMap((e) => [`${e.sourceType}/${e.source}`, `${e.targetType}/${e.target}`]);
    expect(ends.filter((end) => !types.has(end))).toEqual([]);
  });
});

describe("a clipped name one document joins is one entity in every view", () => {
  const dir = path.join(root, "clipped");
  type Edge = { source: string; target: string };
  it.each([
    // The Fed's lone document counts under the full name, as in `entities` (before: a series, a node of its own).
    [
      "timeline",
      ["--by", "year"],
      ["Federal Reserve Bank of Ostrava/6/2", "Marrowick/3/2", "National Grain Board/2/1"],
    ],
    ["timeline", ["--by", "year", "--entity", "Fed"], ["Federal Reserve Bank of Ostrava/6/2"]],
    ["network", [], ["Federal Reserve Bank of Ostrava-Marrowick", "National Grain Board-Marrowick"]],
    ["network", ["--quotes"], ["Federal Reserve Bank of Ostrava-Marrowick"]],
  ])("%s %j", async (command, flags, expected) => {
    const rows = await json<(Edge & { name: string; mentions: number; documents: number })[]>([
      command,
      dir,
      "--json",
      "--no-cache",
      ...flags,
    ]);
    const shown =
      command === "timeline"
        ? rows.map((s) => `${s.name}/${s.mentions}/${s.documents}`)
        : rows.map((e) => `${e.source}-${e.target}`);
    expect(shown).toEqual(expected);
  });
  it("entities: the guard, two firms of the same initials stay apart", async () => {
    const table = await json<CorpusEntityRecord[]>(["entities", dir, "--json", "--no-cache"]);
    expect(table.filter((e) => e.type === "organization").map((e) => `${e.name}/${e.count}`)).toEqual([
      "Federal Reserve Bank of Ostrava/6",
      "National Grain Board/2",
    ]);
  });
});

describe("a place its document settles is a place in every command", () => {
  const dir = path.join(root, "town");
  it.each([
    // The document's own "Durham, N.C.": a place in annotate's record, in entities and in summary's places.
    ["annotate", "place"],
    ["entities", "place"],
    ["summary", "place"],
    // timeline and network count it so too (its one mention and document), and its sentence's "N.C." beside it.
    ["timeline", "place"],
    ["network", "place"],
  ])("%s: Durham in d.txt is a %s", async (command, type) => {
    if (command === "timeline") {
      const series = await json<{ name: string; type: string; mentions: number }[]>([
        "timeline",
        dir,
        "--json",
        "--no-cache",
      ]);
      expect(series.filter((s) => s.name === "Durham").map((s) => `${s.type}/${s.mentions}`)).toEqual([
        "organization/8",
        `${type}/1`,
      ]);
    } else if (command === "network") {
      const edges = await json<{ source: string; sourceType: string; target: string }[]>([
        "network",
        dir,
        "--json",
        "--no-cache",
      ]);
      expect(edges.map((e) => `${e.sourceType}/${e.source}-${e.target}`)).toEqual([`${type}/Durham-N.C.`]);
    } else if (command === "annotate") {
      const records = (await runCliAsync(["annotate", dir, "--jsonl", "--no-cache"])).stdout
        .split("\n")
        .filter(Boolean);
      const d = records.map((l) => JSON.parse(l) as Annotation).find((r) => r.id === "d.txt");
      expect(d?.entities?.find((e) => e.name === "Durham")?.type).toBe(type);
    } else if (command === "entities") {
      const table = await json<CorpusEntityRecord[]>(["entities", dir, "--json", "--no-cache"]);
      expect(table.filter((e) => e.name === "Durham").map((e) => `${e.type}/${e.count}`)).toEqual([
        "organization/8",
        `${type}/1`,
      ]);
    } else {
      const summary = await json<{ topEntities: Record<string, { name: string }[]> }>([
        "summary",
        dir,
        "--json",
        "--corpus",
        "--no-cache",
      ]);
      expect(summary.topEntities[type]?.map((e) => e.name)).toContain("Durham");
    }
  });
  it.each([
    // Guards: the firm's documents stay the firm's; one town written alone goes with the vote.
    ["a.txt", "organization"],
    ["c.txt", "organization"],
  ])("annotate: Durham in %s is an %s", async (id, type) => {
    const records = (await runCliAsync(["annotate", dir, "--jsonl", "--no-cache"])).stdout
      .split("\n")
      .filter(Boolean);
    const record = records.map((l) => JSON.parse(l) as Annotation).find((r) => r.id === id);
    expect(record?.entities?.find((e) => e.name === "Durham")?.type).toBe(type);
  });
});

describe("entities: a country named only by its demonym is listed", () => {
  const dir = path.join(root, "demonym");
  it.each([
    // "Kenyan" twice, never "Kenya": listed with its demonyms, as annotate's records list it.
    [[], ["Kenya/0/2"]],
    // Guard: --min-count still counts: two demonyms are two mentions.
    [["--min-count", "3"], []],
    [["--min-count", "2"], ["Kenya/0/2"]],
  ])("%j", async (flags, expected) => {
    const table = await json<CorpusEntityRecord[]>(["entities", dir, "--json", "--no-cache", ...flags]);
    expect(
      table.filter((e) => e.type === "country").map((e) => `${e.name}/${e.count}/${e.demonyms}`),
    ).toEqual(expected);
  });
});
