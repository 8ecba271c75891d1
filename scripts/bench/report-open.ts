/**
 * How long an HTML report takes to open: loads FILE in headless Chromium RUNS times (a fresh page each
 * time) and prints the file's size and, per run, the time from navigation start until the page script
 * has drawn everything (body[data-ready]), and the median.
 *   npx tsx scripts/bench/report-open.ts report.html [runs=5]
 * Chromium: $CHROMIUM_PATH, else `chromium` on PATH.
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import puppeteer from "puppeteer-core";

const [file, runsText = "5"] = process.argv.slice(2);
if (!file) {
  process.stderr.write("usage: report-open.ts FILE [runs]\n");
  process.exit(2);
}
const executablePath =
  process.env.CHROMIUM_PATH ?? execFileSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).trim();
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
const times: number[] = [];
for (let i = 0; i < Number(runsText); i++) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
  await page.waitForSelector("body[data-ready=true]");
  const ms = await page.evaluate(() => {
    const p = (globalThis as unknown as { performance: { now(): number; readyAt?: number } }).performance;
    return p.readyAt ?? p.now();
  });
  times.push(ms);
  await page.close();
}
await browser.close();
const sorted = [...times].sort((a, b) => a - b);
const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
console.log(`${file}: ${statSync(file).size} bytes`);
console.log(
  `open until drawn: ${times.map((t) => t.toFixed(0)).join(" ")} ms; median ${median.toFixed(0)} ms`,
);
