/**
 * The report as one self-contained HTML file: styles, the charting library, the data and the script all
 * inline, nothing fetched (a Content-Security-Policy forbids any request, and allows only the two scripts
 * written here, by hash, so that even a slip in escaping could not run a script from a document). The
 * data travels as JSON in a non-executable script element, with `<` written as \u003c so that no text
 * from a document can close that element; the page script reads it and builds the page with textContent.
 */
import { createHash } from "node:crypto";
import { periodStart } from "../../aggregate/periods.js";
import type { ReportData } from "../../aggregate/report.js";
import { overviewRows } from "../views/summary.js";
import { uplotAssets } from "./assets.js";
import { CLIENT_SCRIPT } from "./client.js";
import { layoutGraph } from "./layout.js";
import { REPORT_CSS } from "./style.js";

/** JSON that is safe inside a <script> element: nothing in it can end the element or start a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

const sha256 = (text: string): string => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;

/** What the page script reads: the report's data, reshaped for drawing. */
export function pageData(report: ReportData): Record<string, unknown> {
  const { timeline, network, quoteNetwork } = report;
  const positions = new Map(layoutGraph(network).map((p) => [p.id, p]));
  const index = new Map(network.nodes.map((n, i) => [n.id, i]));
  const labels = new Map(quoteNetwork.nodes.map((n) => [n.id, n]));
  const stats = overviewRows(report.overview).map((r) => [r.measure, r.value]);
  stats.splice(2, 0, ["undated documents", String(report.undatedDocuments)]);
  stats.push(["quotes", `${report.quotes.total} (${report.quotes.shown.length} in this report)`]);
  stats.push([
    "documents in this report",
    `${report.documents.shown.length} of ${report.documents.total}, those with the most quotes and entities`,
  ]);
  if (network.pruned > 0) {
    stats.push(["rare pairs dropped", `${network.pruned}, while counting the network, to bound memory`]);
  }
  return {
    stats,
    topEntities: report.topEntities,
    timeline: {
      by: timeline.by,
      labels: timeline.periods,
      x: timeline.periods.map((p) => periodStart(p).getTime() / 1000),
      documents: timeline.documents,
      series: timeline.series.map((s) => ({
        name: s.name,
        type: s.type,
        values: s.counts.map((c) => c.mentions),
      })),
    },
    network: {
      nodes: network.nodes.map((n) => ({
        label: n.label,
        type: n.type,
        mentions: n.mentions,
        ...positions.get(n.id),
        id: undefined,
      })),
      edges: network.edges.map((e) => ({
        s: index.get(e.source),
        t: index.get(e.target),
        w: e.weight,
        d: e.documents,
        pmi: e.pmi,
      })),
    },
    quoteNetwork: quoteNetwork.edges.map((e) => ({
      speaker: labels.get(e.source)?.label ?? e.source,
      named: labels.get(e.target)?.label ?? e.target,
      type: labels.get(e.target)?.type ?? "",
      quotes: e.quotes ?? e.weight,
      documents: e.documents,
      pmi: e.pmi,
    })),
    quotes: { total: report.quotes.total, rows: report.quotes.shown },
    documents: {
      total: report.documents.total,
      rows: report.documents.shown.map(({ score: _s, seq: _q, ...d }) => d),
    },
  };
}

export function renderReport(report: ReportData): string {
  const { js, css } = uplotAssets();
  const csp = [
    "default-src 'none'",
    `script-src ${sha256(js)} ${sha256(CLIENT_SCRIPT)}`,
    "style-src 'unsafe-inline'",
    "img-src data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  const documents = report.documents.total;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>corpus-cli report: ${documents} documents</title>
<style>${css}</style>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>Corpus report</h1><p class="muted">${documents} documents · written by corpus-cli</p>
<nav><a href="#stats">Stats</a> <a href="#entities">Entities</a> <a href="#timeline">Timeline</a> <a href="#network">Network</a> <a href="#quotes">Quotes</a> <a href="#documents">Documents</a></nav></header>
<main>
<section id="stats"><h2>Corpus</h2><dl id="stats-list"></dl></section>
<section id="entities"><h2>Top entities by type</h2><div id="entities-grid" class="grid"></div></section>
<section id="timeline"><h2>Mentions over time (by ${report.timeline.by})</h2>
<div id="timeline-chart" class="chart"></div>
<h3>Documents per ${report.timeline.by}</h3><div id="documents-chart" class="chart"></div>
<p class="muted">${report.undatedDocuments} document(s) without a date are not in these charts.</p></section>
<section id="network"><h2>Who appears with whom</h2>
<p class="muted">Entities named in the same sentence; line width: sentences together. Hover for counts and PMI.</p>
<div id="network-chart"></div>
<h3>Who names whom in quotes</h3>
<table class="rows"><thead><tr><th>speaker</th><th>named in quotes</th><th>type</th><th>quotes</th><th>documents</th><th>PMI</th></tr></thead><tbody id="quote-network-rows"></tbody></table></section>
<section id="quotes"><h2>Quotes</h2>
<div class="controls"><input id="quote-search" type="search" placeholder="search quotes" aria-label="search quotes">
<select id="quote-speaker" aria-label="speaker"><option value="">all speakers</option></select>
<select id="quote-entity" aria-label="entity named in the quote"><option value="">any entity</option></select></div>
<p class="pager"><button id="quote-prev" type="button">previous</button> <span id="quote-status" aria-live="polite"></span> <button id="quote-next" type="button">next</button></p>
<table class="rows"><thead><tr><th>speaker</th><th>quote</th><th>cue</th><th>document @ offsets</th><th>date</th></tr></thead><tbody id="quote-rows"></tbody></table></section>
<section id="documents"><h2>Documents</h2>
<div class="controls"><input id="doc-search" type="search" placeholder="search documents" aria-label="search documents"></div>
<p class="pager"><button id="doc-prev" type="button">previous</button> <span id="doc-status" aria-live="polite"></span> <button id="doc-next" type="button">next</button></p>
<div id="doc-list"></div></section>
</main>
<script type="application/json" id="report-data">${scriptSafeJson(pageData(report))}</script>
<script>${js}</script>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}
