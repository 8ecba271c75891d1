/**
 * The gazetteers the extractor consults, loaded once per process on first use: countries and their
 * demonyms from the world-countries package (plus the small lexicons of forms it lacks), cities and
 * person names, all distilled into models/ner-gazetteer.json (see scripts/gazetteer-build.ts), titles and US states.
 * Multi-word names are indexed as lower-cased token sequences so they can be matched against tokens.
 * A run reads them from models/gazetteer.pack (scripts/pack-models.ts) while it was made from the same sources.
 */
import { type Gazetteer, type GazetteerFile, phraseKey } from "./gazetteer-model.js";
import { GAZETTEER_PACK_FORMAT, unpackGazetteer } from "./gazetteer-pack.js";
import { gazetteerOf, lexiconStamp } from "./gazetteer-sources.js";
import { readPack } from "./model-pack.js";
import { modelPath, readModelJson } from "./model-path.js";

export type { City, CountryNames, Gazetteer, GazetteerFile } from "./gazetteer-model.js";
export { KIND_BITS, Kind, NOT_PERSON_KINDS, PLACE_KINDS, phraseKey } from "./gazetteer-model.js";

let loaded: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (loaded === null) loaded = load();
  return loaded;
}

/** The kinds (Kind bits) the gazetteer knows a single word as, whatever its case; 0 for none. */
export function wordKind(word: string): number {
  return gazetteer().phrases.get(word.toLowerCase()) ?? 0;
}

/** The kinds (Kind bits) the gazetteer knows a written phrase as ("Aston Villa", "St. Louis"); 0 for none. */
export function phraseKind(phrase: string): number {
  return gazetteer().phrases.get(phraseKey(phrase)) ?? 0;
}

function load(): Gazetteer {
  const source = modelPath("ner-gazetteer.json");
  const pack = readPack(modelPath("gazetteer.pack"), [source]);
  if (pack !== null && pack.meta.format === GAZETTEER_PACK_FORMAT && pack.meta.lexicons === lexiconStamp())
    return unpackGazetteer(pack);
  return gazetteerOf(readModelJson<GazetteerFile>("ner-gazetteer.json"));
}
