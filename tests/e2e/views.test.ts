import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCliAsync as runCli, SEEDS } from "../helpers/cli.js";
import { writeDatedCorpus } from "../helpers/dated-corpus.js";

let corpus: string;

beforeAll(() => {
  corpus = writeDatedCorpus(mkdtempSync(path.join(tmpdir(), "corpus-cli-views-")));
});

describe("timeline, network and report on the command line", () => {
  it.each(["timeline", "network", "report"])("%s --help has examples", async (command) => {
    const help = await runCli([command, "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Examples:");
  });

  it("timeline --json: one row per entity and period, undated documents apart and reported", async () => {
    const out = await runCli(["timeline", corpus, "--json", "--entity", "Okafor"]);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain("1 document(s) without a date");
    expect(JSON.parse(out.stdout)).toEqual([
      { name: "Tomas Okafor", type: "person", period: "2021-01", mentions: 5, documents: 2 },
      { name: "Tomas Okafor", type: "person", period: "2021-03", mentions: 1, documents: 1 },
      { name: "Tomas Okafor", type: "person", period: null, mentions: 2, documents: 1 },
    ]);
  });

  it.each([
    [
      ["timeline", "--csv", "--type", "country"],
      /^name,type,period,mentions,documents\nKenya,country,2021-01,/,
    ],
    [
      ["timeline", "--jsonl", "--by", "year", "--top", "1"],
      /^\{"name":"Kenya","type":"country","period":"2021"/,
    ],
    [["timeline", "--by", "week", "--top", "2"], /2021-W01 … 2021-W13/],
    [
      ["network", "--csv", "--top", "1"],
      /^source,source type,target,target type,sentences,documents,pmi,g2\n/,
    ],
    [["network", "--quotes", "--jsonl", "--type", "person,country"], /"quotes":2/],
    [["network", "--export", "gexf"], /<gexf xmlns="http:\/\/gexf.net\/1.3" version="1.3">/],
    [["network", "--export", "graphml"], /<edge source="[^"]+" target="[^"]+"><data key="weight">/],
    [["network", "--export", "dot", "--quotes"], /^digraph quotes \{\n/],
    [["network", "--export", "json"], /^\{\n {2}"directed": false,\n {2}"nodes": \[/],
    [["report", "--csv"], /^corpus,\ndocuments,8\n/],
    [["report", "--html", "-"], /^<!DOCTYPE html>/],
  ])("%j", async (args, expected) => {
    const out = await runCli([...args, corpus]);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(expected);
  });

  it.each([
    [["timeline", "--entity", "Nobody Atall"], 1, /no entity answers to "Nobody Atall"/],
    [["timeline", "--type", "planets"], 2, /unknown entity type "planets"/],
    [["timeline", "--by", "decade"], 2, /Allowed choices are day, week, month, year/],
    [["network", "--min-weight", "99"], 1, /^$/],
    [["network", "--export", "png"], 2, /Allowed choices are gexf, graphml, dot, json/],
  ])("%j exits %i", async (args, status, message) => {
    const out = await runCli([...args, corpus]);
    expect(out.status).toBe(status);
    expect(out.stderr).toMatch(message);
  });

  it("report --html FILE writes one self-contained page and nothing on stdout", async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "corpus-cli-report-")), "r.html");
    const out = await runCli(["report", SEEDS, "--html", file]);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe("");
    const html = readFileSync(file, "utf8");
    expect(html).toContain("Content-Security-Policy");
    expect(html).not.toMatch(/<(?:link|img|iframe)\b|\bsrc=["']?https?:|@import/i);
    expect(html).toContain("Hassan Rouhani");
  });

  it("report --json: the data the page draws", async () => {
    const data = JSON.parse((await runCli(["report", corpus, "--json"])).stdout);
    expect(data.overview.documents).toBe(8);
    expect(data.undatedDocuments).toBe(1);
    expect(data.quotes.total).toBe(10);
    expect(data.timeline.periods).toEqual(["2021-01", "2021-02", "2021-03"]);
    expect(data.topEntities.person.map((p: { name: string }) => p.name)).toEqual([
      "Maria Lindqvist",
      "Tomas Okafor",
      "Helen Brandt",
    ]);
  });
});
