import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../src/corpus/csv.js";
import { jsonlRecords } from "../src/corpus/jsonl.js";
import type { RecordResult } from "../src/corpus/record.js";
import { documentSources, type Source } from "../src/corpus/sources.js";
import { inShard } from "../src/shard/select.js";

const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-inputs-"));
let n = 0;
function fixture(name: string, content: string | Buffer): { path: string; id: string } {
  const file = path.join(dir, `${n++}-${name}`);
  writeFileSync(file, content);
  return { path: file, id: name };
}

async function collect(records: AsyncGenerator<RecordResult>): Promise<RecordResult[]> {
  const out: RecordResult[] = [];
  for await (const r of records) out.push(r);
  return out;
}

/** A record as a short summary: its id, text, date and title, or the code and line of why it was skipped. */
const summary = (r: RecordResult) =>
  r.ok
    ? {
        id: r.doc.id,
        text: r.doc.text,
        date: r.doc.date,
        title: r.doc.headers.title ?? null,
        warnings: r.diagnostics.map((d) => `${d.code}@${d.line}`),
      }
    : { skipped: `${r.diagnostic.code}@${r.diagnostic.line}`, id: r.id };

describe("jsonlRecords", () => {
  it("reads records, reports bad lines with their line, and goes on", async () => {
    const file = fixture(
      "news.jsonl",
      [
        '{"id": "a1", "title": "First", "text": "Ana Ruiz spoke.", "date": "March 5, 2021"}',
        "",
        "{not json",
        "[1, 2]",
        '{"body": "Nested date.", "meta": {"d": "x"}, "published": "someday"}\r',
        '{"text": "   "}',
        '{"content": ["One.", "Two."], "pubdate": 1614952800}',
      ].join("\n"),
    );
    const records = (await collect(jsonlRecords(file, {}))).map(summary);
    expect(records).toEqual([
      { id: "a1", text: "Ana Ruiz spoke.", date: "2021-03-05", title: "First", warnings: [] },
      { skipped: "bad-json@3", id: "news.jsonl:3" },
      { skipped: "bad-json@4", id: "news.jsonl:4" },
      { id: "news.jsonl:5", text: "Nested date.", date: null, title: null, warnings: ["bad-date@5"] },
      { skipped: "no-text@6", id: "news.jsonl:6" },
      { id: "news.jsonl:7", text: "One.\n\nTwo.", date: "2021-03-05", title: null, warnings: [] },
    ]);
  });

  it("reads gzip by its content, and says where damaged data stops it", async () => {
    const lines = Array.from({ length: 50 }, (_, i) => `{"text": "Line ${i} of the news."}`).join("\n");
    const whole = gzipSync(lines);
    const good = fixture("a.jsonl.gz", whole);
    expect((await collect(jsonlRecords(good, {}))).filter((r) => r.ok)).toHaveLength(50);
    const cut = fixture("cut.jsonl.gz", whole.subarray(0, whole.length - 12));
    const records = await collect(jsonlRecords(cut, {}));
    expect(records.at(-1)).toMatchObject({ ok: false, diagnostic: { code: "read-error" } });
  });

  it("takes the fields named by the options", async () => {
    const file = fixture(
      "f.jsonl",
      '{"doc": {"key": 7, "words": "Body here.", "when": "2020-01-02", "h": "T"}}',
    );
    const fields = { id: "doc.key", text: "doc.words", date: "doc.when", title: "doc.h" };
    expect((await collect(jsonlRecords(file, fields))).map(summary)).toEqual([
      { id: "7", text: "Body here.", date: "2020-01-02", title: "T", warnings: [] },
    ]);
  });
});

