/**
 * The entity types and the parsing of --type, apart from the aggregation (canonical.ts): the options
 * parse them at start-up, also in a run that finds its whole output in the cache and aggregates nothing.
 */
import type { EntityType } from "../types.js";

export const ENTITY_TYPES: readonly EntityType[] = ["person", "country", "place", "organization"];

/** Parses --type person,country,...; plural and "location" accepted. Throws a message for an unknown type. */
export function parseEntityTypes(list: string | undefined): Set<EntityType> {
  if (!list) return new Set(ENTITY_TYPES);
  const types = new Set<EntityType>();
  for (const raw of list.split(",")) {
    const type = raw
      .trim()
      .toLowerCase()
      .replace(/s$/, "")
      .replace(/^people$/, "person");
    const known = ENTITY_TYPES.find((t) => t === type || (type === "location" && t === "place"));
    if (!known) throw new RangeError(`--type: unknown entity type "${raw}" (${ENTITY_TYPES.join(", ")})`);
    types.add(known);
  }
  return types;
}
