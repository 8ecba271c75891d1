/**
 * A word's rows (word-rows.ts), made three ways for a model of random weights over the shipped model's feature names:
 * from models/ner.pack's vocabulary, summed on first sight without a pack, and summed from the features' names as the
 * tagger's reference does. All three agree bit for bit, for words the model knows and words it does not; a pack's
 * vocabulary made for other word features is not read.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { packWeights } from "../scripts/pack-models.js";
import { TAG_COUNT, WINDOW, wordFeatures } from "../src/extract/entities/features.js";
import { packBytes, readPack } from "../src/extract/entities/model-pack.js";
import { modelPath } from "../src/extract/entities/model-path.js";
import { type Model, modelOf, taggedWord } from "../src/extract/entities/weights.js";
import { type ModelFile, unpackWeights, weightsOf } from "../src/extract/entities/weights-file.js";
import { factsOf, type WordFacts } from "../src/extract/entities/word-facts.js";

const dir = mkdtempSync(join(tmpdir(), "corpus-cli-rows-"));
const shipped = JSON.parse(readFileSync(modelPath("ner.json"), "utf8")) as ModelFile;

/** Weights of a linear congruential sequence (seeded: the same file every run), some zero, some large. */
function randomFile(seed: number): ModelFile {
  let state = seed;
  const next = (): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state;
  };
  const weights = shipped.weights.map(() => {
    const r = next();
    if (r % 7 === 0) return 0;
    return ((r >>> 8) % 2_000_001) - 1_000_000;
  });
  return { ...shipped, scale: 997, weights };
}

const file = randomFile(20261130);
const source = join(dir, "ner.json");
writeFileSync(source, JSON.stringify(file));
const packPath = join(dir, "ner.pack");
writeFileSync(packPath, packWeights(source));
const pack = readPack(packPath, [source]);
if (pack === null) throw new Error("the random model's pack was not read back");
const packed = modelOf(unpackWeights(pack));
const unpacked = modelOf(weightsOf(file));

/** A fresh copy of the word's facts (the model fills the copy's rows, not the process's shared facts). */
const freshFacts = (text: string): WordFacts => ({
  ...factsOf(text),
  row0: -1,
  row1: -1,
  row2: -1,
  row3: -1,
  row4: -1,
  generation: -1,
  shape: -1,
  continues: -1,
});

/** The word's row at each window offset, as the model makes it. */
function rowsOf(m: Model, text: string): number[][] {
  const facts = taggedWord(m, freshFacts(text));
  return [facts.row0, facts.row1, facts.row2, facts.row3, facts.row4].map((at) =>
    Array.from(m.words.data.subarray(at, at + TAG_COUNT)),
  );
}

/** The word's rows summed from its features' names, one at a time in single precision, from zero. */
function referenceRows(m: Model, text: string): number[][] {
  return WINDOW.map((offset) => {
    const names: string[] = [];
    wordFeatures(text, offset, names, text.toLowerCase(), m.clusters);
    const row = new Float32Array(TAG_COUNT);
    for (const name of names) {
      const at = m.features.get(name);
      if (at < 0) continue;
      for (let t = 0; t < TAG_COUNT; t++) row[t] = (row[t] as number) + (m.all[at + t] as number);
    }
    return Array.from(row);
  });
}

const written = shipped.features.filter((f) => f.startsWith("w=")).map((f) => f.slice(2));
const lowered = shipped.features.filter((f) => f.startsWith("0l=")).map((f) => f.slice(3));
// Words the model knows as written, lower-case words it knows in other capitals, and words it does not know (invented).
const WORDS = [
  ...written.filter((_, i) => i % 50 === 0),
  ...lowered
    .filter((_, i) => i % 80 === 0)
    .flatMap((w) => [w, w.toUpperCase(), w.charAt(0).toUpperCase() + w.slice(1)]),
  "Zorblatt",
  "zorblatt",
  "QUORVIA",
  "a",
  "Xy",
  "1,234",
  "—",
  "Ölçek",
  "O'Zorblatt",
  "re-zorblatted",
];

