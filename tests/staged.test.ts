import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { textDocument } from "../src/corpus/read.js";
import { mentionAt } from "../src/extract/mention.js";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { DEFAULT_ANNOTATE_OPTIONS } from "../src/pipeline/annotate.js";
import { extractItem, extractItems, type WorkerPart } from "../src/pipeline/extract-worker.js";
import { packMentions, packSplit, unpackMentions, unpackSplit } from "../src/pipeline/split-transfer.js";
import { finishExtracted, SummaryPlacement } from "../src/pipeline/staged.js";
import { type WorkerTask, type WorkItem, workOutcome } from "../src/pipeline/worker.js";
import { splitDocument } from "../src/text/split.js";
import type { Document } from "../src/types.js";
import { SEEDS } from "./helpers/cli.js";

const SAMPLE = path.join(SEEDS, "000_45a8fef921a77d2f.txt");

const TEXTS: [string, string][] = [
  ["the sample article", readFileSync(SAMPLE, "utf8")],
  [
    "a short report with a quote",
    'Mayor Ana Ruiz opened the bridge in Porto on Monday.\n\n"It took ten years," Ruiz said. Her deputy, Tom Hale, agreed.\n',
  ],
  [
    "a closing quotation mark without an opening one (a diagnostic) and a quote in two parts",
    'Ana Ruiz opened the bridge.\n\nThe work is done," Ruiz said.\n\n"We waited," said Tom Hale of Porto. "Ten years."\n',
  ],
  [
    "a printed interview (its turns cross threads with the split)",
    "In an interview, the mayor spoke to us about the bridge.\n\nQ: Why did it take so long?\n\nA: The money came late. We waited ten years.\n\nQ: Was it worth it?\n\nA: Every day I cross it, I think so.\n",
  ],
  ["a header and no body", "title: Nothing here\ndate: 2021-03-04\n\n"],
  ["no text at all", ""],
];

const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-staged-"));

/**
 * What the two stages give for an item, the worker's part crossing threads as a structured clone.
 * `summaries`: false when the worker leaves the summary to the main thread (SummaryPlacement).
 */
function staged(item: WorkItem, words: boolean, summaries?: boolean) {
  const finish = finishExtracted(DEFAULT_ANNOTATE_OPTIONS, words);
  const task = {
    options: DEFAULT_ANNOTATE_OPTIONS,
    words,
    ...(summaries === undefined ? {} : { summaries }),
  };
  return finish([item], [structuredClone(extractItem(item, task))])[0];
}

describe("a run in two stages (extract-worker.ts, then staged.ts) gives what one thread gives", () => {
  it.each(TEXTS)("%s, as a document", (_, text) => {
    const item: WorkItem = { doc: textDocument("doc-1", "doc-1.txt", text) };
    for (const words of [true, false]) {
      const expected = workOutcome(item, DEFAULT_ANNOTATE_OPTIONS, false, words);
      // Byte for byte: the JSON written is the same, property order included.
      expect(JSON.stringify(staged(item, words))).toBe(JSON.stringify(expected));
    }
  });

  it.each(TEXTS)("%s, as a document whose summary is made in the main thread", (_, text) => {
    const item: WorkItem = { doc: textDocument("doc-1", "doc-1.txt", text) };
    const part = extractItem(item, { options: DEFAULT_ANNOTATE_OPTIONS, words: false, summaries: false });
    expect("part" in part && part.part.summary).toBe(null);
    for (const words of [true, false]) {
      const expected = workOutcome(item, DEFAULT_ANNOTATE_OPTIONS, false, words);
      expect(JSON.stringify(staged(item, words, false))).toBe(JSON.stringify(expected));
    }
  });

  it.each(TEXTS)("%s, as a file to read", (name, text) => {
    const file = path.join(dir, `${name.replace(/\W+/g, "-")}.txt`);
    writeFileSync(file, text);
    const item: WorkItem = { file: { path: file, id: file }, format: "text" };
    const expected = workOutcome(item, DEFAULT_ANNOTATE_OPTIONS, false, true);
    expect(JSON.stringify(staged(item, true))).toBe(JSON.stringify(expected));
    expect("outcome" in expected && expected.outcome.ok).toBe(true);
  });

  it("a file that cannot be read is skipped with the same diagnostics", () => {
    const item: WorkItem = { file: { path: path.join(dir, "missing.txt"), id: "missing" }, format: "text" };
    const expected = workOutcome(item, DEFAULT_ANNOTATE_OPTIONS, false, true);
    expect(staged(item, true)).toEqual(expected);
    expect("outcome" in expected).toBe(false);
  });
});

