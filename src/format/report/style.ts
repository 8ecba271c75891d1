/** The report's styles: readable type, contrast above WCAG AA, a layout that works from phone to desktop. */
export const REPORT_CSS = `
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; margin: 0; background: #fff; }
header, main { max-width: 1100px; margin: 0 auto; padding: 0 1rem; }
header nav a { margin-right: 1rem; color: #0a58a8; }
h1 { margin: 1rem 0 0.2rem; } h2 { border-bottom: 1px solid #ccc; margin-top: 2.2rem; } h3 { margin: 1rem 0 0.4rem; font-size: 1rem; }
.muted { color: #555; } .path { color: #555; font-size: 0.85em; word-break: break-all; }
dl#stats-list { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; }
dt { font-weight: 600; } dd { margin: 0; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); gap: 1rem; }
ol.bars { list-style: none; padding: 0; margin: 0; }
ol.bars li { display: grid; grid-template-columns: 9rem 1fr 3.5rem; align-items: center; gap: 0.4rem; font-size: 0.9em; }
.bar-label { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.bar-track { background: #eee; height: 0.8rem; } .bar { display: block; height: 100%; }
.bar-value { text-align: right; font-variant-numeric: tabular-nums; }
.chart { min-height: 100px; }
svg.network { width: 100%; height: auto; border: 1px solid #ddd; background: #fcfcfc; }
svg.network line { stroke: #777; stroke-opacity: 0.55; }
svg.network circle { stroke: #fff; stroke-width: 1; }
svg.network text { font-size: 11px; fill: #1a1a1a; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.legend .swatch { display: inline-block; width: 0.8rem; height: 0.8rem; border-radius: 50%; vertical-align: middle; }
table.rows { border-collapse: collapse; width: 100%; font-size: 0.92em; }
table.rows th, table.rows td { text-align: left; vertical-align: top; padding: 0.3rem 0.5rem; border-bottom: 1px solid #e2e2e2; }
.controls { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0.5rem 0; }
.controls input, .controls select, button { font: inherit; padding: 0.25rem 0.4rem; }
article.doc { border-bottom: 1px solid #e2e2e2; padding: 0.4rem 0; }
article.doc h3 { margin: 0.3rem 0; word-break: break-all; }
a:focus, button:focus, input:focus, select:focus { outline: 3px solid #E69F00; outline-offset: 1px; }
`;
