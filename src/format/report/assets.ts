/**
 * The charting library bundled into every report: uPlot (MIT, 51 KB minified, no dependencies), read from
 * its installed package when a report is written. Chosen over Chart.js (about 200 KB) and ECharts (about
 * 1 MB) because the report must stay small and open fast: uPlot draws a 10-series time chart of thousands
 * of points on a canvas in a few milliseconds. The network needs no library in the page: its layout is
 * computed when the report is written (layout.ts) and drawn as plain SVG.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

let cached: { js: string; css: string } | null = null;

export function uplotAssets(): { js: string; css: string } {
  if (cached === null) {
    const js = readFileSync(require.resolve("uplot/dist/uPlot.iife.min.js"), "utf8");
    const css = readFileSync(require.resolve("uplot/dist/uPlot.min.css"), "utf8");
    cached = { js, css };
  }
  return cached;
}