describe("csvRecords", () => {
  it.each([
    [
      "quoted fields with newlines, doubled quotes and a BOM",
      '\ufeffid,title,text,date\r\nr1,Hi,"He said ""yes"",\r\nthen left.",2021-03-05\r\n',
      "csv",
      [{ id: "r1", text: 'He said "yes",\r\nthen left.', date: "2021-03-05", title: "Hi", warnings: [] }],
    ],
    [
      "a semicolon export, rows numbered as a spreadsheet does",
      "Title;Text;Published\nA;First text.;05.03.2021\nB;Second text.;soon\n",
      "csv",
      [
        { id: "t.csv:2", text: "First text.", date: "2021-03-05", title: "A", warnings: [] },
        { id: "t.csv:3", text: "Second text.", date: null, title: "B", warnings: ["bad-date@3"] },
      ],
    ],
    [
      "a bad row is skipped with its line, the next one read",
      'id,text\na,"open quote\nb,fine text.\n',
      "csv",
      [{ skipped: "bad-row@3", id: "t.csv:2" }],
    ],
    [
      "a row with too many fields, then a good one",
      "id,text\na,one,two\nb,Good text.\n",
      "csv",
      [
        { skipped: "bad-row@2", id: "t.csv:2" },
        { id: "b", text: "Good text.", date: null, title: null, warnings: [] },
      ],
    ],
    [
      "tab-separated",
      "id\tbody\nx\tTabbed text.\n",
      "tsv",
      [{ id: "x", text: "Tabbed text.", date: null, title: null, warnings: [] }],
    ],
  ] as const)("%s", async (_name, content, format, expected) => {
    const file = fixture("t.csv", content);
    expect((await collect(csvRecords({ ...file, id: "t.csv" }, {}, format))).map(summary)).toEqual(expected);
  });
});

describe("encodings of records", () => {
  it("reads a CSV saved in the Windows code page, and says so once", async () => {
    const bytes = Buffer.from("id;text\n1;Jos\xe9 said \x93yes\x94.\n", "latin1");
    const file = fixture("w.csv", bytes);
    const records = await collect(csvRecords(file, {}, "csv"));
    expect(records.map(summary)).toEqual([
      { skipped: "windows-1252@1", id: "w.csv:encoding" },
      { id: "1", text: "Jos\u00e9 said \u201cyes\u201d.", date: null, title: null, warnings: [] },
    ]);
  });

  it("says when a record's text holds bytes that are not UTF-8", async () => {
    const file = fixture(
      "b.jsonl",
      Buffer.concat([Buffer.from('{"text": "bad '), Buffer.from([0xff]), Buffer.from(' byte"}\n')]),
    );
    expect((await collect(jsonlRecords(file, {}))).map(summary)).toEqual([
      { id: "b.jsonl:1", text: "bad \ufffd byte", date: null, title: null, warnings: ["bad-utf8@1"] },
    ]);
  });
});

describe("documentSources", () => {
  const jsonl = fixture(
    "d.jsonl",
    ["a", "b", "{bad", "c", "d", "e"]
      .map((t) => (t.startsWith("{") ? t : `{"id": "${t}", "text": "Text ${t}."}`))
      .join("\n"),
  );
  const files = [
    { path: path.join(dir, "first.txt"), id: "first.txt" },
    { ...jsonl, id: "d.jsonl" },
    { path: path.join(dir, "last.txt"), id: "last.txt" },
  ];
  async function sources(keep?: (id: string) => boolean): Promise<[number, string][]> {
    const out: [number, string][] = [];
    const name = (s: Source) =>
      s.kind === "file" ? s.file.id : s.kind === "document" ? s.doc.id : "skipped";
    for await (const s of documentSources(files, { format: "auto", fields: {}, ...(keep ? { keep } : {}) }))
      out.push([s.seq, name(s)]);
    return out;
  }

  it("numbers documents over files and records, skipped records included", async () => {
    expect(await sources()).toEqual([
      [0, "first.txt"],
      [1, "a"],
      [2, "b"],
      [3, "skipped"],
      [4, "c"],
      [5, "d"],
      [6, "e"],
      [7, "last.txt"],
    ]);
  });

  it("gives each shard its documents with the numbers of the whole run", async () => {
    const whole = await sources();
    const shards = await Promise.all(
      [1, 2, 3].map((index) => sources((id) => inShard(id, { index, count: 3 }))),
    );
    expect(shards.flat().sort((a, b) => a[0] - b[0])).toEqual(whole);
  });
});
