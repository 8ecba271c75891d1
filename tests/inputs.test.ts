import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { csvRecords, detectDelimiter } from "../src/corpus/csv.js";
import { normalizeDate } from "../src/corpus/dates.js";
import { fieldValue } from "../src/corpus/fields.js";
import { FileList } from "../src/corpus/file-list.js";
import { formatOf } from "../src/corpus/formats.js";
import { detectHeadline } from "../src/corpus/headline.js";
import { extractArticle } from "../src/corpus/html.js";
import { makeIdsUnique } from "../src/corpus/inputs.js";
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

describe("normalizeDate", () => {
  it.each([
    ["2021-03-05", "2021-03-05"],
    ["2021-03-05T23:30:00-05:00", "2021-03-05"],
    ["2021/3/5", "2021-03-05"],
    ["20210305", "2021-03-05"],
    ["Fri, 05 Mar 2021 14:00:00 +0000", "2021-03-05"],
    ["March 5, 2021", "2021-03-05"],
    ["Mar. 5 2021", "2021-03-05"],
    ["March 5th, 2021", "2021-03-05"],
    ["5 March 2021", "2021-03-05"],
    ["26-FEB-1987 15:01:01.79", "1987-02-26"],
    ["03/05/2021", "2021-03-05"],
    ["25/03/2021", "2021-03-25"],
    ["05.03.2021", "2021-03-05"],
    [1614952800, "2021-03-05"],
    [1614952800000, "2021-03-05"],
    ["1614952800", "2021-03-05"],
    ["2021-02-30", null],
    ["yesterday", null],
    ["", null],
    [null, null],
    [{ year: 2021 }, null],
    ["13/13/2021", null],
  ])("%j → %j", (raw, expected) => {
    expect(normalizeDate(raw)).toBe(expected);
  });
});

describe("formatOf", () => {
  it.each([
    ["a/news.jsonl", "auto", "jsonl"],
    ["a/news.NDJSON.gz", "auto", "jsonl"],
    ["export.csv", "auto", "csv"],
    ["export.tsv.gz", "auto", "tsv"],
    ["page.htm", "auto", "html"],
    ["story.txt", "auto", "text"],
    ["story.txt.gz", "auto", "text"],
    ["-", "auto", "text"],
    ["-", "jsonl", "jsonl"],
    ["dump.txt", "csv", "csv"],
  ] as const)("%s with %s → %s", (file, option, expected) => {
    expect(formatOf(file, option)).toBe(expected);
  });
});

describe("fieldValue", () => {
  const row = { Body: "the body", meta: { published: "2021-01-02" }, "a.b": 1, headline: "H", url: "u" };
  it.each([
    ["text", {}, "the body"],
    ["title", {}, "H"],
    ["id", {}, "u"],
    ["date", { date: "meta.published" }, "2021-01-02"],
    ["id", { id: "a.b" }, 1],
    ["date", {}, undefined],
    ["text", { text: "missing.path" }, undefined],
  ] as const)("%s with %j", (role, options, expected) => {
    expect(fieldValue(row, role, options)).toEqual(expected);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["id,title,text", ","],
    ["id;title;text", ";"],
    ["id\ttitle\ttext", "\t"],
    ['"a;b",c,d', ","],
    ["text", ","],
  ])("%j → %j", (header, expected) => {
    expect(detectDelimiter(header)).toBe(expected);
  });
});

describe("detectHeadline", () => {
  it.each([
    ["Storm Hits the Coast\n\nThe storm arrived on Monday.", "Storm Hits the Coast"],
    ["Storm hits the coast\n\nThe storm arrived on Monday.", "Storm hits the coast"],
    ["Storm Hits the Coast\nThe storm arrived on Monday.", "Storm Hits the Coast"],
    ["STORM HITS COAST\n  The storm arrived on Monday.", "STORM HITS COAST"],
    ["Showers continued throughout the week in\nthe cocoa zone, said the review.", null],
    ["The storm arrived on Monday.\n\nIt left on Tuesday.", null],
    ["Officials said:\n\nThe storm arrived.", null],
    ["Storm hits the coast\nand the town.", null],
    ["Just one line without an end", null],
    ["Storm Hits the Coast\n\n", null],
  ])("%j → %j", (text, title) => {
    expect(detectHeadline(text, 0)?.title ?? null).toBe(title);
  });

  it("puts the body after the headline and its blank lines", () => {
    const text = "Storm Hits the Coast\r\n\r\nThe storm arrived.";
    const headline = detectHeadline(text, 0);
    expect(text.slice(headline?.bodyStart)).toBe("The storm arrived.");
  });
});

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

describe("extractArticle", () => {
  const page = (head: string, body: string) =>
    `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
  const article = Array.from(
    { length: 6 },
    (_, i) =>
      `<p>Paragraph ${i} of the article, long enough to look like the main text of a news story about the harbour.</p>`,
  ).join("");

  it.each([
    ["og:title", '<meta property="og:title" content="The Harbour Story">', "The Harbour Story"],
    ["<title>", "<title>Harbour | Site</title>", "Harbour | Site"],
    [
      "JSON-LD headline",
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"LD Headline"}</script>',
      "LD Headline",
    ],
  ])("title from %s", (_name, head, title) => {
    expect(extractArticle(page(head, `<article>${article}</article>`)).title).toBe(title);
  });

  it.each([
    ["article:published_time", '<meta property="article:published_time" content="2021-03-05T10:00:00Z">', ""],
    [
      "JSON-LD datePublished",
      '<script type="application/ld+json">{"datePublished":"March 5, 2021"}</script>',
      "",
    ],
    ["<time datetime>", "", '<time datetime="2021-03-05">5 March</time>'],
  ])("date from %s", (_name, head, body) => {
    expect(extractArticle(page(head, `<article>${body}${article}</article>`)).date).toBe("2021-03-05");
  });

  it("keeps scripts, styles and navigation out of the text, and paragraphs apart", () => {
    const html = page(
      "<style>p{color:red}</style><script>var said = 'Boris said';</script>",
      `<nav><a href="/">Home</a></nav><article>${article}<script>alert(1)</script></article><footer>Copyright</footer>`,
    );
    const { text } = extractArticle(html);
    expect(text).toContain("Paragraph 0 of the article");
    expect(text).toContain("harbour.\n\nParagraph 1");
    expect(text).not.toMatch(/Boris|alert|color|Home|Copyright/);
  });

  it("reads a page that is not an article from its body", () => {
    expect(extractArticle(page("", "<div>Short note.</div>")).text).toBe("Short note.");
  });
});

describe("makeIdsUnique", () => {
  it("names files whose ids collide by their path", () => {
    const files = FileList.of([
      { path: "a/001.txt", id: "001.txt" },
      { path: "b/001.txt", id: "001.txt" },
      { path: "c/002.txt", id: "002.txt" },
    ]);
    makeIdsUnique(files);
    expect(files.map((f) => f.id)).toEqual(["a/001.txt", "b/001.txt", "002.txt"]);
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
