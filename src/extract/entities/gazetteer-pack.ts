/**
 * The gazetteer read from models/gazetteer.pack (written by scripts/pack-models.ts from gazetteer-sources.ts). The
 * large maps (the phrases, their first words' longest phrase, the phrases' openers and the cities) are key indexes
 * read where they lie (key-index.ts: no Map filled); the small ones (countries, demonyms, US states, regions) have
 * their keys as indices into the phrases (each is a phrase's key or "") and their values in each map's order.
 */
import type { City, Gazetteer } from "./gazetteer-model.js";
import { KeyIndex, keyIndexPartsIn, lineAt, PackedMap } from "./key-index.js";
import type { Pack } from "./model-pack.js";
import { sortedWords } from "./sorted-words.js";

/** What the pack's layout is; a pack of another format is not read (bump it when this file or the packer changes). */
export const GAZETTEER_PACK_FORMAT = 5;

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

/** The key index named `name` of the pack. */
const keyIndexIn = (pack: Pack, name: string): KeyIndex => new KeyIndex(keyIndexPartsIn(pack, name));

export function unpackGazetteer(pack: Pack): Gazetteer {
  const meta = pack.meta as unknown as GazetteerMeta;
  const phraseKeys = keyIndexIn(pack, "phrase");
  const kinds = pack.int32("phraseKinds");
  const longest = pack.int32("longestValues");
  /** A small map from phrases (by index) to values. */
  const keyed = <T>(name: string, valueAt: (i: number) => T): Map<string, T> => {
    const at = pack.int32(name);
    const map = new Map<string, T>();
    for (let i = 0; i < at.length; i++) {
      const index = at[i] as number;
      map.set(index < 0 ? "" : phraseKeys.keyAt(index), valueAt(i));
    }
    return map;
  };
  const textValues = (name: string): ((i: number) => string) => {
    const values = lines(pack.text(name));
    return (i) => values[i] as string;
  };
  // The cities' names are read where they lie (10,449 lines: splitting them took 5-8 ms at each load).
  const cityNames = pack.text("cityNames");
  const cityNameStarts = pack.int32("cityNameStarts");
  const cityCountries = pack.int32("cityCountries");
  const cityPopulations = pack.int32("cityPopulations");
  // A city's object is made when it is first asked for, then kept: the readers see one object per city.
  const cities: (City | undefined)[] = [];
  const cityAt = (i: number): City => {
    cities[i] ??= {
      name: lineAt(cityNames, cityNameStarts, i),
      country: meta.cityCountries[cityCountries[i] as number] as string,
      population: cityPopulations[i] as number,
    };
    return cities[i] as City;
  };
  const regionNames = textValues("regionNames");
  const regionCountries = textValues("regionCountries");
  return {
    phrases: new PackedMap(phraseKeys, (i) => kinds[i] as number),
    longest: new PackedMap(keyIndexIn(pack, "longest"), (i) => longest[i] as number),
    openers: new PackedMap(keyIndexIn(pack, "opener"), () => true),
    countries: keyed("countryKeys", textValues("countryNames")),
    demonyms: keyed("demonymKeys", textValues("demonymNames")),
    cities: new PackedMap(keyIndexIn(pack, "city"), cityAt),
    usStates: new Set(keyed("usStates", () => true).keys()),
    regions: keyed("regionKeys", (i) => ({ name: regionNames(i), country: regionCountries(i) })),
    commonWords: sortedWords(pack.text("commonWords")),
    ordinaryWords: sortedWords(pack.text("ordinaryWords")),
  };
}
