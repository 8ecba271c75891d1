/**
 * A document's result in serialized form: what a worker sends back and what the cache stores. Strings
 * cross a thread boundary as one copy, where an object graph is rebuilt node by node; the annotation's JSON
 * is what `annotate --jsonl` prints and what the cache stores, so a result is serialized once, in the
 * worker, and parsed only by the commands that read it. (Measured on 19,779 Reuters articles: cloning
 * result objects, stringifying them for the cache and again for the output took 2.5 s of the main thread.)
 *
 * The document's id and path are blanked in the packed form, so that a moved or copied file still finds
 * its cached result; they are patched back by unpack().
 */
import type { Diagnostic, Document } from "../types.js";
import { type DocumentResult, withAnnotationJson } from "./result.js";

export interface PackedResult {
  /** The document's length in characters: a stored result is used only for a text of this length. */
  chars: number;
  /** The annotation's JSON with id and path blanked: it starts with BLANK_NAMES. */
  annotation: string;
  /** JSON array of the diagnostics, those about this document with a blank document name. */
  diagnostics: string;
  /** JSON of the word counts. */
  words: string;
}

/** How every packed annotation begins: id and path come first in the record, blanked. */
const BLANK_NAMES = '{"id":"","path":""';

/**
 * The packed form of a result; null when the result mentions its id or path anywhere else, since
 * patching could not restore it (such a result travels as objects and is not cached).
 */
export function pack(result: DocumentResult, doc: Document): PackedResult | null {
  const annotation = JSON.stringify({ ...result.annotation, id: "", path: "" });
  const diagnostics = JSON.stringify(
    result.diagnostics.map((d) => (d.document === doc.id ? { ...d, document: "" } : d)),
  );
  if (!annotation.startsWith(BLANK_NAMES)) return null;
  for (const name of [doc.id, doc.path]) {
    const quoted = JSON.stringify(name);
    if (name.length > 0 && (annotation.includes(quoted) || diagnostics.includes(quoted))) return null;
  }
  return { chars: result.annotation.chars, annotation, diagnostics, words: JSON.stringify(result.words) };
}

/**
 * The result of a packed one, for this document; undefined when it does not fit the document (length,
 * shape): a stored row that does not fit is a miss, never trusted. Nothing big is parsed here: the
 * annotation and the word counts are parsed on first access, and `annotate` prints the annotation's JSON
 * as it is (see annotationJson). `words` reads the word counts when they are not in `packed` (the cache
 * leaves them in the database until asked).
 */
export function unpack(
  packed: Omit<PackedResult, "words"> & { words?: string },
  doc: Document,
  words: () => string | undefined = () => packed.words,
): DocumentResult | undefined {
  const stored = packed.annotation;
  if (packed.chars !== doc.text.length || !stored.startsWith(BLANK_NAMES) || !stored.endsWith("}")) {
    return undefined;
  }
  let diagnostics: Diagnostic[];
  try {
    diagnostics = JSON.parse(packed.diagnostics);
  } catch {
    return undefined;
  }
  if (!Array.isArray(diagnostics)) return undefined;
  for (const d of diagnostics) if (d.document === "") d.document = doc.id;
  const json = `{"id":${JSON.stringify(doc.id)},"path":${JSON.stringify(doc.path)}${stored.slice(BLANK_NAMES.length)}`;
  return lazyResult(json, diagnostics, words, doc);
}

/**
 * A DocumentResult whose annotation and words are parsed on first access. They stay accessors (own and
 * enumerable, so JSON.stringify and spreading see them), so that replacing the annotation also forgets
 * its stored JSON.
 */
function lazyResult(
  json: string,
  diagnostics: Diagnostic[],
  words: () => string | undefined,
  doc: Document,
): DocumentResult {
  let annotation: DocumentResult["annotation"] | undefined;
  let wordCounts: DocumentResult["words"] | undefined;
  const result = { diagnostics } as DocumentResult;
  Object.defineProperties(result, {
    annotation: {
      enumerable: true,
      get: () => {
        annotation ??= parseAnnotation(json, doc);
        return annotation;
      },
      set: (value: DocumentResult["annotation"]) => {
        annotation = value;
        withAnnotationJson(result, undefined);
      },
    },
    words: {
      enumerable: true,
      get: () => {
        wordCounts ??= parseWords(words());
        return wordCounts;
      },
      set: (value: DocumentResult["words"]) => {
        wordCounts = value;
      },
    },
  });
  return withAnnotationJson(result, json);
}

function parseAnnotation(json: string, doc: Document): DocumentResult["annotation"] {
  try {
    return JSON.parse(json);
  } catch {
    throw new DamagedResultError(`the stored annotation of ${doc.path} is damaged`);
  }
}

function parseWords(text: string | undefined): [string, number][] {
  try {
    const words = text === undefined ? [] : JSON.parse(text);
    return Array.isArray(words) ? words : [];
  } catch {
    // A damaged row: the counts are lost for this document, which only stats would notice.
    return [];
  }
}

/** A stored annotation that passed the checks of unpack() but does not parse: the cache must be cleared. */
export class DamagedResultError extends Error {
  readonly code = "DAMAGED_RESULT";
}
