import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { displayWidth } from "../../src/format/text-width.js";
import { runCli, SEEDS, TEST_CACHE_DIR } from "../helpers/cli.js";
import { runInTerminal, type TerminalRun } from "../helpers/terminal.js";

/** Every command and option that prints a table (or, for summary, tables and wrapped prose). */
const TABLE_COMMANDS: readonly (readonly string[])[] = [
  ["entities"],
  ["entities", "--by-document"],
  ["quotes"],
  ["quotes", "--include-partial"],
  ["summary"],
  ["annotate"],
  ["stats"],
  ["stats", "--by-document"],
  ["cache", "info"],
];
const WIDTHS = [60, 80, 120] as const;

/** A corpus written for this test: long names, long quotes, long file names, CJK and emoji. */
function writeWideCorpus(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-wide-"));
  mkdirSync(path.join(dir, "東京の記事"));
  writeFileSync(
    path.join(dir, "東京の記事", "2020-11-03 summit report with a rather long file name that goes on.txt"),
    [
      "date 2020-11-03",
      "Maximilian Alexander Friedrich Wilhelm von Hohenzollern-Sigmaringen met Prime Minister Yoshihiro Sugano in Tokyo on Tuesday, the Foreign Ministry said.",
      "“東京での会談は非常に重要であり、両国の関係にとって歴史的な一歩となるでしょう。私たちは平和と繁栄のために協力し続けます。” Hohenzollern-Sigmaringen said.",
      "“We are delighted 🎉🎉 to welcome our partners from every corner of the world, and we will keep working together on trade, climate, energy, security and culture for many years to come 👍,” Sugano told reporters in Tokyo.",
      "",
    ].join("\n"),
  );
  writeFileSync(
    path.join(dir, "emoji 🎉 and 中文 news.md"),
    [
      "date 2021-02-14",
      "Wolfgang Amadeus Theophilus Mozart-Weissenberger arrived in Beijing on Sunday. “北京的天气很好，我们很高兴来到这里参加会议，希望一切顺利。🎉” Mozart-Weissenberger said.",
      "“Supercalifragilisticexpialidocious-antidisestablishmentarianism is not a word we use lightly in Beijing,” he added.",
      "",
    ].join("\n"),
  );
  return dir;
}

function widestLine(output: string): number {
  return Math.max(0, ...output.split("\n").map((line) => displayWidth(line)));
}

const CORPORA = {
  "the sample corpus": () => ({ corpus: SEEDS, cache: TEST_CACHE_DIR }),
  "a corpus of long names, long quotes and wide characters": () => ({
    corpus: writeWideCorpus(),
    // cache info prints the cache's path: a long one, with wide characters, must wrap too.
    cache: mkdtempSync(path.join(tmpdir(), "corpus-cli-キャッシュ-a-cache-folder-with-a-long-name-")),
  }),
};
type CorpusName = keyof typeof CORPORA;

/** Runs per corpus and width: one session at a time (each runs its command lines one by one). */
const sessions = new Map<string, TerminalRun[]>();
const key = (corpus: CorpusName, width: number) => `${corpus} @ ${width}`;

beforeAll(async () => {
  for (const [name, setup] of Object.entries(CORPORA) as [CorpusName, (typeof CORPORA)[CorpusName]][]) {
    const { corpus, cache } = setup();
    const commands = TABLE_COMMANDS.map((args) => (args[0] === "cache" ? args : [...args, corpus]));
    const env = { CORPUS_CLI_CACHE_DIR: cache };
    // Fill the cache first, so that every session reads the same results.
    runCli(["annotate", "--jsonl", corpus], { env });
    // Sequential, not all at once: on a busy 2-core machine six sessions at a time starve the rest.
    for (const width of WIDTHS) sessions.set(key(name, width), await runInTerminal(width, commands, env));
  }
}, 600_000);

describe.each(Object.keys(CORPORA) as CorpusName[])("tables in a terminal: %s", (corpus) => {
  it.each(WIDTHS.flatMap((width) => TABLE_COMMANDS.map((args, i) => [width, args.join(" "), i] as const)))(
    "at %i columns, `%s` fits",
    (width, _name, i) => {
      const run = sessions.get(key(corpus, width))?.[i];
      expect(run?.status).toBe(0);
      expect(run?.output).toContain("┌");
      for (const line of run?.output.split("\n") ?? []) {
        expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      }
    },
  );

  it("really is a terminal: tables are coloured, and the widest table uses the room it has", () => {
    expect(sessions.get(key(corpus, 120))?.[0]?.output).toContain("\u001b[");
    expect(widestLine(sessions.get(key(corpus, 60))?.[0]?.output ?? "")).toBeGreaterThan(50);
  });
});

it("the wide corpus reaches the tables: CJK quotes, emoji in file names", () => {
  const quotes = sessions.get(key("a corpus of long names, long quotes and wide characters", 80))?.[2]
    ?.output;
  expect(quotes).toContain("北京");
  const annotate = sessions.get(key("a corpus of long names, long quotes and wide characters", 80))?.[5]
    ?.output;
  expect(annotate).toContain("🎉");
});

describe("what is left out is never a surprise", () => {
  const at60 = { env: { COLUMNS: "60" } };

  it("--verbose says which columns were left out to fit", () => {
    const result = runCli(["entities", "-v", SEEDS], at60);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain(
      "left out columns relative, extra, demonyms, documents to fit 60 columns",
    );
    expect(result.stdout).not.toContain("relative");
    // Without --verbose nothing is said.
    expect(runCli(["entities", SEEDS], at60).stderr).toBe("");
  });

  it("--columns chooses the columns and their order, in tables and CSV", () => {
    const table = runCli(["entities", "--columns", "relative,name,extra", SEEDS], at60);
    expect(table.status).toBe(0);
    expect(table.stdout.split("\n")[1]).toMatch(/^│ relative +│ name +│ extra +│$/);
    const csv = runCli(["quotes", "--csv", "--columns", "Speaker,named-as", SEEDS]);
    expect(csv.stdout.split("\n")[0]).toBe("speaker,named as");
  });

  it("--columns warns about names a table does not have", () => {
    const result = runCli(["entities", "--columns", "name,nope", SEEDS]);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('--columns: no column "nope" in this table');
    expect(result.stdout.split("\n")[1]).toMatch(/^│ name +│$/);
  });
});
