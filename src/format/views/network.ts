import type { Graph, GraphEdge, GraphNode } from "../../aggregate/graph.js";
import { bar, type Column } from "../columns.js";

/** An edge row of `network`: the edge with its end points' names and types. */
export interface EdgeRow extends GraphEdge {
  sourceNode: GraphNode;
  targetNode: GraphNode;
}

export function edgeRows(graph: Graph): EdgeRow[] {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  return graph.edges.map((e) => ({
    ...e,
    sourceNode: nodes.get(e.source) as GraphNode,
    targetNode: nodes.get(e.target) as GraphNode,
  }));
}

export function edgeColumns(graph: Graph): Column<EdgeRow>[] {
  const max = Math.max(0, ...graph.edges.map((e) => e.weight));
  const quotes = graph.kind === "quotes";
  const counts: Column<EdgeRow>[] = quotes
    ? [{ header: "quotes", value: (e) => e.quotes ?? 0, style: "number" }]
    : [{ header: "sentences", value: (e) => e.sentences ?? 0, style: "number" }];
  // When the terminal is narrow the bar goes first, then the types, G², documents and PMI.
  return [
    { header: quotes ? "speaker" : "source", value: (e) => e.sourceNode.label, style: "name", grow: 1 },
    { header: "source type", value: (e) => e.sourceNode.type, style: "type", priority: 2 },
    { header: quotes ? "named" : "target", value: (e) => e.targetNode.label, style: "name", grow: 1 },
    { header: "target type", value: (e) => e.targetNode.type, style: "type", priority: 2 },
    ...counts,
    { header: "documents", value: (e) => e.documents, style: "number", priority: 4 },
    { header: "pmi", value: (e) => e.pmi.toFixed(2), style: "number", priority: 5 },
    { header: "g2", value: (e) => e.g2.toFixed(1), style: "number", priority: 3 },
    {
      header: "relative",
      value: (e) => bar(e.weight, max, 10),
      style: "bar",
      tableOnly: true,
      priority: 1,
    },
  ];
}

/** The JSON object of an edge row: names and types of both ends, then the counts and scores. */
export function edgeJson(e: EdgeRow): Record<string, unknown> {
  return {
    source: e.sourceNode.label,
    sourceType: e.sourceNode.type,
    target: e.targetNode.label,
    targetType: e.targetNode.type,
    weight: e.weight,
    ...(e.sentences === undefined ? {} : { sentences: e.sentences }),
    ...(e.quotes === undefined ? {} : { quotes: e.quotes }),
    documents: e.documents,
    pmi: e.pmi,
    g2: e.g2,
  };
}
