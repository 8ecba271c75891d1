/**
 * The corpus readers' parts that read no file: dates, formats, fields, CSV delimiters, headlines, HTML
 * articles and unique ids (split from inputs.test.ts, which reads records from files).
 */
import { describe, expect, it } from "vitest";
import { detectDelimiter } from "../src/corpus/csv.js";
import { normalizeDate } from "../src/corpus/dates.js";
import { fieldValue } from "../src/corpus/fields.js";
import { FileList } from "../src/corpus/file-list.js";
import { formatOf } from "../src/corpus/formats.js";
import { detectHeadline } from "../src/corpus/headline.js";
import { extractArticle } from "../src/corpus/html.js";
import { makeIdsUnique } from "../src/corpus/inputs.js";

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
