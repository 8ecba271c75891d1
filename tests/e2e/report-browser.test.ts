/**
 * The HTML report opened in a real browser (the OS package `chromium`, driven by puppeteer-core): no
 * console errors, no request leaves the file, every chart has marks, the quote browser filters, and markup
 * from documents never runs. Without chromium the suite is skipped with a note, except in CI (CI set),
 * where it fails: .ci/run installs chromium first.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, SEEDS } from "../helpers/cli.js";
import { writeDatedCorpus } from "../helpers/dated-corpus.js";

function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, "chromium", "chromium-browser", "google-chrome"];
  for (const name of candidates) {
    if (!name) continue;
    if (path.isAbsolute(name)) {
      if (existsSync(name)) return name;
      continue;
    }
    try {
      return execFileSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).trim() || null;
    } catch {}
  }
  return null;
}

const chromium = findChromium();
if (!chromium && !process.env.CI) {
  process.stderr.write(
    "report-browser.test.ts: chromium not found, browser tests skipped (they fail in CI)\n",
  );
}

interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
}

let browser: Browser;
const work = mkdtempSync(path.join(tmpdir(), "corpus-cli-report-"));

function writeReport(name: string, corpus: string): string {
  const file = path.join(work, `${name}.html`);
  const out = runCli(["report", corpus, "--html", file]);
  expect(out.stderr).not.toMatch(/error/i);
  expect(out.status).toBe(0);
  return file;
}

async function open(file: string): Promise<Opened> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(file).href;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    if (r.url() !== url && !r.url().startsWith("data:")) requests.push(r.url());
  });
  await page.goto(url, { waitUntil: "load" });
  // 60 s, not 10: at a load of 27 each test that opens a page took 8.3-27.9 s in all (this wait included).
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
  return { page, errors, requests };
}

/** Pixels of a chart's canvas drawn in colour (the series), not the grey and black of axes and text. */
function colouredPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (canvas) => {
    const c = canvas as unknown as {
      width: number;
      height: number;
      getContext(k: "2d"): { getImageData(...a: number[]): { data: Uint8ClampedArray } };
    };
    const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b, a] = [data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0];
      if (a > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 60) n++;
    }
    return n;
  });
}

const rowTexts = (page: Page, column: number): Promise<string[]> =>
  page.$$eval(`#quote-rows tr td:nth-child(${column})`, (cells) => cells.map((c) => c.textContent ?? ""));

describe.skipIf(!chromium && !process.env.CI)("the HTML report in headless Chromium", () => {
  let sample: string;
  let dated: string;

  beforeAll(async () => {
    if (!chromium) throw new Error("chromium is not installed (CI is set: `apt-get install -y chromium`)");
    sample = writeReport("sample", SEEDS);
    dated = writeReport("dated", writeDatedCorpus(path.join(work, "corpus")));
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ["sample corpus", () => sample],
    ["dated corpus", () => dated],
  ])("%s: no console errors, no requests, every chart has marks", async (_, file) => {
    const { page, errors, requests } = await open(file());
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(await page.$$eval("#entities-grid .bar", (bars) => bars.length)).toBeGreaterThan(1);
    expect(await colouredPixels(page, "#timeline-chart canvas")).toBeGreaterThan(20);
    expect(await colouredPixels(page, "#documents-chart canvas")).toBeGreaterThan(20);
    expect(await page.$$eval("#network-chart circle", (c) => c.length)).toBeGreaterThan(1);
    expect(await page.$$eval("#network-chart line", (l) => l.length)).toBeGreaterThan(0);
    expect(await page.$$eval("#quote-rows tr", (r) => r.length)).toBeGreaterThan(0);
    expect(await page.$$eval("#doc-list article", (a) => a.length)).toBeGreaterThan(0);
    await page.close();
  });

  it("a report of no documents is still a page that opens without errors", async () => {
    const empty = mkdtempSync(path.join(work, "empty-"));
    const file = path.join(work, "empty.html");
    expect(runCli(["report", empty, "--html", file]).status).toBe(1);
    const { page, errors } = await open(file);
    expect(errors).toEqual([]);
    expect(await page.$eval("#timeline-chart", (e) => e.textContent)).toBe("No dated documents.");
    await page.close();
  });

  it("the quote search keeps only the rows that contain the words", async () => {
    const { page, errors } = await open(dated);
    const all = (await rowTexts(page, 2)).length;
    await page.type("#quote-search", "harbour");
    const kept = await rowTexts(page, 2);
    expect(kept.length).toBeGreaterThan(0);
    expect(kept.length).toBeLessThan(all);
    for (const text of kept) expect(text.toLowerCase()).toContain("harbour");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a speaker filter shows only that speaker's quotes, all of them", async () => {
    const { page } = await open(dated);
    await page.select("#quote-speaker", "Helen Brandt");
    const speakers = await rowTexts(page, 1);
    expect(speakers).toHaveLength(3);
    for (const s of speakers) expect(s.startsWith("Helen Brandt")).toBe(true);
    await page.select("#quote-entity", "Kenya");
    expect(await rowTexts(page, 2)).toEqual(["“We will speak for Kenya as well,”"]);
    await page.close();
  });

  it("markup in a document or a quote is shown as text and never runs", async () => {
    const { page, errors } = await open(dated);
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.type("#quote-search", "pwned");
    const [quote] = await rowTexts(page, 2);
    expect(quote).toContain("</script><script>window.__pwned = 2</script>");
    expect(quote).toContain("<img src=x onerror=window.__pwned=3>");
    expect(await page.$$eval("#quote-rows script, #quote-rows img, #doc-list script", (e) => e.length)).toBe(
      0,
    );
    await page.type("#doc-search", "pwned");
    const summary = await page.$eval("#doc-list article p", (p) => p.textContent ?? "");
    expect(summary).toContain("<script>window.__pwned = 1</script>");
    expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("a quote's document link opens that document's summary", async () => {
    const { page } = await open(dated);
    await page.select("#quote-speaker", "Tomas Okafor");
    await page.click("#quote-rows tr:first-child a");
    const hash = await page.evaluate(
      () => (globalThis as unknown as { location: { hash: string } }).location.hash,
    );
    expect(hash).toMatch(/^#doc-\d+$/);
    const heading = await page.$eval(`${hash} h3`, (h) => h.textContent ?? "");
    expect(heading).toContain("2021-01-04-talks.txt");
    await page.close();
  });
});
