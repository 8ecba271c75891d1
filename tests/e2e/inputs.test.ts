import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { runCliAsync as runCli, SEEDS } from "../helpers/cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-e2e-inputs-"));
const at = (name: string) => path.join(dir, name);

const STORIES = [
  {
    id: "s1",
    title: "Harbour plan approved",
    date: "2021-03-05T09:00:00Z",
    text: "Mayor Ana Ruiz approved the harbour plan in Lisbon. \u201cThis is a good day for the city,\u201d Ruiz said.",
  },
  {
    id: "s2",
    title: "Talks in Madrid",
    date: "March 6, 2021",
    text: "Carlos Vega met officials in Madrid on Friday. \u201cWe made progress,\u201d Vega told reporters.",
  },
  {
    id: "s3",
    title: "Budget vote",
    date: "07/03/2021",
    text: "The council in Porto voted on the budget. \u201cIt passed easily,\u201d said Marta Silva.",
  },
];

const jsonl = `${STORIES.map((s) => JSON.stringify(s)).join("\n")}\n{broken line\n{"id": "s4", "title": "No text"}\n`;
writeFileSync(at("news.jsonl"), jsonl);
writeFileSync(at("news.jsonl.gz"), gzipSync(jsonl));
const csvField = (v: string) => `"${v.replace(/"/g, '""')}"`;
writeFileSync(
  at("news.csv"),
  `\ufeffid;title;date;text\r\n${STORIES.map((s) => [s.id, s.title, s.date, s.text].map(csvField).join(";")).join("\r\n")}\r\n`,
);

const lines = (stdout: string) =>
  stdout
    .trim()
    .split("\n")
    .map(
      (l) => JSON.parse(l) as { id: string; date: string | null; quotes: { speaker: { name: string } }[] },
    );

