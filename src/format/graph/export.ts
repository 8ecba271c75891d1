/**
 * A network in the formats graph tools read: GEXF 1.3 (Gephi), GraphML (networkx, Cytoscape, yEd), DOT
 * (Graphviz) and JSON {nodes, edges} (d3, sigma, vis). Every value from a document is escaped for its
 * format; ids are the entity's type and name ("person:Dana Whitlow").
 */
import type { Graph, GraphEdge } from "../../aggregate/graph.js";

export const GRAPH_FORMATS = ["gexf", "graphml", "dot", "json"] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

/** XML text and attribute values; characters XML 1.0 forbids are dropped. */
export function xml(text: string | number): string {
  return String(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

const EDGE_ATTRIBUTES = ["sentences", "documents", "quotes", "pmi", "g2"] as const;
type EdgeAttribute = (typeof EDGE_ATTRIBUTES)[number];

function edgeAttributes(graph: Graph): EdgeAttribute[] {
  return EDGE_ATTRIBUTES.filter((a) => graph.edges.some((e) => e[a] !== undefined));
}

const attrType = (a: EdgeAttribute): string => (a === "pmi" || a === "g2" ? "double" : "integer");

function gexf(graph: Graph): string {
  const attrs = edgeAttributes(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    `  <meta><creator>corpus-cli</creator><description>${graph.kind} network</description></meta>`,
    `  <graph mode="static" defaultedgetype="${graph.directed ? "directed" : "undirected"}">`,
    '    <attributes class="node">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="mentions" title="mentions" type="integer"/>',
    '      <attribute id="documents" title="documents" type="integer"/>',
    "    </attributes>",
    '    <attributes class="edge">',
    ...attrs.map((a) => `      <attribute id="${a}" title="${a}" type="${attrType(a)}"/>`),
    "    </attributes>",
    "    <nodes>",
  ];
  for (const n of graph.nodes) {
    lines.push(
      `      <node id="${xml(n.id)}" label="${xml(n.label)}"><attvalues>` +
        `<attvalue for="type" value="${n.type}"/><attvalue for="mentions" value="${n.mentions}"/>` +
        `<attvalue for="documents" value="${n.documents}"/></attvalues></node>`,
    );
  }
  lines.push("    </nodes>", "    <edges>");
  graph.edges.forEach((e, i) => {
    const values = attrs.map((a) => `<attvalue for="${a}" value="${e[a] ?? 0}"/>`).join("");
    lines.push(
      `      <edge id="${i}" source="${xml(e.source)}" target="${xml(e.target)}" weight="${e.weight}">` +
        `<attvalues>${values}</attvalues></edge>`,
    );
  });
  lines.push("    </edges>", "  </graph>", "</gexf>", "");
  return lines.join("\n");
}

function graphml(graph: Graph): string {
  const attrs = edgeAttributes(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
    '  <key id="ndocuments" for="node" attr.name="documents" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    ...attrs.map(
      (a) =>
        `  <key id="${a}" for="edge" attr.name="${a}" attr.type="${attrType(a) === "double" ? "double" : "int"}"/>`,
    ),
    `  <graph id="${graph.kind}" edgedefault="${graph.directed ? "directed" : "undirected"}">`,
  ];
  for (const n of graph.nodes) {
    lines.push(
      `    <node id="${xml(n.id)}"><data key="label">${xml(n.label)}</data><data key="type">${n.type}</data>` +
        `<data key="mentions">${n.mentions}</data><data key="ndocuments">${n.documents}</data></node>`,
    );
  }
  for (const e of graph.edges) {
    const data = attrs.map((a) => `<data key="${a}">${e[a] ?? 0}</data>`).join("");
    lines.push(
      `    <edge source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.weight}</data>${data}</edge>`,
    );
  }
  lines.push("  </graph>", "</graphml>", "");
  return lines.join("\n");
}

/** A DOT identifier: always double-quoted, with quotes and backslashes escaped and line breaks removed. */
function dotId(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&").replace(/[\r\n\u2028\u2029]+/g, " ")}"`;
}

function dot(graph: Graph): string {
  const arrow = graph.directed ? "->" : "--";
  const lines = [`${graph.directed ? "digraph" : "graph"} ${graph.kind} {`];
  for (const n of graph.nodes) {
    lines.push(
      `  ${dotId(n.id)} [label=${dotId(n.label)}, type=${n.type}, mentions=${n.mentions}, documents=${n.documents}];`,
    );
  }
  for (const e of graph.edges) {
    const attrs = edgeAttributes(graph).map((a) => `${a}=${e[a] ?? 0}`);
    lines.push(`  ${dotId(e.source)} ${arrow} ${dotId(e.target)} [weight=${e.weight}, ${attrs.join(", ")}];`);
  }
  lines.push("}", "");
  return lines.join("\n");
}

/** JSON nodes/edges, as d3-force and sigma take them. */
export function graphJson(graph: Graph): { directed: boolean; nodes: unknown[]; edges: GraphEdge[] } {
  return { directed: graph.directed, nodes: graph.nodes, edges: graph.edges };
}

export function exportGraph(graph: Graph, format: GraphFormat): string {
  if (format === "gexf") return gexf(graph);
  if (format === "graphml") return graphml(graph);
  if (format === "dot") return dot(graph);
  return `${JSON.stringify(graphJson(graph), null, 2)}\n`;
}
