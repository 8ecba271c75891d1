/**
 * Positions for the report's network, computed once when the report is written (ForceAtlas2, Gephi's
 * layout, from graphology) so that the page only draws: opening the report runs no simulation. The start
 * positions are a circle in node order and the iterations fixed, so the same graph always gets the same
 * picture (a merged run writes the same report as one run).
 */
import { UndirectedGraph } from "graphology";
import forceAtlas2Module from "graphology-layout-forceatlas2";
import type { Graph as EntityGraph } from "../../aggregate/graph.js";

export interface Positioned {
  id: string;
  x: number;
  y: number;
}

const ITERATIONS = 300;

// A CommonJS package: under NodeNext its types describe the namespace, while Node hands over module.exports.
const forceAtlas2 = forceAtlas2Module as unknown as typeof import("graphology-layout-forceatlas2").default;

/** Node positions scaled into the unit square [0, 1]². */
export function layoutGraph(graph: EntityGraph): Positioned[] {
  const g = new UndirectedGraph();
  const n = graph.nodes.length;
  graph.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, n);
    g.addNode(node.id, { x: Math.cos(angle), y: Math.sin(angle) });
  });
  for (const e of graph.edges) {
    if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target, { weight: e.weight });
  }
  if (n > 1) {
    forceAtlas2.assign(g, {
      iterations: ITERATIONS,
      settings: { ...forceAtlas2.inferSettings(g), gravity: 1, scalingRatio: 4 },
      getEdgeWeight: "weight",
    });
  }
  const raw = graph.nodes.map((node) => ({
    id: node.id,
    x: g.getNodeAttribute(node.id, "x") as number,
    y: g.getNodeAttribute(node.id, "y") as number,
  }));
  const span = (values: number[]) => {
    const min = Math.min(...values);
    const range = Math.max(...values) - min;
    return (v: number) => (range > 0 ? (v - min) / range : 0.5);
  };
  const sx = span(raw.map((p) => p.x));
  const sy = span(raw.map((p) => p.y));
  const round = (v: number) => Math.round(v * 1000) / 1000;
  return raw.map((p) => ({ id: p.id, x: round(sx(p.x)), y: round(sy(p.y)) }));
}
