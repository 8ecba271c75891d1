/**
 * `annotate`'s two passes (issue 11: "across the corpus, one name has one type"). Pass 1: each document's
 * record, as the pipeline or the cache gives it, is spilled as its JSON line to a temporary file
 * (corpus/spill.ts) beside its entities' keys (the compact list pass 2 reads), and its entities are added to the
 * corpus's (aggregate/entities.ts: one record per distinct name and type, not per document). Then the vote
 * (resolve/type-votes.ts, the rule `entities` applies) says which names take another type. Pass 2: the records
 * are printed in order; one with no moved name byte for byte, never parsed; one with a moved name parsed,
 * retyped by resolve/retype.ts and serialized again. Memory: one record per distinct name and type of the corpus
 * (Reuters bench: 31,988 for 19,779 documents' 96,730 entity records), not per document; disk: the output once
 * more, plus each document's entity keys (Reuters: 41.5 + 2.3 MB), removed at the end.
 */
import { EntityAggregator } from "../aggregate/entities.js";
import { LineSpill } from "../corpus/spill.js";
import { RawJson, type RowSink } from "../format/printer.js";
import { annotationJson, type DocumentResult } from "../pipeline/result.js";
import { entityKey } from "../resolve/entities.js";
import { type Retypings, retypeAnnotation } from "../resolve/retype.js";
import type { Annotation, EntityRecord } from "../types.js";

/** A row sink of JSON records that votes before it prints them: write() is pass 1, end() the vote and pass 2. */
export class VotedRecords implements RowSink<RawJson> {
  private spill: LineSpill | null = null;
  private readonly corpus = new EntityAggregator();
  private count = 0;

  constructor(private readonly sink: RowSink<RawJson>) {}

  /** A document's result (pass 1). */
  addResult(result: DocumentResult): void {
    this.add(votedRecordOf(result));
  }

  /** A document's record as its JSON text (pass 1): a stored record, or one a worker serialized. */
  addJson(json: string): void {
    this.add(votedRecordOfJson(json));
  }

  write(row: RawJson): void {
    this.addJson(row.text);
  }

  /** Votes and prints every record (pass 2), then removes the spill. */
  end(): void {
    const spill = this.spill;
    if (spill !== null) {
      try {
        const retypings = this.corpus.retypings(true);
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

  private add(record: VotedRecord): void {
    addToVote(this.corpus, record);
    this.spill ??= new LineSpill("corpus-cli-annotate");
    spillRecord(this.spill, record);
    this.count += 1;
  }
}

/**
 * A document's record as the vote reads it: its JSON, and its entities parsed alone (`annotation` null), or the
 * whole record parsed when its entities are not found in the text; `entities` undefined: the record has none, and
 * the vote reads its mentions' grouping.
 */
export interface VotedRecord {
  json: string;
  entities: EntityRecord[] | undefined;
  annotation: Annotation | null;
}

/** A document's result as the vote reads it (its JSON as stored or as a worker serialized it, when it has one). */
export function votedRecordOf(result: DocumentResult): VotedRecord {
  const json = annotationJson(result);
  if (json !== undefined) return votedRecordOfJson(json);
  const { annotation } = result;
  return { json: JSON.stringify(annotation), entities: annotation.entities, annotation };
}

function votedRecordOfJson(json: string): VotedRecord {
  const entities = entitiesJson(json);
  if (entities !== null) return { json, entities: JSON.parse(entities) as EntityRecord[], annotation: null };
  const annotation = JSON.parse(json) as Annotation;
  return { json, entities: annotation.entities, annotation };
}

/** Adds a document's entities to the corpus's, as the vote counts them (no settled places: retype.ts reads those). */
export function addToVote(corpus: EntityAggregator, { entities, annotation }: VotedRecord): void {
  if (entities !== undefined) corpus.addAnnotation({ entities });
  else if (annotation !== null) corpus.addAnnotation(annotation);
}

/** Spills a record for pass 2: its keys line ("" when the record has no entities), then its JSON. */
export function spillRecord(spill: LineSpill, { json, entities }: VotedRecord): void {
  spill.add(entities === undefined ? "" : keysLine(entities));
  spill.add(json);
}

/** A record's JSON as the vote leaves it, its keys found when the vote moved any name (for a record not spilled). */
export function votedJson(json: string, retypings: Retypings): string {
  if (retypings.size === 0) return json;
  const { entities } = votedRecordOfJson(json);
  return voted(json, entities === undefined ? "" : keysLine(entities), retypings);
}

/**
 * A document's entities as the spill keeps them for the vote: only their keys (entityKey), each after KEY_MARK,
 * so that pass 2 decides whether the vote touched the record by looking the keys up, without parsing objects
 * (Reuters: JSON.parse of the entities' text for the check took ~135 ms of the vote's ~1.2 s). "" (the record
 * is parsed) when a name holds the mark or a line break, which the spill's lines cannot hold.
 */
function keysLine(entities: readonly EntityRecord[]): string {
  let line = "";
  for (const record of entities) {
    const key = entityKey(record.type, record.name);
    if (key.includes(KEY_MARK) || key.includes("\n")) return "";
    line += KEY_MARK + key;
  }
  return line === "" ? KEY_MARK : line;
}

/** Opens each key in a spilled keys line (a control character: JSON text never holds one unescaped). */
const KEY_MARK = "\u0001";

/** A record's JSON as the vote leaves it: as it was, unless the vote moved a name of its entities. */
export function voted(json: string, keys: string, retypings: Retypings): string {
  if (retypings.size === 0) return json;
  if (keys !== "" && !touchesKeys(keys, retypings)) return json;
  const annotation = JSON.parse(json) as Annotation;
  return retypeAnnotation(annotation, retypings) ? JSON.stringify(annotation) : json;
}

/** Whether the vote moved one of a keys line's keys (keysLine). */
function touchesKeys(keys: string, retypings: Retypings): boolean {
  let start = 1;
  while (start < keys.length) {
    let end = keys.indexOf(KEY_MARK, start);
    if (end === -1) end = keys.length;
    if (retypings.has(keys.slice(start, end))) return true;
    start = end + 1;
  }
  return false;
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
