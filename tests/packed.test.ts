import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { makeDocument } from "../src/corpus/read.js";
import { annotateDocument } from "../src/pipeline/annotate.js";
import { DamagedResultError, pack, unpack as unpackFor } from "../src/pipeline/packed.js";
import { annotationJson } from "../src/pipeline/result.js";
import type { Document } from "../src/types.js";

const SEED = readFileSync(new URL("../seeds/000_45a8fef921a77d2f.txt", import.meta.url), "utf8");
const doc = makeDocument("rouhani.txt", "seeds/rouhani.txt", SEED);
const result = annotateDocument(doc);

type Packed = Parameters<typeof unpackFor>[0];
const unpack = (packed: Packed, d: Document, words?: () => string | undefined) =>
  unpackFor(packed, { id: d.id, path: d.path, chars: d.text.length }, words);

describe("packed results (worker → main thread, and the cache)", () => {
  it("round-trips: the unpacked result equals the original, and its JSON is the annotation's", () => {
    const packed = pack(result, doc);
    expect(packed).not.toBeNull();
    const back = unpack(packed as NonNullable<typeof packed>, doc);
    expect(back?.annotation).toEqual(result.annotation);
    expect(back?.words).toEqual(result.words);
    expect(back?.diagnostics).toEqual(result.diagnostics);
    expect(annotationJson(back as NonNullable<typeof back>)).toBe(JSON.stringify(result.annotation));
  });

  it("is stored without the document's id and path, and takes the id and path of the copy it is read for", () => {
    const packed = pack(result, doc) as NonNullable<ReturnType<typeof pack>>;
    expect(packed.annotation).not.toContain("rouhani.txt");
    const moved = { ...doc, id: 'moved/ü "quoted".txt', path: '/tmp/moved/ü "quoted".txt' };
    const back = unpack(packed, moved);
    expect(back?.annotation.id).toBe(moved.id);
    expect(back?.annotation.path).toBe(moved.path);
    expect(JSON.parse(annotationJson(back as NonNullable<typeof back>) as string).path).toBe(moved.path);
  });

  it.each([
    ["a text of another length", { chars: 1 }],
    ["an annotation that does not start with the blank id and path", { annotation: '{"x":1}' }],
    ["an annotation cut short", { annotation: '{"id":"","path":"","date":null' }],
    ["diagnostics that do not parse", { diagnostics: "[{" }],
    ["diagnostics that are not a list", { diagnostics: "{}" }],
  ])("treats %s as a miss", (_, damage) => {
    const packed = { ...(pack(result, doc) as NonNullable<ReturnType<typeof pack>>), ...damage };
    expect(unpack(packed, doc)).toBeUndefined();
  });

  it("does not pack a result that names its document elsewhere (patching could not restore it)", () => {
    const named = makeDocument("Rouhani", "Rouhani", SEED);
    const withName = annotateDocument(named);
    expect(JSON.stringify(withName.annotation.entities)).toContain('"Rouhani"');
    expect(pack(withName, named)).toBeNull();
  });

  it("parses the annotation only when it is read, and reports a damaged one as such", () => {
    const packed = pack(result, doc) as NonNullable<ReturnType<typeof pack>>;
    const damaged = { ...packed, annotation: `${packed.annotation.slice(0, -2)}}` };
    const back = unpack(damaged, doc);
    expect(back).toBeDefined();
    expect(() => back?.annotation).toThrow(DamagedResultError);
  });

  it("forgets the stored JSON once the annotation is replaced", () => {
    const back = unpack(pack(result, doc) as NonNullable<ReturnType<typeof pack>>, doc);
    if (!back) throw new Error("no result");
    back.annotation = { ...back.annotation, tokens: 0 };
    expect(annotationJson(back)).toBeUndefined();
    expect(back.annotation.tokens).toBe(0);
  });

  it("reads the word counts lazily, and a damaged list as none", () => {
    const packed = pack(result, doc) as NonNullable<ReturnType<typeof pack>>;
    let reads = 0;
    const back = unpack({ ...packed, words: undefined }, doc, () => {
      reads += 1;
      return "[[";
    });
    expect(reads).toBe(0);
    expect(back?.words).toEqual([]);
    expect(back?.words).toEqual([]);
    expect(reads).toBe(1);
  });
});
