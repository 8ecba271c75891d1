/**
 * `annotate`'s two passes (issue 11: "across the corpus, one name has one type"). Pass 1: each document's
 * record, as the pipeline or the cache gives it, is spilled as its JSON line to a temporary file
 * (corpus/spill.ts) beside its entities (the compact list the vote reads), and its entities are added to the
 * corpus's (aggregate/entities.ts: one record per distinct name and type, not per document). Then the vote
 * (resolve/type-votes.ts, the rule `entities` applies) says which names take another type. Pass 2: the records
 * are printed in order; one with no moved name byte for byte, never parsed; one with a moved name parsed,
 * retyped by resolve/retype.ts and serialized again. Memory: one record per distinct name and type of the corpus
 * (Reuters bench: 31,988 for 19,779 documents' 96,730 entity records), not per document; disk: the output once
 * more, plus each document's entities (Reuters: 41.5 + 8.4 MB), removed at the end.
 */
import { EntityAggregator } from "../aggregate/entities.js";
import { LineSpill } from "../corpus/spill.js";
import { RawJson, type RowSink } from "../format/printer.js";
import { annotationJson, type DocumentResult } from "../pipeline/result.js";
import { type Retypings, retypeAnnotation, touchesEntities } from "../resolve/retype.js";
import type { Annotation, EntityRecord } from "../types.js";

/** A row sink of JSON records that votes before it prints them: write() is pass 1, end() the vote and pass 2. */
export class VotedRecords implements RowSink<RawJson> {
  private spill: LineSpill | null = null;
  private readonly corpus = new EntityAggregator();
  private count = 0;

  constructor(private readonly sink: RowSink<RawJson>) {}

  /** A document's result (pass 1). */
  addResult(result: DocumentResult): void {
    const json = annotationJson(result);
    if (json === undefined) {
      const { annotation } = result;
      this.add(JSON.stringify(annotation), annotation.entities, annotation);
    } else this.addJson(json);
  }

  /** A document's record as its JSON text (pass 1): a stored record, or one a worker serialized. */
  addJson(json: string): void {
    const entities = entitiesJson(json);
    if (entities === null) {
      const annotation = JSON.parse(json) as Annotation;
      this.add(json, annotation.entities, annotation);
    } else this.add(json, JSON.parse(entities) as EntityRecord[], null, entities);
  }

  write(row: RawJson): void {
    this.addJson(row.text);
  }

  /** Votes and prints every record (pass 2), then removes the spill. */
  end(): void {
    const spill = this.spill;
    if (spill !== null) {
      try {
        const retypings = this.corpus.retypings();
        let entities: string | null = null;
        for (const line of spill.lines()) {
          if (entities === null) entities = line;
          else {
            this.sink.write(new RawJson(voted(line, entities, retypings)));
            entities = null;
          }
        }
      } finally {
        spill.remove();
      }
    }
    this.sink.end();
  }

  /** Removes the spill (a run that stops before end()). */
  close(): void {
    this.spill?.remove();
  }

  /** How many records were added. */
  get size(): number {
    return this.count;
  }

  /** `entities` undefined: the record has none, and the vote reads its mentions' grouping ("" in the spill). */
  private add(
    json: string,
    entities: EntityRecord[] | undefined,
    annotation: Annotation | null,
    text?: string,
  ): void {
    if (entities !== undefined) this.corpus.addAnnotation({ entities });
    else if (annotation !== null) this.corpus.addAnnotation(annotation);
    this.spill ??= new LineSpill("corpus-cli-annotate");
    this.spill.add(text ?? (entities === undefined ? "" : JSON.stringify(entities)));
    this.spill.add(json);
    this.count += 1;
  }
}

/** A record's JSON as the vote leaves it: as it was, unless the vote moved a name of its entities. */
function voted(json: string, entities: string, retypings: Retypings): string {
  if (retypings.size === 0) return json;
  if (entities !== "" && !touchesEntities(JSON.parse(entities) as EntityRecord[], retypings)) return json;
  const annotation = JSON.parse(json) as Annotation;
  return retypeAnnotation(annotation, retypings) ? JSON.stringify(annotation) : json;
}

const ENTITIES_KEY = ',"entities":[';

/**
 * The text of a record's `entities` array, found without parsing the record: the key at the record's top level
 * (inside a JSON string a quotation mark is always escaped, so the key's text can only be a key; no field before
 * it holds objects with an `entities` key), then the brackets matched, strings skipped. Null when absent.
 */
export function entitiesJson(json: string): string | null {
  const key = json.indexOf(ENTITIES_KEY);
  if (key === -1) return null;
  const start = key + ENTITIES_KEY.length - 1;
  let depth = 0;
  for (let at = start; at < json.length; at++) {
    const c = json.charCodeAt(at);
    if (c === 0x22) {
      // A string: to its closing quotation mark, escapes skipped.
      for (at++; at < json.length; at++) {
        const d = json.charCodeAt(at);
        if (d === 0x5c) at++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) {
      depth--;
      if (depth === 0) return json.slice(start, at + 1);
    }
  }
  return null;
}
