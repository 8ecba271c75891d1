/**
 * The gazetteer read from models/gazetteer.pack (written by scripts/pack-models.ts from gazetteer-sources.ts): the
 * phrases' keys in their order, every other map's keys as indices into them (each is a phrase's key or ""), and the
 * values in each map's order, so that a run makes the maps without keying a phrase or parsing JSON. Keys taken
 * from the phrases carry the hash the phrases' map already computed: the other maps fill faster.
 */
import type { City, Gazetteer } from "./gazetteer-model.js";
import type { Pack } from "./model-pack.js";
import { sortedWords } from "./sorted-words.js";

/** What the pack's layout is; a pack of another format is not read (bump it when this file or the packer changes). */
export const GAZETTEER_PACK_FORMAT = 3;

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

/**
 * The first token of each phrase → the most tokens a phrase starting with it has, filled in the phrases' order as
 * gazetteer-sources.ts's `mark` fills it (the same entries in the same order).
 */
function longestOf(keys: readonly string[]): Map<string, number> {
  const longest = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const space = key.indexOf(" ");
    if (space < 0) {
      if (!longest.has(key)) longest.set(key, 1);
      continue;
    }
    const first = key.slice(0, space);
    let length = 2;
    for (let at = key.indexOf(" ", space + 1); at >= 0; at = key.indexOf(" ", at + 1)) length++;
    if ((longest.get(first) ?? 0) < length) longest.set(first, length);
  }
  return longest;
}

export function unpackGazetteer(pack: Pack): Gazetteer {
  const meta = pack.meta as unknown as GazetteerMeta;
  const keys = lines(pack.text("phraseKeys"));
  const kinds = pack.int32("phraseKinds");
  const phrases = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) phrases.set(keys[i] as string, kinds[i] as number);
  /** A map from phrases (by index) to values. */
  const keyed = <T>(name: string, valueAt: (i: number) => T): Map<string, T> => {
    const at = pack.int32(name);
    const map = new Map<string, T>();
    for (let i = 0; i < at.length; i++) {
      const index = at[i] as number;
      map.set(index < 0 ? "" : (keys[index] as string), valueAt(i));
    }
    return map;
  };
  const textValues = (name: string): ((i: number) => string) => {
    const values = lines(pack.text(name));
    return (i) => values[i] as string;
  };
  const cityNames = textValues("cityNames");
  const cityCountries = pack.int32("cityCountries");
  const cityPopulations = pack.int32("cityPopulations");
  const regionNames = textValues("regionNames");
  const regionCountries = textValues("regionCountries");
  return {
    phrases,
    longest: longestOf(keys),
    countries: keyed("countryKeys", textValues("countryNames")),
    demonyms: keyed("demonymKeys", textValues("demonymNames")),
    cities: keyed(
      "cityKeys",
      (i): City => ({
        name: cityNames(i),
        country: meta.cityCountries[cityCountries[i] as number] as string,
        population: cityPopulations[i] as number,
      }),
    ),
    usStates: new Set(keyed("usStates", () => true).keys()),
    regions: keyed("regionKeys", (i) => ({ name: regionNames(i), country: regionCountries(i) })),
    commonWords: sortedWords(pack.text("commonWords")),
    ordinaryWords: sortedWords(pack.text("ordinaryWords")),
  };
}
