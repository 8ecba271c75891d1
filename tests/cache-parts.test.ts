import Database from "better-sqlite3";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  ANNOTATION_PARTS,
  type AnnotationPart,
  cutAnnotation,
  joinAnnotation,
  joinedAnnotationSql,
} from "../src/cache/parts.js";

/** The pieces joined with the parts in `keep` (all: the whole JSON). */
function join(json: string, keep: readonly string[] = ANNOTATION_PARTS): string {
  const { head, parts, tail } = cutAnnotation(json);
  return joinAnnotation(
    head,
    ANNOTATION_PARTS.map((p) => (keep.includes(p) ? parts[p] : null)),
    tail,
  );
}

describe("an annotation cut in pieces (cache/parts.ts)", () => {
  it.each([
    ['{"id":"","path":"","sentences":[],"mentions":[{"a":1}],"entities":[],"quotes":[],"summary":[]}'],
    ['{"id":"","mentions":[],"entities":[{"name":"x,}]\\"{"}],"summary":["a"],"title":"t","text":"b"}'],
    ['{"id":"","quotes":[{"summary":"nested names are not parts","entities":1}]}'],
    ['{"id":"x"}'],
    ["{}"],
    // Parts out of their order, or apart: kept whole in the head.
    ['{"id":"","summary":[],"mentions":[]}'],
    ['{"id":"","mentions":[],"date":null,"quotes":[]}'],
  ])("joins back to the same bytes: %s", (json) => {
    expect(join(json)).toBe(json);
  });

  it("gives an annotation without the parts left out", () => {
    const json =
      '{"id":"a","sentences":[{"start":0}],"mentions":[1],"entities":[2],"quotes":[3],"summary":[4],"text":"t"}';
    expect(JSON.parse(join(json, ["entities", "quotes"]))).toEqual({
      id: "a",
      sentences: [{ start: 0 }],
      entities: [2],
      quotes: [3],
      text: "t",
    });
    expect(JSON.parse(join(json, []))).toEqual({ id: "a", sentences: [{ start: 0 }], text: "t" });
  });

  it("joins any object's JSON back to the same bytes (property)", () => {
    const key = fc.constantFrom(
      "id",
      "path",
      "date",
      "mentions",
      "entities",
      "quotes",
      "summary",
      "text",
      'a"b',
      "{,}",
    );
    const value = fc.jsonValue();
    fc.assert(
      fc.property(fc.dictionary(key, value), (object) => {
        const json = JSON.stringify(object);
        expect(join(json)).toBe(json);
      }),
      { numRuns: 500 },
    );
  });

  it("is joined by SQLite as by joinAnnotation, with all parts or some", () => {
    const db = new Database(":memory:");
    db.exec("CREATE TABLE t (head TEXT, mentions TEXT, entities TEXT, quotes TEXT, summary TEXT, tail TEXT)");
    const json = '{"id":"","sentences":[],"mentions":[1],"entities":[2],"summary":[4],"text":"t,\\"}"}';
    const { head, parts, tail } = cutAnnotation(json);
    db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?, ?)").run(
      head,
      ...ANNOTATION_PARTS.map((p) => parts[p]),
      tail,
    );
    const read = (keep: readonly AnnotationPart[]) =>
      db
        .prepare(`SELECT ${joinedAnnotationSql("t.", keep)} FROM t`)
        .pluck()
        .get();
    expect(read(ANNOTATION_PARTS)).toBe(json);
    expect(read(["entities"])).toBe(join(json, ["entities"]));
    expect(read([])).toBe(join(json, []));
  });
});
