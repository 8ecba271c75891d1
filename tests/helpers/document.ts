import type { Document } from "../../src/types.js";

/** A document that is all body: no header is read from `text`, whatever it starts with. */
export function bodyOnlyDocument(text: string): Document {
  return { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" };
}