describe("the worker finds the quotes, the main thread attributes them (staged.ts)", () => {
  const text = 'Ana Ruiz opened the bridge.\n\n"It took ten years," Ruiz said.\n';
  const item: WorkItem = { doc: textDocument("doc-q", "doc-q.txt", text) };
  const task = { options: DEFAULT_ANNOTATE_OPTIONS, words: false };
  const finish = finishExtracted(DEFAULT_ANNOTATE_OPTIONS, false);
  const quotesOf = (outcome: ReturnType<typeof finish>[number] | undefined) =>
    outcome && "outcome" in outcome && outcome.outcome.ok && "result" in outcome.outcome
      ? outcome.outcome.result.annotation.quotes
      : "no result";

  it("the worker's part carries what extractQuotes finds", () => {
    const part = extractItem(item, task);
    const doc = (item as { doc: Document }).doc;
    expect("part" in part && part.part.quotes).toStrictEqual(extractQuotes(doc, splitDocument(doc)));
  });

  it.each([
    ["quotes the worker found (none here)", { quotes: [], diagnostics: [] }, []],
    ["why finding them failed", { error: "quotes failed" }, "no result"],
  ])("the main thread takes %s, not its own", (_, sent, expected) => {
    const part = structuredClone(extractItem(item, task));
    if (!("part" in part)) throw new Error("no part");
    part.part.quotes = sent as WorkerPart["quotes"];
    const [outcome] = finish([item], [part]);
    expect(quotesOf(outcome)).toStrictEqual(expected);
    if (expected === "no result")
      expect(outcome).toMatchObject({ outcome: { ok: false, error: "quotes failed" } });
  });
});

describe("a batch through the two stages (extractItems, then finishExtracted over the batch)", () => {
  it.each([true, false])(
    "gives each item, document or file, what one thread gives it alone (words: %s)",
    (words) => {
      const items: WorkItem[] = [
        ...TEXTS.map(([, text], i): WorkItem => ({ doc: textDocument(`doc-${i}`, `doc-${i}.txt`, text) })),
        { file: { path: path.join(dir, "missing-in-batch.txt"), id: "missing" }, format: "text" },
        ...TEXTS.map(([name, text]): WorkItem => {
          const file = path.join(dir, `batch-${name.replace(/\W+/g, "-")}.txt`);
          writeFileSync(file, text);
          return { file: { path: file, id: file }, format: "text" };
        }),
      ];
      const task = { options: DEFAULT_ANNOTATE_OPTIONS, words };
      const sent = structuredClone(extractItems(items, task));
      const got = finishExtracted(DEFAULT_ANNOTATE_OPTIONS, words)(items, sent);
      const expected = items.map((item) => workOutcome(item, DEFAULT_ANNOTATE_OPTIONS, false, words));
      expect(JSON.stringify(got)).toBe(JSON.stringify(expected));
    },
  );
});

describe("mentions and the split cross threads as numbers (split-transfer.ts)", () => {
  const text = "Dr. Ana Ruiz of Acme Corp met Iranian envoys in Porto.";
  it.each([
    ["its own text", mentionAt(4, 12, "Ana Ruiz", "person")],
    ["a title", mentionAt(4, 12, "Ana Ruiz", "person", "Ana Ruiz", "Dr.")],
    ["an entity other than its text", mentionAt(31, 38, "Iranian", "demonym", "Iran")],
    ["a text other than the document's", mentionAt(16, 25, "ACME CORP", "organization")],
    ["an empty text at the end", mentionAt(text.length, text.length, "", "place", "Porto")],
    // a line-up's player (extract/entities/line-ups.ts): the mark resolve/names reads
    ["a player's mark", { ...mentionAt(8, 12, "Ruiz", "person"), role: "player" as const }],
  ])("a mention with %s comes back the same, key order and undefined title included", (_, mention) => {
    const sent = structuredClone(packMentions(text, [mention, mention]));
    const back = unpackMentions(text, sent);
    expect(back).toStrictEqual([mention, mention]);
    expect(back.map((m) => Object.keys(m))).toEqual([Object.keys(mention), Object.keys(mention)]);
  });

  it("an interview's split comes back the same, its turns included", () => {
    const doc = textDocument(
      "d",
      "d.txt",
      "In an interview, the mayor spoke to us.\n\nQ: Why so long?\n\nA: The money came late.\n\nQ: Worth it?\n\nA: I think so.\n",
    );
    const split = splitDocument(doc);
    expect(split.turns.map((t) => [t.label.text, t.asker])).toEqual([
      ["Q", true],
      ["A", false],
      ["Q", true],
      ["A", false],
    ]);
    expect(unpackSplit(doc.text, structuredClone(packSplit(split)))).toStrictEqual(split);
  });

  it("a document's split comes back the same", () => {
    const doc = textDocument("d", "d.txt", `title: T\n\n${text}\n\n"Yes," she said. U.S. talks end.`);
    const split = splitDocument(doc);
    expect(unpackSplit(doc.text, structuredClone(packSplit(split)))).toStrictEqual(split);
  });
});

describe("which thread summarizes a batch (SummaryPlacement)", () => {
  const task: WorkerTask = { items: [], options: DEFAULT_ANNOTATE_OPTIONS, words: false };
  it.each([
    ["no batch has arrived yet", [], undefined],
    ["the main thread waited 3 ms for the last batch", [3], false],
    ["the main thread found the last batch there", [0.01], undefined],
    ["it waited, then found the next one there", [3, 0.02], undefined],
    ["it found one there, then waited just long enough", [0, 0.5], false],
    ["it waited for both", [2, 1], false],
  ])("%s: summaries %s", (_, waits, expected) => {
    let idle = 100;
    const placement = new SummaryPlacement(() => idle);
    for (const wait of waits as number[]) {
      idle += wait;
      placement.arrived();
    }
    expect(placement.leaving(task).summaries).toBe(expected);
  });
});
