import type { CorpusEntityRecord } from "../../types.js";
import { bar, type Column } from "../columns.js";

/** An entity row: over the corpus, or within one document when `id` is set (--by-document). */
export interface EntityRow extends CorpusEntityRecord {
  id?: string;
}

function extra(entity: CorpusEntityRecord): string {
  if (entity.type === "person") return (entity.titles ?? []).join(", ");
  if (entity.type === "place") return entity.country ?? "";
  return "";
}

export function entityColumns(
  entities: readonly CorpusEntityRecord[],
  byDocument: boolean,
): Column<EntityRow>[] {
  const max = Math.max(0, ...entities.map((e) => e.count));
  // When the terminal is narrow the bar goes first, then extra, then demonyms, then documents (priority);
  // names and aliases wrap before that (grow).
  const columns: Column<EntityRow>[] = [
    { header: "name", value: (e) => e.name, style: "name", grow: 3 },
    { header: "type", value: (e) => e.type, style: "type" },
    { header: "mentions", value: (e) => e.count, style: "number" },
    {
      header: "demonyms",
      value: (e) => (e.type === "country" ? (e.demonyms ?? 0) : ""),
      style: "number",
      priority: 3,
    },
    {
      header: "relative",
      value: (e) => bar(e.count, max, 10),
      style: "bar",
      tableOnly: true,
      priority: 1,
    },
    { header: "aliases", value: (e) => e.aliases.filter((a) => a !== e.name), style: "dim", grow: 2 },
    { header: "extra", value: extra, grow: 1, priority: 2 },
  ];
  if (byDocument) {
    columns.unshift({ header: "document", value: (e) => e.id ?? "", style: "dim", grow: 1, wrap: false });
  } else {
    columns.splice(3, 0, { header: "documents", value: (e) => e.documents, style: "number", priority: 4 });
  }
  return columns;
}

/** The JSON object of an entity: the contract's fields first, then the optional extras. */
export function entityJson(entity: EntityRow): Record<string, unknown> {
  const { id, name, type, count, documents, aliases, demonyms, titles, country } = entity;
  return {
    ...(id === undefined ? {} : { id }),
    name,
    type,
    count,
    ...(id === undefined ? { documents } : {}),
    aliases,
    ...(demonyms ? { demonyms } : {}),
    ...(titles?.length ? { titles } : {}),
    ...(country ? { country } : {}),
  };
}
