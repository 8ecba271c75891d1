import { describe, expect, it } from "vitest";
import { runCli, SEEDS } from "../helpers/cli.js";
import { expectGolden } from "../helpers/golden.js";

interface EntityJson {
  name: string;
  type: string;
  count: number;
  documents: number;
  aliases: string[];
}

const json = <T>(args: string[]): T => {
  const result = runCli(args);
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout) as T;
};

describe("entities (seed corpus)", () => {
  it("lists the people, countries and places under canonical names", () => {
    const entities = json<EntityJson[]>(["entities", "--json", SEEDS]);
    const names = (type: string) =>
      entities
        .filter((e) => e.type === type)
        .map((e) => e.name)
        .sort();
    expect(names("person")).toEqual(["Hassan Rouhani", "Ilham Aliyev"]);
    expect(names("country")).toEqual(["Armenia", "Azerbaijan", "Iran"]);
    expect(names("place")).toEqual(["Baku", "Nagorno-Karabakh", "Tehran", "Yerevan"]);
    const rouhani = entities.find((e) => e.name === "Hassan Rouhani");
    expect(rouhani?.aliases).toEqual(expect.arrayContaining(["Rouhani", "Hassan Rouhani"]));
    expect(rouhani?.documents).toBe(1);
    const azerbaijan = entities.find((e) => e.name === "Azerbaijan");
    expect(azerbaijan?.aliases).toEqual(expect.arrayContaining(["Republic of Azerbaijan", "Azeri"]));
  });

  it("is sorted by mentions and honours --type, --top and --min-count", () => {
    const all = json<EntityJson[]>(["entities", "--json", SEEDS]);
    const counts = all.map((e) => e.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const people = json<EntityJson[]>(["entities", "--json", "--type", "person", "--top", "1", SEEDS]);
    expect(people.map((e) => e.name)).toEqual(["Hassan Rouhani"]);
    const frequent = json<EntityJson[]>(["entities", "--json", "--min-count", "3", SEEDS]);
    expect(frequent.every((e) => e.count >= 3)).toBe(true);
  });

  it("prints one object per line with --jsonl and a header with --csv", () => {
    const jsonl = runCli(["entities", "--jsonl", SEEDS]).stdout.trim().split("\n");
    expect(jsonl.length).toBeGreaterThan(5);
    for (const line of jsonl) expect(JSON.parse(line)).toHaveProperty("name");
    const csv = runCli(["entities", "--csv", SEEDS]).stdout.split("\n");
    expect(csv[0]).toBe("name,type,mentions,documents,demonyms,aliases,extra");
  });

  it("rejects an unknown --type with exit 2", () => {
    const result = runCli(["entities", "--type", "planet", SEEDS]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("planet");
  });
});

describe("quotes (seed corpus)", () => {
  interface QuoteJson {
    text: string;
    partial: boolean;
    id: string;
    date: string;
    speaker: { name: string | null; mention: { text: string } | null };
    cue: { text: string } | null;
  }

  it("finds Rouhani's three quotes through the role nouns and names that introduce them", () => {
    const quotes = json<QuoteJson[]>(["quotes", "--speaker", "rouhani", "--json", SEEDS]);
    expect(quotes.map((q) => q.text.slice(0, 20))).toEqual([
      "Security, stability ",
      "Peace in the region ",
      "I hope the war and c",
    ]);
    expect(quotes.map((q) => q.cue?.text)).toEqual(["added", "stressing", "saying"]);
    expect(quotes.every((q) => q.speaker.name === "Hassan Rouhani" && q.date === "2020-10-07")).toBe(true);
  });

  it("finds Aliyev's quote, and his partial quote only when asked", () => {
    const quotes = json<QuoteJson[]>(["quotes", "--speaker", "Aliyev", "--json", SEEDS]);
    expect(quotes.map((q) => q.text.slice(0, 24))).toEqual(["We consider Iran’s secur"]);
    const all = json<QuoteJson[]>(["quotes", "--include-partial", "--json", SEEDS]);
    expect(all.filter((q) => q.partial).map((q) => q.text)).toEqual(["constructive stances"]);
  });

  it("matches names ignoring case and accents", () => {
    expect(json<QuoteJson[]>(["quotes", "--speaker", "HASSAN ROUHANÍ", "--json", SEEDS])).toHaveLength(3);
  });

  it("exits 1 and suggests the nearest speakers for a name that matches nobody", () => {
    const result = runCli(["quotes", "--speaker", "Rohani", SEEDS]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain("Hassan Rouhani");
  });
});

describe("summary (seed corpus)", () => {
  it("gives a three-sentence summary in text order and a corpus overview", () => {
    const out = json<{
      documents: { id: string; summary: string[]; people: string[]; quotes: number; mostQuoted: string }[];
      corpus: { documents: number; mostQuoted: { name: string; count: number }[] };
    }>(["summary", "--json", SEEDS]);
    expect(out.documents).toHaveLength(1);
    const doc = out.documents[0];
    expect(doc?.summary).toHaveLength(3);
    expect(doc?.summary[0]).toMatch(/^President Hassan Rouhani has warned/);
    expect(doc?.mostQuoted).toBe("Hassan Rouhani");
    expect(out.corpus.documents).toBe(1);
    expect(out.corpus.mostQuoted[0]).toEqual({ name: "Hassan Rouhani", count: 3 });
  });

  it("honours --sentences and --corpus", () => {
    const one = json<{ documents: { summary: string[] }[] }>([
      "summary",
      "--json",
      "--sentences",
      "1",
      SEEDS,
    ]);
    expect(one.documents[0]?.summary).toHaveLength(1);
    const corpus = json<{ documents: number }>(["summary", "--corpus", "--json", SEEDS]);
    expect(corpus.documents).toBe(1);
  });
});

describe("golden output for the seed corpus", () => {
  it.each([
    ["entities.txt", ["entities"]],
    ["entities.json", ["entities", "--json"]],
    ["quotes.txt", ["quotes", "--include-partial"]],
    ["quotes.json", ["quotes", "--include-partial", "--json"]],
    ["summary.txt", ["summary"]],
    ["summary.json", ["summary", "--json"]],
  ])("seed-%s", (name, args) => {
    const result = runCli([...args, SEEDS], { env: { COLUMNS: "120" } });
    expect(result.status).toBe(0);
    expectGolden(`seed-${name}`, result.stdout);
  });
});
