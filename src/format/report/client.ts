/**
 * The report's script, run by the browser when the file opens. Plain ES5-level JavaScript in a string (the
 * project's TypeScript has no DOM types): it draws from the JSON data block and builds every node with
 * createElement and textContent, never innerHTML, so no text from a document is ever parsed as HTML.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
"use strict";
var data = JSON.parse(document.getElementById("report-data").textContent);
// Okabe–Ito colours: told apart by readers with any common colour-vision deficiency.
var TYPE_COLORS = { person: "#0072B2", country: "#D55E00", place: "#009E73", organization: "#CC79A7" };
var SERIES = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#882255"];
var TYPE_TITLES = { person: "People", country: "Countries", place: "Places", organization: "Organizations" };
var $ = function (id) { return document.getElementById(id); };

function el(tag, attrs, text) {
  var e = document.createElement(tag);
  if (attrs) for (var k in attrs) e.setAttribute(k, attrs[k]);
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}
function svg(tag, attrs) {
  var e = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (var k in attrs) e.setAttribute(k, attrs[k]);
  return e;
}
function fmt(n) { return Number(n).toLocaleString("en-US"); }

// Corpus stats
(function () {
  var dl = $("stats-list");
  data.stats.forEach(function (row) {
    dl.appendChild(el("dt", null, row[0]));
    dl.appendChild(el("dd", null, row[1]));
  });
})();

// Top entities by type: bars in plain HTML, readable without the script's charts.
(function () {
  var root = $("entities-grid");
  ["person", "country", "place", "organization"].forEach(function (type) {
    var list = data.topEntities[type] || [];
    var box = el("div", { class: "entity-box" });
    box.appendChild(el("h3", null, TYPE_TITLES[type]));
    if (list.length === 0) box.appendChild(el("p", { class: "muted" }, "none found"));
    var max = list.length ? list[0].mentions : 1;
    var ol = el("ol", { class: "bars" });
    list.forEach(function (e) {
      var li = el("li", { title: e.mentions + " mentions in " + e.documents + " documents" });
      li.appendChild(el("span", { class: "bar-label" }, e.name));
      var track = el("span", { class: "bar-track" });
      var bar = el("span", { class: "bar" });
      bar.style.width = Math.max(2, (100 * e.mentions) / max) + "%";
      bar.style.background = TYPE_COLORS[type];
      track.appendChild(bar);
      li.appendChild(track);
      li.appendChild(el("span", { class: "bar-value" }, fmt(e.mentions)));
      ol.appendChild(li);
    });
    box.appendChild(ol);
    root.appendChild(box);
  });
})();

// Timelines (uPlot)
var DAY = 86400;
function timeChart(target, series, xs, bars) {
  var width = Math.max(320, target.clientWidth || 800);
  var opts = {
    width: width,
    height: 280,
    scales: { x: { time: true, range: function (u, min, max) { return min === max ? [min - 20 * DAY, max + 20 * DAY] : [min, max]; } } },
    legend: { live: false },
    // Wide enough for "12,000": uPlot's default axis width cuts off five-digit counts.
    axes: [{}, { size: 64 }],
    series: [{}].concat(series.map(function (s, i) {
      var color = s.color || SERIES[i % SERIES.length];
      var out = { label: s.name, stroke: color, width: 2, points: { show: xs.length < 80, size: 6, fill: color } };
      if (bars) { out.fill = color; out.paths = uPlot.paths.bars({ size: [0.7, 60] }); out.points = { show: false }; }
      return out;
    })),
  };
  return new uPlot(opts, [xs].concat(series.map(function (s) { return s.values; })), target);
}
(function () {
  var t = data.timeline;
  if (t.x.length === 0) { $("timeline-chart").appendChild(el("p", { class: "muted" }, "No dated documents.")); return; }
  timeChart($("timeline-chart"), t.series, t.x, false);
  timeChart($("documents-chart"), [{ name: "documents", values: t.documents, color: "#56B4E9" }], t.x, true);
})();

// The co-occurrence network: positions computed when the report was written; drawn as SVG.
(function () {
  var net = data.network, W = 900, H = 560, PAD = 50;
  var root = $("network-chart");
  if (net.nodes.length === 0) { root.appendChild(el("p", { class: "muted" }, "No entities appear together.")); return; }
  var s = svg("svg", { viewBox: "0 0 " + W + " " + H, role: "img", "aria-label": "co-occurrence network of the most connected entities", class: "network" });
  var maxW = 1, maxM = 1;
  net.edges.forEach(function (e) { maxW = Math.max(maxW, e.w); });
  net.nodes.forEach(function (n) { maxM = Math.max(maxM, n.mentions); });
  var px = function (n) { return PAD + n.x * (W - 2 * PAD); };
  var py = function (n) { return PAD + n.y * (H - 2 * PAD); };
  var edges = svg("g", { class: "edges" });
  net.edges.forEach(function (e) {
    var a = net.nodes[e.s], b = net.nodes[e.t];
    var line = svg("line", { x1: px(a), y1: py(a), x2: px(b), y2: py(b), "stroke-width": 0.6 + (5 * e.w) / maxW });
    var title = svg("title", {});
    title.textContent = a.label + " – " + b.label + ": " + e.w + " sentences, " + e.d + " documents, PMI " + e.pmi;
    line.appendChild(title);
    edges.appendChild(line);
  });
  s.appendChild(edges);
  var nodes = svg("g", { class: "nodes" });
  var labelled = net.nodes.slice().sort(function (a, b) { return b.mentions - a.mentions; }).slice(0, 30);
  net.nodes.forEach(function (n) {
    var g = svg("g", {});
    var c = svg("circle", { cx: px(n), cy: py(n), r: 4 + 12 * Math.sqrt(n.mentions / maxM), fill: TYPE_COLORS[n.type] });
    var title = svg("title", {});
    title.textContent = n.label + " (" + n.type + "): " + n.mentions + " mentions";
    c.appendChild(title);
    g.appendChild(c);
    if (labelled.indexOf(n) >= 0) {
      var text = svg("text", { x: px(n) + 8, y: py(n) + 4 });
      text.textContent = n.label;
      g.appendChild(text);
    }
    nodes.appendChild(g);
  });
  s.appendChild(nodes);
  root.appendChild(s);
  var legend = el("p", { class: "legend" });
  Object.keys(TYPE_COLORS).forEach(function (type) {
    var key = el("span", { class: "swatch" });
    key.style.background = TYPE_COLORS[type];
    legend.appendChild(key);
    legend.appendChild(document.createTextNode(" " + type + "  "));
  });
  root.appendChild(legend);
})();

// Rows of a small table, one cell per value.
function fillTable(tbody, rows) {
  tbody.textContent = "";
  rows.forEach(function (cells) {
    var tr = el("tr");
    cells.forEach(function (c) { tr.appendChild(c instanceof Node ? wrapCell(c) : el("td", null, c)); });
    tbody.appendChild(tr);
  });
}
function wrapCell(node) { var td = el("td"); td.appendChild(node); return td; }

fillTable($("quote-network-rows"), data.quoteNetwork.map(function (e) {
  return [e.speaker, e.named, e.type, fmt(e.quotes), fmt(e.documents), e.pmi.toFixed(2)];
}));

// A paged list: render(page rows) after filtering.
function pager(prefix, pageSize, items, render) {
  var page = 0, filtered = items;
  function draw() {
    var pages = Math.max(1, Math.ceil(filtered.length / pageSize));
    page = Math.min(page, pages - 1);
    render(filtered.slice(page * pageSize, (page + 1) * pageSize));
    $(prefix + "-status").textContent = filtered.length === 0 ? "no matches" :
      "showing " + fmt(page * pageSize + 1) + "–" + fmt(Math.min(filtered.length, (page + 1) * pageSize)) + " of " + fmt(filtered.length) + " (page " + (page + 1) + " of " + pages + ")";
    $(prefix + "-prev").disabled = page === 0;
    $(prefix + "-next").disabled = page >= pages - 1;
  }
  $(prefix + "-prev").addEventListener("click", function () { page -= 1; draw(); });
  $(prefix + "-next").addEventListener("click", function () { page += 1; draw(); });
  return {
    filter: function (keep) { filtered = items.filter(keep); page = 0; draw(); },
    show: function (item) { filtered = items; page = Math.floor(items.indexOf(item) / pageSize); draw(); },
  };
}

// Documents: paged cards; quotes link to them.
var docIndex = {};
data.documents.rows.forEach(function (d, i) { d.index = i; docIndex[d.id] = d; });
var docs = pager("doc", 20, data.documents.rows, function (rows) {
  var list = $("doc-list");
  list.textContent = "";
  rows.forEach(function (d) {
    var card = el("article", { id: "doc-" + d.index, class: "doc" });
    var h = el("h3", null, d.id);
    if (d.date) h.appendChild(el("span", { class: "muted" }, "  " + d.date));
    card.appendChild(h);
    card.appendChild(el("p", null, d.summary.join(" ") || "(no sentences)"));
    var facts = [];
    if (d.people.length) facts.push("people: " + d.people.join(", "));
    if (d.countries.length) facts.push("countries: " + d.countries.join(", "));
    if (d.places.length) facts.push("places: " + d.places.join(", "));
    facts.push("quotes: " + d.quotes + (d.mostQuoted ? " (most quoted: " + d.mostQuoted + ")" : ""));
    card.appendChild(el("p", { class: "muted" }, facts.join(" · ")));
    card.appendChild(el("p", { class: "path" }, d.path));
    list.appendChild(card);
  });
});
$("doc-search").addEventListener("input", function (ev) {
  var q = ev.target.value.toLowerCase();
  docs.filter(function (d) { return !q || (d.id + " " + d.summary.join(" ") + " " + d.people.join(" ") + " " + d.countries.join(" ") + " " + d.places.join(" ")).toLowerCase().indexOf(q) >= 0; });
});
function showDocument() {
  var m = /^#doc-(\d+)$/.exec(location.hash);
  var d = m && data.documents.rows[Number(m[1])];
  if (!d) return;
  $("doc-search").value = "";
  docs.show(d);
  var card = $("doc-" + d.index);
  if (card) card.scrollIntoView();
}
window.addEventListener("hashchange", showDocument);

// Quotes: search, speaker and entity filters, pages of 50.
var quotes = pager("quote", 50, data.quotes.rows, function (rows) {
  fillTable($("quote-rows"), rows.map(function (q) {
    var where = el("span");
    var d = docIndex[q.id];
    where.appendChild(d ? el("a", { href: "#doc-" + d.index }, q.id) : el("span", null, q.id));
    where.appendChild(el("span", { class: "muted" }, " @" + q.start + "–" + q.end));
    var speaker = el("span", null, q.speaker || "(unknown)");
    if (q.namedAs && q.namedAs !== q.speaker) speaker.appendChild(el("span", { class: "muted" }, " — " + q.namedAs));
    return [speaker, "“" + q.text + "”", q.cue || "", where, q.date || ""];
  }));
});
function options(select, counts) {
  Object.keys(counts).sort(function (a, b) { return counts[b] - counts[a] || (a < b ? -1 : 1); }).forEach(function (name) {
    var o = el("option", null, name + " (" + counts[name] + ")");
    o.value = name;
    select.appendChild(o);
  });
}
(function () {
  var speakers = {}, entities = {};
  data.quotes.rows.forEach(function (q) {
    if (q.speaker) speakers[q.speaker] = (speakers[q.speaker] || 0) + 1;
    q.entities.forEach(function (e) { entities[e] = (entities[e] || 0) + 1; });
  });
  options($("quote-speaker"), speakers);
  options($("quote-entity"), entities);
})();
function filterQuotes() {
  var q = $("quote-search").value.toLowerCase(), sp = $("quote-speaker").value, en = $("quote-entity").value;
  quotes.filter(function (row) {
    if (sp && row.speaker !== sp) return false;
    if (en && row.entities.indexOf(en) < 0) return false;
    return !q || (row.text + " " + row.speaker + " " + row.id).toLowerCase().indexOf(q) >= 0;
  });
}
$("quote-search").addEventListener("input", filterQuotes);
$("quote-speaker").addEventListener("change", filterQuotes);
$("quote-entity").addEventListener("change", filterQuotes);
filterQuotes();
docs.filter(function () { return true; });
showDocument();
// When the page was drawn, for scripts/bench/report-open.ts.
performance.readyAt = performance.now();
document.body.setAttribute("data-ready", "true");
})();
`;
