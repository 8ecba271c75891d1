/**
 * Where the tagger's weights come from: models/ner.pack (see model-pack.ts) while it was made from models/ner.json
 * as it is now, else models/ner.json itself. Both give the same weights, bit for bit, and the same feature table.
 * Measured at a process start (CPU, min of 7): the JSON 40 ms (parse 20, the table 15, the weights 3), the pack ~3.
 */
import { TAG_COUNT, TAGS } from "./features.js";
import { keyIndexPartsIn, PackedNames } from "./key-index.js";
import { type Pack, readPack } from "./model-pack.js";
import { modelPath, readModelJson } from "./model-path.js";
import { type NameTable, StringTable } from "./string-table.js";
import { type Vocabulary, wordFeaturesStamp } from "./word-rows.js";

export interface ModelFile {
  tags: readonly string[];
  /** Weights are stored as integers: divide by `scale`. */
  scale: number;
  features: string[];
  /** One row of TAGS.length weights per feature, rows in the order of `features` (flat: fast to parse). */
  weights: number[];
  /** Lower-case words training saw inside names ("of", "van", "bin"): the only lower-case words an I- tag may take. */
  particles?: string[];
}

export interface Weights {
  /** All feature weights, TAG_COUNT per feature. */
  all: Float32Array;
  /** Feature name → offset of its weights in `all`. */
  features: NameTable;
  particles: readonly string[];
  /** The words whose rows the pack holds (word-rows.ts); null without a pack. */
  vocabulary: Vocabulary | null;
}

/**
 * What the pack's layout and the vocabulary's sums are; a pack of another format is not read (bump it when this
 * file, the packer or the way word-rows.ts sums a word's rows changes).
 */
export const WEIGHTS_PACK_FORMAT = 3;

/** What models/ner.pack's header holds beside its sections. */
export interface WeightsMeta {
  format: number;
  tags: readonly string[];
  /** How many features the table was made for (its capacity). */
  featureCount: number;
  particles: readonly string[];
  /**
   * The vocabulary's key counts, and word-rows.ts's wordFeaturesStamp() when it was made (its rows are read only
   * while the word features are the same); null for a model without one (word clusters: word-rows.ts).
   */
  vocabulary: { texts: number; lowers: number; stamp: number } | null;
}

/** The weights of the shipped model (its pack when fresh). */
export function loadWeights(): Weights {
  const source = modelPath("ner.json");
  const pack = readPack(modelPath("ner.pack"), [source]);
  if (pack !== null && pack.meta.format === WEIGHTS_PACK_FORMAT) return unpackWeights(pack);
  return weightsOf(readModelJson<ModelFile>("ner.json"));
}

function checkTags(tags: readonly string[]): void {
  if (tags.join() !== TAGS.join()) throw new Error("models/ner.json was trained with other tags");
}

/** The weights of a model file: each weight divided by the scale in single precision. */
export function weightsOf(file: ModelFile): Weights {
  checkTags(file.tags);
  const all = new Float32Array(file.weights.length);
  for (let i = 0; i < all.length; i++) all[i] = (file.weights[i] as number) / file.scale;
  const features = new StringTable(file.features.length);
  file.features.forEach((feature, f) => {
    features.set(feature, f * TAG_COUNT);
  });
  return { all, features, particles: file.particles ?? [], vocabulary: null };
}

/** The weights of a pack written by scripts/pack-models.ts (packWeights). */
export function unpackWeights(pack: Pack): Weights {
  const meta = pack.meta as unknown as WeightsMeta;
  checkTags(meta.tags);
  return {
    all: pack.float32("weights"),
    features: new PackedNames(keyIndexPartsIn(pack, "feature"), 0, TAG_COUNT),
    particles: meta.particles,
    vocabulary: unpackVocabulary(pack, meta),
  };
}

/** The pack's vocabulary, while the word features it was summed from are today's. */
function unpackVocabulary(pack: Pack, meta: WeightsMeta): Vocabulary | null {
  const counts = meta.vocabulary;
  if (counts === null || counts.stamp !== wordFeaturesStamp()) return null;
  return {
    texts: new PackedNames(keyIndexPartsIn(pack, "texts"), 0, 1),
    lowers: new PackedNames(keyIndexPartsIn(pack, "lowers"), counts.texts, 1),
    rows: pack.int32("wordRows"),
    sums: pack.float32("wordSums"),
  };
}
