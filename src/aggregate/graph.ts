import type { EntityType } from "../types.js";
import type { Association } from "./association.js";

/** A node of a network: an entity under its corpus-level name. */
export interface GraphNode {
  id: string;
  label: string;
  type: EntityType;
  mentions: number;
  documents: number;
}

/** An edge with its raw counts and association scores (computed over documents, or quotes). */
export interface GraphEdge extends Association {
  source: string;
  target: string;
  /** The weight the network was ranked and filtered by. */
  weight: number;
  /** Sentences in which both appear (co-occurrence network). */
  sentences?: number;
  /** Documents in which both appear. */
  documents: number;
  /** Quotes by the source that name the target (quote network). */
  quotes?: number;
}

export interface Graph {
  kind: "cooccurrence" | "quotes";
  directed: boolean;
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Pairs dropped while counting to keep memory bounded (0 when the counts are exact). */
  pruned: number;
}

export interface GraphQuery {
  types: ReadonlySet<EntityType>;
  minWeight: number;
  /** The N strongest edges. */
  top?: number;
}

export const nodeId = (type: EntityType, name: string): string => `${type}:${name}`;
