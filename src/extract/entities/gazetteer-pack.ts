/**
 * The gazetteer read from models/gazetteer.pack (written by scripts/pack-models.ts from gazetteer-sources.ts): each
 * map's keys and values in its order, so that a run makes the maps without keying a phrase or parsing JSON.
 */
import type { City, Gazetteer } from "./gazetteer-model.js";
import type { Pack } from "./model-pack.js";
import { sortedWords } from "./sorted-words.js";

/** What the pack's layout is; a pack of another format is not read (bump it when this file or the packer changes). */
export const GAZETTEER_PACK_FORMAT = 1;

/** What models/gazetteer.pack's header holds beside its sections. */
export interface GazetteerMeta {
  format: number;
  /** gazetteer-sources.ts's lexiconStamp() of the lexicons the pack was made from. */
  lexicons: number;
  /** The cities' countries, each once: cityCountries holds indices into it. */
  cityCountries: string[];
}

/** A text section's lines: the keys and values of the maps (no key holds a line break; the packer checks). */
export function lines(text: string): string[] {
  return text === "" ? [] : text.split("\n");
}

function textMap(keys: string, values: string): Map<string, string> {
  const keyList = lines(keys);
  const valueList = lines(values);
  const map = new Map<string, string>();
  for (let i = 0; i < keyList.length; i++) map.set(keyList[i] as string, valueList[i] as string);
  return map;
}

function numberMap(keys: string, values: Int32Array): Map<string, number> {
  const keyList = lines(keys);
  const map = new Map<string, number>();
  for (let i = 0; i < keyList.length; i++) map.set(keyList[i] as string, values[i] as number);
  return map;
}

export function unpackGazetteer(pack: Pack): Gazetteer {
  const meta = pack.meta as unknown as GazetteerMeta;
  const cityKeys = lines(pack.text("cityKeys"));
  const cityNames = lines(pack.text("cityNames"));
  const cityCountries = pack.int32("cityCountries");
  const cityPopulations = pack.int32("cityPopulations");
  const cities = new Map<string, City>();
  for (let i = 0; i < cityKeys.length; i++) {
    const country = meta.cityCountries[cityCountries[i] as number] as string;
    cities.set(cityKeys[i] as string, {
      name: cityNames[i] as string,
      country,
      population: cityPopulations[i] as number,
    });
  }
  const regionKeys = lines(pack.text("regionKeys"));
  const regionNames = lines(pack.text("regionNames"));
  const regionCountries = lines(pack.text("regionCountries"));
  const regions = new Map<string, { name: string; country: string }>();
  for (let i = 0; i < regionKeys.length; i++)
    regions.set(regionKeys[i] as string, {
      name: regionNames[i] as string,
      country: regionCountries[i] as string,
    });
  return {
    phrases: numberMap(pack.text("phraseKeys"), pack.int32("phraseKinds")),
    longest: numberMap(pack.text("longestKeys"), pack.int32("longestValues")),
    countries: textMap(pack.text("countryKeys"), pack.text("countryNames")),
    demonyms: textMap(pack.text("demonymKeys"), pack.text("demonymNames")),
    cities,
    usStates: new Set(lines(pack.text("usStates"))),
    regions,
    commonWords: new Set(lines(pack.text("commonWords"))),
    ordinaryWords: sortedWords(pack.text("ordinaryWords")),
  };
}