/** A web page around the sample article, with the furniture a saved page has. */
function seedPage(): string {
  const seed = readFileSync(path.join(SEEDS, "000_45a8fef921a77d2f.txt"), "utf8").replace(
    /^\s*date \S+\s*/,
    "",
  );
  const paragraphs = seed
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!doctype html><html><head><title>Rouhani warns | Example News</title>
<meta property="og:title" content="Rouhani warns of a regional war">
<meta property="article:published_time" content="2020-10-07T09:30:00+03:30">
<style>.x::after { content: "Boris Jantzen said" }</style>
<script>var line = "\u201cI am a script,\u201d said Donald Frost.";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<main><article><h1>Rouhani warns of a regional war</h1>${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join("")}</article></main>
<aside><ul><li><a href="/a">Ingrid Kessel visits Paris</a></li></ul></aside>
<footer><p>Copyright Example News.</p><script>track("Joe Balden")</script></footer></body></html>`;
}

describe("records in", () => {
  it("reads a JSON Lines file: one document per record, warnings with file:line, counts with --verbose", async () => {
    const { stdout, stderr, status } = await runCli([
      "annotate",
      at("news.jsonl"),
      "--jsonl",
      "--no-cache",
      "-v",
    ]);
    expect(status).toBe(0);
    const records = lines(stdout);
    expect(records.map((r) => [r.id, r.date])).toEqual([
      ["s1", "2021-03-05"],
      ["s2", "2021-03-06"],
      ["s3", "2021-07-03"],
    ]);
    expect(records.map((r) => r.quotes[0]?.speaker.name)).toEqual(["Ana Ruiz", "Carlos Vega", "Marta Silva"]);
    expect(stderr).toContain(`${at("news.jsonl")}:4: not valid JSON`);
    expect(stderr).toContain(`${at("news.jsonl")}:5: record s4 has no text`);
    expect(stderr).toContain("3 document(s) read, 2 skipped (1 malformed JSON line(s), 1 without text)");
  });

  it.each([
    ["news.jsonl.gz", []],
    ["news.csv", []],
    ["-", ["--input-format", "jsonl"]],
  ])("%s gives the same documents as the .jsonl", async (name, extra) => {
    const input = name === "-" ? readFileSync(at("news.jsonl"), "utf8") : undefined;
    const run = await runCli(["quotes", name === "-" ? "-" : at(name), "--json", "--no-cache", ...extra], {
      ...(input === undefined ? {} : { input }),
    });
    const base = await runCli(["quotes", at("news.jsonl"), "--json", "--no-cache"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(base.stdout));
  });

  it("finds records files in folders and names records FILE:LINE without an id field", async () => {
    const folder = at("folder");
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      path.join(folder, "a.ndjson"),
      '{"body": "Ana Ruiz spoke in Lisbon."}\n\n{"body": "Vega left."}\n',
    );
    writeFileSync(path.join(folder, "b.txt"), "Marta Silva stayed in Porto.\n");
    const { stdout, status } = await runCli(["annotate", folder, "--jsonl", "--no-cache"]);
    expect(status).toBe(0);
    expect(lines(stdout).map((r) => r.id)).toEqual(["a.ndjson:1", "a.ndjson:3", "b.txt"]);
  });

  it("--shard slices the records of one file: the shards together are the whole run", async () => {
    const many = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: `Ana Ruiz spoke ${i}.` }),
    );
    writeFileSync(at("many.jsonl"), `${many.join("\n")}\n`);
    const ids = async (shard: string) =>
      lines(
        (await runCli(["annotate", at("many.jsonl"), "--jsonl", "--no-cache", "--shard", shard])).stdout,
      ).map((r) => r.id);
    const one = await ids("1/2");
    const two = await ids("2/2");
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect([...one, ...two].sort()).toEqual(many.map((_, i) => `r${i}`).sort());
    const parts: string[] = [];
    for (const [i, shard] of ["1/2", "2/2"].entries()) {
      const file = at(`part-${i}.jsonl`);
      const run = await runCli([
        "entities",
        at("many.jsonl"),
        "--json",
        "--no-cache",
        "--shard",
        shard,
        "--for-merge",
      ]);
      writeFileSync(file, run.stdout);
      parts.push(file);
    }
    const merged = await runCli(["merge", ...parts]);
    expect(merged.status).toBe(0);
    expect(merged.stdout).toBe((await runCli(["entities", at("many.jsonl"), "--json", "--no-cache"])).stdout);
  });

  it("caches per record: an edited record is annotated again, the others are hits", async () => {
    const cache = mkdtempSync(path.join(tmpdir(), "corpus-cli-e2e-inputs-cache-"));
    const file = at("cached.jsonl");
    writeFileSync(file, jsonl);
    const env = { CORPUS_CLI_CACHE_DIR: cache };
    await runCli(["annotate", file, "--jsonl"], { env });
    writeFileSync(file, jsonl.replace("March 6, 2021", "March 9, 2021"));
    const second = await runCli(["annotate", file, "--jsonl", "-v"], { env });
    expect(second.stderr).toMatch(/2 hit\(s\), 1 miss\(es\)/);
    expect(lines(second.stdout).map((r) => r.date)).toEqual(["2021-03-05", "2021-03-09", "2021-07-03"]);
  });
});

describe("web pages in", () => {
  it("finds the same people and quotes in a saved page as in the article as text", async () => {
    writeFileSync(at("page.html"), seedPage());
    const people = async (input: string) =>
      JSON.parse((await runCli(["entities", input, "--json", "--no-cache", "--type", "person"])).stdout).map(
        (e: { name: string; count: number }) => [e.name, e.count],
      );
    const quotes = async (input: string) =>
      JSON.parse((await runCli(["quotes", input, "--json", "--no-cache"])).stdout).map(
        (q: { text: string; speaker: { name: string } }) => [q.text, q.speaker.name],
      );
    expect(await people(at("page.html"))).toEqual(await people(SEEDS));
    expect(await quotes(at("page.html"))).toEqual(await quotes(SEEDS));
  });

  it("prints the extracted text with --include-text, and spans index it", async () => {
    writeFileSync(at("page2.html"), seedPage());
    const run = await runCli(["annotate", at("page2.html"), "--jsonl", "--no-cache", "--include-text"]);
    const record = JSON.parse(run.stdout) as {
      title: string;
      date: string;
      text: string;
      mentions: { start: number; end: number; text: string }[];
    };
    expect(record.title).toBe("Rouhani warns of a regional war");
    expect(record.date).toBe("2020-10-07");
    expect(record.text).not.toMatch(/Boris|Frost|Balden|Kessel|Home/);
    expect(record.mentions.length).toBeGreaterThan(5);
    for (const m of record.mentions) expect(record.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe("text files in", () => {
  it("gives two files of one name in different folders different ids", async () => {
    for (const folder of ["x", "y"]) {
      mkdirSync(at(folder), { recursive: true });
      writeFileSync(path.join(at(folder), "001.txt"), `Ana Ruiz spoke in ${folder}.\n`);
    }
    const { stdout } = await runCli(["annotate", at("x/001.txt"), at("y/001.txt"), "--jsonl", "--no-cache"]);
    const ids = lines(stdout).map((r) => r.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("takes a headline on the first line as the title, never a summary sentence", async () => {
    const text =
      "Harbour Plan Wins Approval\n\nMayor Ana Ruiz approved the harbour plan on Monday. The plan adds two piers. " +
      "Work starts in May. Critics said the cost was too high.\n";
    writeFileSync(at("headline.txt"), text);
    const run = await runCli(["annotate", at("headline.txt"), "--jsonl", "--no-cache", "--include-text"]);
    const record = JSON.parse(run.stdout) as { title: string; summary: { text: string }[] };
    expect(record.title).toBe("Harbour Plan Wins Approval");
    expect(record.summary.map((s) => s.text).join(" ")).not.toContain("Harbour Plan");
  });
});