describe("a word's rows", () => {
  it("are the pack's for the words it holds (most known words), and summed for the others", () => {
    expect(packed.vocabulary).not.toBeNull();
    expect(unpacked.vocabulary).toBeNull();
    const known = WORDS.filter((w) => (packed.vocabulary?.texts.get(w) ?? -1) >= 0);
    expect(known.length).toBeGreaterThan(100);
  });

  it.each(WORDS.map((w) => [w]))("%j: the same from the pack, without one, and from the names", (word) => {
    const reference = referenceRows(packed, word);
    expect(rowsOf(packed, word)).toEqual(reference);
    expect(rowsOf(unpacked, word)).toEqual(reference);
  });

  it("are summed again, the same, after the summed rows are forgotten", () => {
    const m = modelOf(unpackWeights(pack));
    const before = rowsOf(m, "Zorblatt");
    m.words.clear();
    m.generation++;
    expect(rowsOf(m, "zorblatt")).toEqual(referenceRows(m, "zorblatt"));
    expect(rowsOf(m, "Zorblatt")).toEqual(before);
  });
});

describe("a known word's block", () => {
  const offsetsOf = (facts: WordFacts): number[] => [
    facts.row0,
    facts.row1,
    facts.row2,
    facts.row3,
    facts.row4,
  ];
  const known = WORDS.filter((w) => (packed.vocabulary?.texts.get(w) ?? -1) >= 0).slice(0, 6);

  it.each(known.map((w) => [w]))(
    "%j: its five rows side by side, kept when the summed rows are forgotten",
    (word) => {
      const m = modelOf(unpackWeights(pack));
      const rows = offsetsOf(taggedWord(m, freshFacts(word)));
      expect(rows).toEqual([0, 1, 2, 3, 4].map((w) => (rows[0] as number) + w * TAG_COUNT));
      expect(rowsOf(m, word)).toEqual(referenceRows(m, word));
      m.words.clear();
      m.generation++;
      taggedWord(m, freshFacts("Zorblatt"));
      expect(offsetsOf(taggedWord(m, freshFacts(word)))).toEqual(rows);
      expect(rowsOf(m, word)).toEqual(referenceRows(m, word));
    },
  );

  const shared = lowered
    .filter((w) => {
      const texts = packed.vocabulary?.texts;
      const capital = w.charAt(0).toUpperCase() + w.slice(1);
      return w !== capital && (texts?.get(w.toUpperCase()) ?? 0) < 0 && (texts?.get(capital) ?? 0) < 0;
    })
    .slice(0, 3);

  it.each(shared.map((w) => [w]))("%j: one block for two spellings its lower-case entry serves", (word) => {
    const m = modelOf(unpackWeights(pack));
    const capital = taggedWord(m, freshFacts(word.charAt(0).toUpperCase() + word.slice(1))).row0;
    expect(taggedWord(m, freshFacts(word.toUpperCase())).row0).toBe(capital);
    expect(m.words.blocksUsed).toBe(5 * TAG_COUNT);
  });
});

describe("a pack's vocabulary", () => {
  /** The pack's bytes again, with its header's meta changed. */
  function repacked(meta: Record<string, unknown>) {
    const sections = [
      ["weights", "float32"],
      ...(["feature", "texts", "lowers"] as const).flatMap(
        (table) =>
          [
            [`${table}Keys`, "text"],
            [`${table}Starts`, "int32"],
            [`${table}Cells`, "int32"],
          ] as const,
      ),
      ["wordRows", "int32"],
      ["wordSums", "float32"],
    ] as const;
    const p = pack as NonNullable<typeof pack>;
    const values = Object.fromEntries(
      sections.map(([name, type]) => [
        name,
        type === "text" ? p.text(name) : type === "int32" ? p.int32(name) : p.float32(name),
      ]),
    );
    const path = join(dir, `repacked-${Object.keys(meta).join("-")}.pack`);
    writeFileSync(path, packBytes({ ...p.meta, ...meta }, [source], values));
    const back = readPack(path, [source]);
    if (back === null) throw new Error("the repacked pack was not read back");
    return back;
  }

  it("is read back as written", () => {
    expect(unpackWeights(repacked({})).vocabulary).not.toBeNull();
  });

  it("is not read when the word features it was summed from were others", () => {
    const meta = pack.meta.vocabulary as { stamp: number };
    const stale = repacked({ vocabulary: { ...meta, stamp: meta.stamp + 1 } });
    expect(unpackWeights(stale).vocabulary).toBeNull();
    expect(rowsOf(modelOf(unpackWeights(stale)), "Zorblatt")).toEqual(referenceRows(unpacked, "Zorblatt"));
  });
});
