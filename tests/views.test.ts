import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { association } from "../src/aggregate/association.js";
import type { Graph } from "../src/aggregate/graph.js";
import { CooccurrenceAggregator, QuoteNetworkAggregator } from "../src/aggregate/network.js";
import { type Period, periodOf, periodRange } from "../src/aggregate/periods.js";
import { TimelineAggregator } from "../src/aggregate/timeline.js";
import { exportGraph } from "../src/format/graph/export.js";
import { scriptSafeJson } from "../src/format/report/html.js";
import { sparkline } from "../src/format/views/timeline.js";
import type { Annotation, EntityRecord, Mention, Quote } from "../src/types.js";

const ALL = new Set(["person", "country", "place", "organization"] as const);

/** An annotation written by hand: `text` split into sentences at ". ", entities found by their names. */
function doc(
  id: string,
  date: string | null,
  text: string,
  names: [string, EntityRecord["type"]][],
  quotes: Quote[] = [],
): Annotation {
  const sentences: { start: number; end: number }[] = [];
  let start = 0;
  for (const part of text.split(/(?<=\.) /)) {
    sentences.push({ start, end: start + part.length });
    start += part.length + 1;
  }
  const mentions: Mention[] = [];
  for (const [name, type] of names) {
    const word = name.split(" ").at(-1) as string;
    for (const m of text.matchAll(new RegExp(`(?:${name}|${word})`, "g"))) {
      mentions.push({ start: m.index, end: m.index + m[0].length, text: m[0], type, entity: name });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  const entities = names.map(([name, type]) => ({
    name,
    type,
    count: mentions.filter((m) => m.entity === name).length,
    aliases: [name],
  }));
  return { id, path: id, date, chars: text.length, tokens: 0, sentences, mentions, entities, quotes };
}

describe("periods", () => {
  it.each([
    ["2020-10-07", "day", "2020-10-07"],
    ["2020-10-07", "week", "2020-W41"],
    ["2021-01-03", "week", "2020-W53"],
    ["2021-01-04", "week", "2021-W01"],
    ["2020-10-07", "month", "2020-10"],
    ["2020-10-07", "year", "2020"],
    ["2020-13-45", "month", null],
    ["yesterday", "day", null],
  ])("%s by %s is %s", (date, by, period) => {
    expect(periodOf(date, by as Period)).toBe(period);
  });

  it.each([
    ["2020-11", "2021-02", "month", ["2020-11", "2020-12", "2021-01", "2021-02"]],
    ["2020-W52", "2021-W01", "week", ["2020-W52", "2020-W53", "2021-W01"]],
    ["2019", "2021", "year", ["2019", "2020", "2021"]],
    ["2020-02-28", "2020-03-01", "day", ["2020-02-28", "2020-02-29", "2020-03-01"]],
  ])("from %s to %s by %s, empty periods included", (first, last, by, periods) => {
    expect(periodRange(first, last, by as Period)).toEqual(periods);
  });
});

describe("sparkline", () => {
  it.each([
    [[0, 1, 8], 3, " ▁█"],
    [[4, 4], 2, "██"],
    [[1, 1, 1, 1], 2, "██"],
    [[], 5, ""],
  ])("%j in %i cells", (values, width, line) => {
    expect(sparkline(values, width)).toBe(line);
  });
});

describe("association scores", () => {
  it.each([
    ["independent", 25, 50, 50, 100, 0],
    ["always together", 10, 10, 10, 100, Math.log2(10)],
    ["half as often as chance", 5, 20, 50, 100, -1],
  ])("%s: PMI", (_, both, a, b, n, pmi) => {
    expect(association(both, a, b, n).pmi).toBeCloseTo(pmi, 2);
  });

  it("G² is zero at independence and grows with evidence", () => {
    expect(association(25, 50, 50, 100).g2).toBe(0);
    expect(association(20, 20, 20, 1000).g2).toBeGreaterThan(association(2, 2, 2, 100).g2);
  });
});

describe("timeline", () => {
  const docs = [
    doc("a", "2020-01-05", "Hassan Rouhani spoke. Rouhani left.", [["Hassan Rouhani", "person"]]),
    doc("b", "2020-03-01", "Rouhani spoke in Baku.", [
      ["Rouhani", "person"],
      ["Baku", "place"],
    ]),
    doc("c", null, "Rouhani was quoted.", [["Rouhani", "person"]]),
  ];
  const aggregator = new TimelineAggregator("month");
  for (const d of docs) aggregator.add(d);

  it("joins names to corpus-level entities, fills empty periods and counts undated documents apart", () => {
    const t = aggregator.result({ types: ALL, names: [] });
    expect(t.periods).toEqual(["2020-01", "2020-02", "2020-03"]);
    expect(t.documents).toEqual([1, 0, 1]);
    expect(t.undatedDocuments).toBe(1);
    const [rouhani] = t.series;
    expect(rouhani?.name).toBe("Hassan Rouhani");
    expect(rouhani?.counts.map((c) => c.mentions)).toEqual([2, 0, 1]);
    expect(rouhani?.undated).toEqual({ mentions: 1, documents: 1 });
    expect(rouhani?.mentions).toBe(4);
  });

  it.each([
    [["rouhani"], ["Hassan Rouhani"]],
    [["HASSAN ROUHANI"], ["Hassan Rouhani"]],
    [
      ["baku", "Rouhani"],
      ["Hassan Rouhani", "Baku"],
    ],
    [["Aliyev"], []],
  ])("--entity %j", (names, found) => {
    expect(aggregator.result({ types: ALL, names }).series.map((s) => s.name)).toEqual(found);
  });
});

describe("networks", () => {
  const text = "Maria Lindqvist met Okafor in Oslo. Okafor went to Kenya. Lindqvist stayed.";
  const people: [string, EntityRecord["type"]][] = [
    ["Maria Lindqvist", "person"],
    ["Tomas Okafor", "person"],
    ["Oslo", "place"],
    ["Kenya", "country"],
  ];

  it("counts same-sentence and same-document co-occurrence as two weights", () => {
    const aggregator = new CooccurrenceAggregator("sentences");
    aggregator.add(doc("a", null, text, people));
    const graph = aggregator.result({ types: ALL, minWeight: 0 });
    const edge = (a: string, b: string) =>
      graph.edges.find((e) => [e.source, e.target].sort().join() === [a, b].sort().join());
    expect(edge("person:Maria Lindqvist", "person:Tomas Okafor")).toMatchObject({
      sentences: 1,
      documents: 1,
    });
    expect(edge("country:Kenya", "person:Tomas Okafor")).toMatchObject({ sentences: 1, documents: 1 });
    expect(edge("country:Kenya", "person:Maria Lindqvist")).toMatchObject({ sentences: 0, documents: 1 });
    expect(aggregator.result({ types: ALL, minWeight: 1 }).edges).toHaveLength(4);
  });

  it("links a speaker to the entities named inside their quotes, never to themselves", () => {
    const said = "“Oslo and Kenya agree, and Lindqvist knows it,” Lindqvist said.";
    const quote: Quote = {
      start: 0,
      end: said.indexOf("”") + 1,
      text: "",
      partial: false,
      speaker: { name: "Maria Lindqvist", mention: null },
      cue: null,
    };
    const aggregator = new QuoteNetworkAggregator();
    aggregator.add(doc("q", null, said, [people[0], people[2], people[3]] as typeof people, [quote]));
    const graph = aggregator.result({ types: ALL, minWeight: 1 });
    expect(graph.directed).toBe(true);
    expect(graph.edges.map((e) => `${e.source} -> ${e.target}`).sort()).toEqual([
      "person:Maria Lindqvist -> country:Kenya",
      "person:Maria Lindqvist -> place:Oslo",
    ]);
  });

  it("bounds the pair table: rare pairs are dropped and counted, frequent ones stay exact", () => {
    const aggregator = new CooccurrenceAggregator("documents", 40);
    for (let i = 0; i < 30; i++) {
      aggregator.add(
        doc(`d${i}`, null, `Oslo met Kenya and X${i} and Y${i}.`, [
          ["Oslo", "place"],
          ["Kenya", "country"],
          [`X${i}`, "organization"],
          [`Y${i}`, "organization"],
        ]),
      );
    }
    const graph = aggregator.result({ types: ALL, minWeight: 1, top: 1 });
    expect(graph.pruned).toBeGreaterThan(0);
    expect(graph.edges[0]).toMatchObject({ source: "country:Kenya", target: "place:Oslo", documents: 30 });
  });
});

describe("graph exports escape text from documents", () => {
  const graph: Graph = {
    kind: "cooccurrence",
    directed: false,
    pruned: 0,
    nodes: [
      { id: 'person:A "<b>&\u0007', label: 'A "<b>&\u0007', type: "person", mentions: 2, documents: 1 },
      { id: "place:B\nC", label: "B\nC", type: "place", mentions: 1, documents: 1 },
    ],
    edges: [
      {
        source: 'person:A "<b>&\u0007',
        target: "place:B\nC",
        weight: 1,
        sentences: 1,
        documents: 1,
        pmi: 0,
        g2: 0,
      },
    ],
  };

  it.each([
    ["gexf", 'label="A &quot;&lt;b&gt;&amp;"'],
    ["graphml", '<data key="label">A &quot;&lt;b&gt;&amp;</data>'],
    ["dot", '"person:A \\"<b>&\u0007" -- "place:B C"'],
  ] as const)("%s", (format, expected) => {
    const out = exportGraph(graph, format);
    expect(out).toContain(expected);
    const xmlForbidden = [...out].some((c) => (c.codePointAt(0) ?? 0) < 9) || out.includes("<b>");
    expect(xmlForbidden).toBe(format === "dot");
  });

  it("json: nodes and edges as they are", () => {
    const out = JSON.parse(exportGraph(graph, "json"));
    expect(out.nodes[0].label).toBe('A "<b>&\u0007');
    expect(out.edges).toHaveLength(1);
  });
});

describe("scriptSafeJson (data inside the report's <script> element)", () => {
  it("never contains a character that could end the element, and parses back to the same value", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const json = scriptSafeJson({ text });
        expect(json).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(json)).toEqual({ text });
      }),
    );
  });
});
