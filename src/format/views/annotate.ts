import { annotationJson, type DocumentResult } from "../../pipeline/result.js";
import type { Column } from "../columns.js";
import { RawJson } from "../printer.js";

/** The record `annotate` prints as JSON: the cached text when there is one, never parsed and re-serialized. */
export const annotationRecord = (r: DocumentResult): unknown => {
  const json = annotationJson(r);
  return json === undefined ? r.annotation : new RawJson(json);
};

export const annotationColumns: Column<DocumentResult>[] = [
  { header: "document", value: (r) => r.annotation.id, style: "name", grow: 1 },
  { header: "date", value: (r) => r.annotation.date ?? "", style: "dim" },
  { header: "chars", value: (r) => r.annotation.chars, style: "number" },
  { header: "tokens", value: (r) => r.annotation.tokens, style: "number" },
  { header: "sentences", value: (r) => r.annotation.sentences.length, style: "number" },
  { header: "mentions", value: (r) => r.annotation.mentions?.length ?? "", style: "number" },
  { header: "quotes", value: (r) => r.annotation.quotes?.length ?? "", style: "number" },
];
