import { annotationJson, type DocumentResult } from "../../pipeline/result.js";
import type { Column } from "../columns.js";
import { RawJson } from "../printer.js";

/** The record `annotate` prints as JSON: the cached text when there is one, never parsed and re-serialized. */
export const annotationRecord = (r: DocumentResult): unknown => {
  const json = annotationJson(r);
  return json === undefined ? r.annotation : new RawJson(json);
};

/** When the terminal is narrow, chars go first, then sentences, then the date, then tokens (priority). */
export const annotationColumns: Column<DocumentResult>[] = [
  { header: "document", value: (r) => r.annotation.id, style: "name", grow: 1 },
  { header: "date", value: (r) => r.annotation.date ?? "", style: "dim", priority: 3 },
  { header: "chars", value: (r) => r.annotation.chars, style: "number", priority: 1 },
  { header: "tokens", value: (r) => r.annotation.tokens, style: "number", priority: 4 },
  { header: "sentences", value: (r) => r.annotation.sentences.length, style: "number", priority: 2 },
  { header: "mentions", value: (r) => r.annotation.mentions?.length ?? "", style: "number" },
  { header: "quotes", value: (r) => r.annotation.quotes?.length ?? "", style: "number" },
];
