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
import type { StoredResult } from "../cache/store.js";
import type { Annotation, Diagnostic, Document } from "../types.js";
import { ANNOTATION_JSON, type DocumentResult } from "./result.js";

/** The packed form is what the cache stores: the annotation's JSON starts with BLANK_NAMES. */
export type PackedResult = StoredResult;

/** The document a packed result is unpacked for: its names, and its length when it was read. */
export interface UnpackTarget {
  id: string;
  path: string;
  /** null when the text was not read (the file is known unchanged): the stored length is taken on trust. */
  chars: number | null;
}

export const unpackTarget = (doc: Document): UnpackTarget => ({
  id: doc.id,
  path: doc.path,
  chars: doc.text.length,
});

/** How every packed annotation begins: id and path come first in the record, blanked. */
const BLANK_NAMES = '{"id":"","path":""';

/**
 * The packed form of a result; null when the result mentions its id or path anywhere else, since
 * patching could not restore it (such a result travels as objects and is not cached).
 */
export function pack(result: DocumentResult, doc: Document): PackedResult | null {
  const annotation = JSON.stringify({ ...result.annotation, id: "", path: "" });
  if (!annotation.startsWith(BLANK_NAMES)) return null;
  for (const name of [doc.id, doc.path]) {
    if (name.length > 0 && annotation.includes(JSON.stringify(name))) return null;
  }
  return {
    chars: result.annotation.chars,
    annotation,
    diagnostics: JSON.stringify(result.diagnostics),
    words: JSON.stringify(result.words),
  };
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
  doc: UnpackTarget,
  words: () => string | undefined = () => packed.words,
): DocumentResult | undefined {
  const stored = packed.annotation;
  const fits = doc.chars === null || packed.chars === doc.chars;
  if (!fits || !stored.startsWith(BLANK_NAMES) || !stored.endsWith("}")) return undefined;
  let diagnostics: Diagnostic[];
  try {
    diagnostics = JSON.parse(packed.diagnostics);
  } catch {
    return undefined;
  }
  if (!Array.isArray(diagnostics)) return undefined;
  return new LazyResult(namedAnnotation(stored, doc), diagnostics, words, doc.path);
}

/** Whether a stored annotation has the packed form's blanked names (a row without them is damaged). */
export const hasBlankNames = (stored: string): boolean => stored.startsWith(BLANK_NAMES);

/** A packed annotation's JSON with the document's id and path patched back (it begins with BLANK_NAMES). */
export function namedAnnotation(stored: string, doc: { id: string; path: string }): string {
  return `${annotationNames(doc)}${stored.slice(BLANK_NAMES.length)}`;
}

/** How the JSON of a document's annotation begins: its id and path, in place of BLANK_NAMES. */
export const annotationNames = (doc: { id: string; path: string }): string =>
  `{"id":${JSON.stringify(doc.id)},"path":${JSON.stringify(doc.path)}`;

/**
 * A DocumentResult whose annotation and words are parsed on first access. A class, not an object with
 * accessors defined per result: defining them cost 80 ms over 19,779 cached results. toJSON keeps the
 * lazy fields in JSON.stringify (--for-merge streams).
 */
class LazyResult implements DocumentResult {
  #annotation: Annotation | undefined;
  #words: DocumentResult["words"] | undefined;
  #json: string | undefined;

  constructor(
    json: string,
    readonly diagnostics: Diagnostic[],
    private readonly readWords: () => string | undefined,
    private readonly docPath: string,
  ) {
    this.#json = json;
  }

  get annotation(): Annotation {
    this.#annotation ??= parseAnnotation(this.#json as string, this.docPath);
    return this.#annotation;
  }

  /** Replacing the annotation forgets its stored JSON, which no longer describes it. */
  set annotation(value: Annotation) {
    this.#annotation = value;
    this.#json = undefined;
  }

  get words(): DocumentResult["words"] {
    this.#words ??= parseWords(this.readWords());
    return this.#words;
  }

  set words(value: DocumentResult["words"]) {
    this.#words = value;
  }

  get [ANNOTATION_JSON](): string | undefined {
    return this.#json;
  }

  toJSON(): DocumentResult {
    return { annotation: this.annotation, words: this.words, diagnostics: this.diagnostics };
  }
}

function parseAnnotation(json: string, docPath: string): Annotation {
  try {
    return JSON.parse(json);
  } catch {
    throw new DamagedResultError(`the stored annotation of ${docPath} is damaged`);
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
