import { createRequire } from "node:module";
import type { Readability as ReadabilityClass } from "@mozilla/readability";
import type { parseHTML as ParseHtml } from "linkedom";
import type { Document } from "../types.js";
import { normalizeDate } from "./dates.js";
import type { ReadDiagnostic } from "./diagnostics.js";
import { blockText, type DomNode, withFurnitureSkipped } from "./html-text.js";
import { shown } from "./record.js";

/**
 * A saved web page → its article: the main text found by Mozilla's Readability (Firefox's reader view)
 * over linkedom, a light DOM (see README "HTML pages" for the measurements behind this choice), its
 * title and its publication date. Offsets index the extracted text, which `annotate --include-text`
 * prints so that spans can be checked.
 */

/**
 * linkedom and Readability load on the first web page, not at start-up: importing them cost every run of
 * every command ~0.25 s (start-up went from 0.13 s to 0.38 s with them imported eagerly). Loaded through
 * require because reading a page is synchronous (corpus/read.ts); both packages ship a CommonJS build.
 */
let dom: { parseHTML: typeof ParseHtml; Readability: typeof ReadabilityClass } | null = null;
function htmlLibraries(): NonNullable<typeof dom> {
  if (dom === null) {
    const require = createRequire(import.meta.url);
    dom = {
      parseHTML: (require("linkedom") as { parseHTML: typeof ParseHtml }).parseHTML,
      Readability: (require("@mozilla/readability") as { Readability: typeof ReadabilityClass }).Readability,
    };
  }
  return dom;
}

type Page = ReturnType<typeof ParseHtml>["document"];

const meta = (page: Page, selector: string): string | undefined =>
  page.querySelector(selector)?.getAttribute("content")?.trim() || undefined;

/** JSON-LD objects of the page (@graph flattened), for headline and datePublished. */
function jsonLd(page: Page): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) for (const v of value) add(v);
    else if (typeof value === "object" && value !== null) {
      out.push(value as Record<string, unknown>);
      add((value as Record<string, unknown>)["@graph"]);
    }
  };
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      add(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken JSON-LD is the page's business: the other sources of title and date remain.
    }
  }
  return out;
}

const firstString = (values: unknown[]): string | undefined =>
  values.find((v): v is string => typeof v === "string" && v.trim() !== "")?.trim();

/** Publication date candidates, most specific first. */
function dateCandidates(page: Page, ld: Record<string, unknown>[]): string[] {
  const time =
    page.querySelector("time[pubdate][datetime], time[itemprop=datePublished][datetime]") ??
    page.querySelector("article time[datetime]") ??
    page.querySelector("time[datetime]");
  return [
    meta(page, 'meta[property="article:published_time"]'),
    firstString(ld.map((o) => o.datePublished)),
    meta(page, '[itemprop="datePublished"]') ??
      page.querySelector('[itemprop="datePublished"]')?.getAttribute("datetime"),
    meta(
      page,
      'meta[name="pubdate"], meta[name="publishdate"], meta[name="publish-date"], meta[name="date"]',
    ),
    meta(
      page,
      'meta[name="dc.date"], meta[name="DC.date"], meta[name="dcterms.date"], meta[name="parsely-pub-date"]',
    ),
    time?.getAttribute("datetime")?.trim(),
  ].filter((v): v is string => typeof v === "string" && v !== "");
}

export interface HtmlArticle {
  text: string;
  title: string | null;
  date: string | null;
  diagnostics: ReadDiagnostic[];
}

export function extractArticle(html: string): HtmlArticle {
  const { parseHTML, Readability } = htmlLibraries();
  const { document: page } = parseHTML(html);
  const ld = jsonLd(page);
  const title =
    firstString(ld.map((o) => o.headline)) ??
    meta(page, 'meta[property="og:title"]') ??
    page.querySelector("title")?.textContent?.trim() ??
    null;
  const diagnostics: ReadDiagnostic[] = [];
  const candidates = dateCandidates(page, ld);
  let date: string | null = null;
  for (const candidate of candidates) {
    date = normalizeDate(candidate);
    if (date) break;
  }
  if (date === null && candidates.length > 0) {
    diagnostics.push({
      code: "bad-date",
      message: `date ${shown(candidates[0])} not understood, kept without a date`,
    });
  }
  // Readability changes the page it reads; the metadata above was taken first. The serializer hands back
  // the article's element itself, walked below, instead of its HTML.
  const article = new Readability(page as unknown as ConstructorParameters<typeof Readability>[0], {
    serializer: (node) => node as unknown as string,
  }).parse();
  let text = article?.content ? blockText(article.content as unknown as DomNode) : "";
  if (text.trim() === "") {
    // Not an article page (a list, a short note): the body's text, without navigation and footers.
    const { document: fresh } = parseHTML(html);
    text = fresh.body ? blockText(fresh.body as unknown as DomNode, withFurnitureSkipped()) : "";
  }
  const cleanTitle = (title ?? article?.title ?? "").replace(/\s+/g, " ").trim();
  return { text, title: cleanTitle === "" ? null : cleanTitle, date, diagnostics };
}

export function htmlDocument(
  id: string,
  filePath: string,
  html: string,
  encoding: Document["encoding"],
): { doc: Document | null; diagnostics: ReadDiagnostic[] } {
  const article = extractArticle(html);
  if (article.text.trim() === "") {
    return {
      doc: null,
      diagnostics: [
        ...article.diagnostics,
        { code: "no-html-text", message: "no text found in the page, skipped" },
      ],
    };
  }
  const doc: Document = {
    id,
    path: filePath,
    text: article.text,
    date: article.date,
    headers: article.title ? { title: article.title } : {},
    bodyStart: 0,
    encoding,
  };
  return { doc, diagnostics: article.diagnostics };
}
