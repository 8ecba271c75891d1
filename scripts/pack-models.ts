/**
 * Build-time code (run by `npm run build` and `npm run train:ner`): packs models/ner.json into models/ner.pack and
 * the gazetteer (models/ner-gazetteer.json and its lexicons) into models/gazetteer.pack, the forms a run loads
 * without parsing (src/extract/entities/model-pack.ts). The packs are derived data, not committed:
 * a pack whose source changed since it was written is not read, so a run is never wrong, only slower, without it.
 */
import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { TAG_COUNT } from "../src/extract/entities/features.js";
import type { GazetteerFile } from "../src/extract/entities/gazetteer.js";
import { GAZETTEER_PACK_FORMAT, type GazetteerMeta } from "../src/extract/entities/gazetteer-pack.js";
import { commonWordsJoined, gazetteerOf, lexiconStamp } from "../src/extract/entities/gazetteer-sources.js";
import { keyIndexParts, keyIndexSections, lineStarts } from "../src/extract/entities/key-index.js";
import { packBytes, type SectionValue } from "../src/extract/entities/model-pack.js";
import {
  type ModelFile,
  WEIGHTS_PACK_FORMAT,
  type WeightsMeta,
  weightsOf,
} from "../src/extract/entities/weights-file.js";
import { wordFeaturesStamp } from "../src/extract/entities/word-rows.js";
import { vocabularyOf } from "./pack-vocabulary.js";

/** models/ner.pack's bytes for the model file at `source`. */
export function packWeights(source: string): Buffer {
  const file = JSON.parse(readFileSync(source, "utf8")) as ModelFile;
  const { all, features } = weightsOf(file);
  const count = file.features.length;
  // The features' table as a run reads it (key-index.ts PackedNames): feature f's row is at f * TAG_COUNT.
  file.features.forEach((feature, f) => {
    if (features.get(feature) !== f * TAG_COUNT) throw new Error(`feature ${feature} is not at its row`);
  });
  const vocabulary = vocabularyOf(all, features, file.features);
  const meta: WeightsMeta = {
    format: WEIGHTS_PACK_FORMAT,
    tags: file.tags,
    featureCount: count,
    particles: file.particles ?? [],
    vocabulary:
      vocabulary === null
        ? null
        : { texts: vocabulary.texts.length, lowers: vocabulary.lowers.length, stamp: wordFeaturesStamp() },
  };
  const sections: Record<string, SectionValue> = {
    weights: all,
    ...keyIndexSections("feature", keyIndexParts(file.features)),
  };
  if (vocabulary !== null) {
    Object.assign(sections, {
      ...keyIndexSections("texts", keyIndexParts(vocabulary.texts)),
      ...keyIndexSections("lowers", keyIndexParts(vocabulary.lowers)),
      wordRows: vocabulary.rows,
      wordSums: vocabulary.sums,
    });
  }
  return packBytes({ ...meta }, [source], sections);
}

/** Keys and values joined by line breaks, which no key or value may hold. */
function joinLines(list: readonly string[]): string {
  for (const item of list)
    if (item.includes("\n")) throw new Error(`${JSON.stringify(item)} holds a line break`);
  return list.join("\n");
}

/** models/gazetteer.pack's bytes for the gazetteer file at `source` and the lexicons as they are now. */
export function packGazetteer(source: string): Buffer {
  const file = JSON.parse(readFileSync(source, "utf8")) as GazetteerFile;
  const gaz = gazetteerOf(file);
  const phraseIndex = new Map([...gaz.phrases.keys()].map((key, i) => [key, i]));
  /**
   * Every map's keys are phrases' keys: their indices among the phrases, -1 for "" (a name that keys to nothing:
   * gazetteer-sources.ts's `mark` gives "" and marks no phrase).
   */
  const indices = (keys: Iterable<string>): Int32Array =>
    Int32Array.from(keys, (key) => {
      const at = key === "" ? -1 : phraseIndex.get(key);
      if (at === undefined) throw new Error(`${JSON.stringify(key)} is not a phrase of the gazetteer`);
      return at;
    });
  const cities = [...gaz.cities.values()];
  const countryList = [...new Set(cities.map((city) => city.country))];
  const countryIndex = new Map(countryList.map((country, i) => [country, i]));
  const regions = [...gaz.regions.values()];
  const meta: GazetteerMeta = {
    format: GAZETTEER_PACK_FORMAT,
    lexicons: lexiconStamp(),
    cityCountries: countryList,
  };
  return packBytes({ ...meta }, [source], {
    ...keyIndexSections("phrase", keyIndexParts([...gaz.phrases.keys()])),
    phraseKinds: Int32Array.from(gaz.phrases.values()),
    ...keyIndexSections("longest", keyIndexParts([...gaz.longest.keys()])),
    longestValues: Int32Array.from(gaz.longest.values()),
    ...keyIndexSections("opener", keyIndexParts([...gaz.openers])),
    countryKeys: indices(gaz.countries.keys()),
    countryNames: joinLines([...gaz.countries.values()]),
    demonymKeys: indices(gaz.demonyms.keys()),
    demonymNames: joinLines([...gaz.demonyms.values()]),
    ...keyIndexSections("city", keyIndexParts([...gaz.cities.keys()])),
    cityNames: joinLines(cities.map((city) => city.name)),
    cityNameStarts: lineStarts(cities.map((city) => city.name)),
    cityCountries: Int32Array.from(cities, (city) => countryIndex.get(city.country) as number),
    cityPopulations: Int32Array.from(cities, (city) => city.population),
    usStates: indices(gaz.usStates),
    regionKeys: indices(gaz.regions.keys()),
    regionNames: joinLines(regions.map((region) => region.name)),
    regionCountries: joinLines(regions.map((region) => region.country)),
    commonWords: commonWordsJoined(file.commonWords),
    ordinaryWords: file.dictionaryWords,
  });
}

/** Written whole under another name, then renamed: a run reading the pack meanwhile sees the old one or the new. */
function writeWhole(path: string, bytes: Buffer): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, path);
}

export function packModels(modelsDir: string): void {
  writeWhole(join(modelsDir, "ner.pack"), packWeights(join(modelsDir, "ner.json")));
  writeWhole(join(modelsDir, "gazetteer.pack"), packGazetteer(join(modelsDir, "ner-gazetteer.json")));
}

if (process.argv[1]?.endsWith("pack-models.ts")) {
  const modelsDir = join(dirname(fileURLToPath(import.meta.url)), "..", "models");
  packModels(modelsDir);
}
