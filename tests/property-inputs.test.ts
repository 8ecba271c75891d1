import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvRecords } from "../src/corpus/csv.js";
import { normalizeDate } from "../src/corpus/dates.js";
import { detectHeadline } from "../src/corpus/headline.js";
import { extractArticle } from "../src/corpus/html.js";
import { jsonlRecords } from "../src/corpus/jsonl.js";
import type { RecordResult } from "../src/corpus/record.js";
import { runs } from "./helpers/property-text.js";

/*
 * Hostile records: whatever a file holds, the readers never throw, every record they give has text, every
 * skip has a diagnostic with a line, and nothing is lost without a word: each non-blank line of a JSON
 * Lines file is either a document or a diagnostic.
 */

const dir = mkdtempSync(path.join(tmpdir(), "corpus-cli-property-inputs-"));
let n = 0;

async function collect(records: AsyncGenerator<RecordResult>): Promise<RecordResult[]> {
  const out: RecordResult[] = [];
  for await (const r of records) out.push(r);
  return out;
}

/** Lines a JSON Lines dump may hold: good records, broken JSON, wrong shapes, odd fields, noise. */
const line = fc.oneof(
  fc
    .record({
      id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
      text: fc.oneof(fc.string(), fc.array(fc.string()), fc.constant(null), fc.integer()),
      date: fc.oneof(
        fc.string(),
        fc.integer(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      ),
      title: fc.oneof(fc.string(), fc.object()),
    })
    .map((r) => JSON.stringify(r)),
  fc.json(),
  fc.string({ unit: "binary" }),
  fc.string().map((s) => `{"text": ${JSON.stringify(s)}`),
);

function check(records: RecordResult[]): void {
  for (const r of records) {
    if (r.ok) {
      expect(r.doc.text.trim()).not.toBe("");
      expect(r.doc.id).not.toBe("");
      expect(r.doc.date === null || /^\d{4}-\d{2}-\d{2}$/.test(r.doc.date)).toBe(true);
      expect(r.doc.bodyStart).toBeLessThanOrEqual(r.doc.text.length);
    } else {
      expect(r.diagnostic.message).not.toBe("");
      expect(r.diagnostic.line).toBeGreaterThanOrEqual(0);
    }
  }
}

describe("hostile records", () => {
  it("JSON Lines: every non-blank line is a document or a diagnostic, gzipped or not", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 20 }), fc.boolean(), async (lines, gzip) => {
        const content = lines.map((l) => l.replace(/[\r\n]/g, " ")).join("\n");
        const file = path.join(dir, `${n++}.jsonl`);
        writeFileSync(file, gzip ? gzipSync(content) : content);
        const records = await collect(jsonlRecords({ path: file, id: "f.jsonl" }, {}));
        check(records);
        const nonBlank = content.split("\n").filter((l) => l.replace(/^\ufeff/, "").trim() !== "").length;
        expect(records).toHaveLength(nonBlank);
      }),
      { numRuns: runs(60) },
    );
  });

  it("CSV: any bytes give documents or diagnostics, never an exception", async () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', '""', "\n", "\r\n", ";", ",", "\t", "\ufeff"));
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 12 }),
        fc.constantFrom(",", ";", "\t"),
        async (rows, sep) => {
          const content = `id${sep}text${sep}date\n${rows.map((r) => r.join(sep)).join("\n")}`;
          const file = path.join(dir, `${n++}.csv`);
          writeFileSync(file, content);
          check(await collect(csvRecords({ path: file, id: "f.csv" }, {}, "csv")));
        },
      ),
      { numRuns: runs(60) },
    );
  });

  it("HTML: any text between well-formed tags, and scripts and styles are never text", () => {
    // Text is escaped: a raw "<A" before "<script>" would make it an attribute, which a browser shows as text.
    const escaped = fc
      .string()
      .map((t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
    const piece = fc.oneof(
      escaped,
      fc.constantFrom(
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<br>",
        "<article>",
        "</article>",
        "<!-- x -->",
        "<li>",
      ),
      escaped.map((t) => `<script>SCRIPTED${t}</script>`),
      escaped.map((t) => `<style>STYLED${t}</style>`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const { text, date } = extractArticle(`<html><body>${pieces.join("")}</body></html>`);
        expect(text).not.toMatch(/SCRIPTED|STYLED/);
        expect(date).toBeNull();
      }),
      { numRuns: runs(100) },
    );
  });

  it("dates and headlines: never an exception, and only real dates", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.integer(), fc.double(), fc.anything()), (raw) => {
        const date = normalizeDate(raw);
        expect(date === null || !Number.isNaN(Date.parse(`${date}T00:00:00Z`))).toBe(true);
      }),
      { numRuns: runs(300) },
    );
    fc.assert(
      fc.property(fc.string(), fc.nat(), (text, from) => {
        const headline = detectHeadline(text, Math.min(from, text.length));
        if (headline !== null) expect(headline.bodyStart).toBeLessThan(text.length);
      }),
      { numRuns: runs(300) },
    );
  });
});
