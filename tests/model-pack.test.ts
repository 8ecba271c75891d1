import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packGazetteer, packWeights } from "../scripts/pack-models.js";
import { TAG_COUNT } from "../src/extract/entities/features.js";
import type { GazetteerFile } from "../src/extract/entities/gazetteer.js";
import { unpackGazetteer } from "../src/extract/entities/gazetteer-pack.js";
import { gazetteerOf } from "../src/extract/entities/gazetteer-sources.js";
import type { PackedMap } from "../src/extract/entities/key-index.js";
import { packBytes, readPack } from "../src/extract/entities/model-pack.js";
import { modelPath } from "../src/extract/entities/model-path.js";
import { type ModelFile, unpackWeights, weightsOf } from "../src/extract/entities/weights-file.js";

const dir = mkdtempSync(join(tmpdir(), "corpus-cli-pack-"));

/** `bytes` written to a fresh file in the test's directory, read back as a pack made from `sources`. */
function written(name: string, bytes: Buffer, sources: string[]) {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return readPack(path, sources);
}

describe("packs", () => {
  const source = join(dir, "source.json");
  writeFileSync(source, "{}");
  const bytes = packBytes({ answer: 42 }, [source], {
    words: "Zoë\nMünchen\n",
    counts: Int32Array.from([1, -2, 2 ** 31 - 1]),
    weights: Float32Array.from([0.1, -3.5, 1e-7]),
    empty: "",
  });

  it("read back what was written, typed arrays bit for bit", () => {
    const pack = written("round-trip.pack", bytes, [source]);
    expect(pack?.meta).toEqual({ answer: 42 });
    expect(pack?.text("words")).toBe("Zoë\nMünchen\n");
    expect(pack?.text("empty")).toBe("");
    expect([...(pack?.int32("counts") ?? [])]).toEqual([1, -2, 2 ** 31 - 1]);
    expect(pack?.float32("weights")).toEqual(Float32Array.from([0.1, -3.5, 1e-7]));
  });

  it("throws for a section of another type or none", () => {
    const pack = written("sections.pack", bytes, [source]);
    expect(() => pack?.int32("words")).toThrow(/no int32 section words/);
    expect(() => pack?.text("nothing")).toThrow(/no text section nothing/);
  });

  it("is read while its source holds the same bytes, whatever the source's time (a checkout, an npm install)", () => {
    const touched = join(dir, "touched.json");
    writeFileSync(touched, '{"a":1}');
    const pack = packBytes({}, [touched], { words: "a" });
    utimesSync(touched, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(written("touched.pack", pack, [touched])?.text("words")).toBe("a");
  });

  it("is not read once its source changed, or when it is not a pack", () => {
    const changed = join(dir, "changed.json");
    writeFileSync(changed, '{"a":1}');
    const stale = packBytes({}, [changed], { words: "a" });
    writeFileSync(changed, '{"a":2}');
    utimesSync(changed, new Date(2001, 1, 1), new Date(2001, 1, 1));
    expect(written("stale.pack", stale, [changed])).toBeNull();
    writeFileSync(changed, '{"a":22}');
    expect(written("stale-longer.pack", stale, [changed])).toBeNull();
    expect(written("not-a-pack.pack", Buffer.from('{"features":[]}'), [])).toBeNull();
    const whole = packBytes({}, [], { words: "a".repeat(100) });
    expect(written("cut-short.pack", whole.subarray(0, whole.length - 10), [])).toBeNull();
    expect(written("header-cut.pack", whole.subarray(0, 20), [])).toBeNull();
    expect(readPack(join(dir, "missing.pack"), [])).toBeNull();
  });
});

describe("the shipped model's pack", () => {
  const source = modelPath("ner.json");
  const file = JSON.parse(readFileSync(source, "utf8")) as ModelFile;
  const fromJson = weightsOf(file);
  const pack = written("ner.pack", packWeights(source), [source]);
  if (pack === null) throw new Error("the model's pack was not read back");
  const fromPack = unpackWeights(pack);

  it("holds the same weights, bit for bit", () => {
    expect(fromPack.all.length).toBe(fromJson.all.length);
    expect(
      Buffer.compare(
        Buffer.from(fromPack.all.buffer, fromPack.all.byteOffset, fromPack.all.byteLength),
        Buffer.from(fromJson.all.buffer, fromJson.all.byteOffset, fromJson.all.byteLength),
      ),
    ).toBe(0);
    expect(fromPack.particles).toEqual(file.particles);
  });

  it("finds every feature where the JSON's table does, and no other name", () => {
    const differing = file.features.filter((f) => fromPack.features.get(f) !== fromJson.features.get(f));
    expect(differing).toEqual([]);
    for (const probe of ["w=Zzyzx", "", "0l=", "w=the\n"]) expect(fromPack.features.get(probe)).toBe(-1);
  });

  it("answers every feature name with its row in the file, whole and by its parts (the tagger's look-ups)", () => {
    const wrong = file.features.filter((f, i) => {
      const at = Math.min(3, f.length);
      return (
        fromPack.features.get(f) !== i * TAG_COUNT ||
        fromPack.features.getJoined(f.slice(0, at), `#${f}`, at + 1, f.length + 1) !== i * TAG_COUNT
      );
    });
    expect(wrong).toEqual([]);
  });
});

describe("the gazetteer's pack", () => {
  const source = modelPath("ner-gazetteer.json");
  const fromSources = gazetteerOf(JSON.parse(readFileSync(source, "utf8")) as GazetteerFile);
  const pack = written("gazetteer.pack", packGazetteer(source), [source]);
  if (pack === null) throw new Error("the gazetteer's pack was not read back");
  const fromPack = unpackGazetteer(pack);

  it.each(["phrases", "longest", "countries", "demonyms", "cities", "usStates", "regions"] as const)(
    "holds the same %s, in the same order",
    (name) => {
      expect([...(fromPack[name] as Iterable<unknown>)]).toEqual([...fromSources[name]]);
    },
  );

  it("holds the same openers of longer phrases, in the same order", () => {
    const openers = [...(fromPack.openers as PackedMap<boolean>)].map(([key]) => key);
    expect(openers).toEqual([...fromSources.openers]);
  });

  it.each(["new york", "united states", "new", "zzyzx", "", "new york city council of", "NEW YORK"])(
    "answers %j in every large map as its sources do",
    (key) => {
      expect(fromPack.phrases.get(key)).toBe(fromSources.phrases.get(key));
      expect(fromPack.longest.get(key)).toBe(fromSources.longest.get(key));
      expect(fromPack.openers.has(key)).toBe(fromSources.openers.has(key));
      expect(fromPack.cities.get(key)).toEqual(fromSources.cities.get(key));
    },
  );

  it("knows every common word its sources know, and no other", () => {
    const file = JSON.parse(readFileSync(source, "utf8")) as GazetteerFile;
    expect(file.commonWords.filter((word) => !fromPack.commonWords.has(word))).toEqual([]);
    for (const probe of ["zzyzx", "", "a b", "Abandon", "abandon "])
      expect(fromPack.commonWords.has(probe)).toBe(false);
  });

  it.each(["candidate", "crooked", "frank", "reading", "zzyzx", ""])(
    "knows %j as an ordinary word or not as its sources do",
    (word) => {
      expect(fromPack.ordinaryWords.has(word)).toBe(fromSources.ordinaryWords.has(word));
    },
  );
});
