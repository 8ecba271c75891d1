/**
 * Names of places the tagger found (LOC): a country under its canonical name, or a place with the
 * country it lies in where the gazetteer knows it.
 *
 * "Georgia": the country gazetteer lists it, so it is read as the country, except right after
 * "<US city>," or "<US state>," ("Atlanta, Georgia"), or before "state", where it is the US state (a place in the
 * United States). International news mentions the country far more often than a bare state name.
 */
import { COMPASS_INITIALS } from "../../lexicon/place-openers.js";
import { displayName } from "../../text/names.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";

export const UNITED_STATES = "United States";

export type PlaceReading =
  | { type: "country"; entity: string }
  | { type: "place"; entity: string; country?: string }
  | { type: "demonym"; entity: string };

export function keyOf(tokens: readonly Token[], first: number, end: number): string {
  let key = "";
  for (let i = first; i < end; i++) key += (i > first ? " " : "") + (tokens[i] as Token).lower;
  return key;
}

/** Whether the gazetteer knows the key as a country, a city, a region or a US state. */
export function isKnownPlace(key: string, gaz: Gazetteer): boolean {
  return gaz.countries.has(key) || gaz.cities.has(key) || gaz.regions.has(key) || gaz.usStates.has(key);
}

/**
 * The gazetteer's key of [first, end) with its opening compass initial written out ("n. korea" → "north korea"),
 * or null when the span opens on no such initial or no written-out form is a known place.
 */
export function compassPlaceKey(
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): string | null {
  if (end - first < 2) return null;
  const points = COMPASS_INITIALS.get((tokens[first] as Token).lower);
  if (points === undefined) return null;
  const rest = keyOf(tokens, first + 1, end);
  for (const point of points) {
    const key = `${point} ${rest}`;
    if (isKnownPlace(key, gaz)) return key;
  }
  return null;
}

const INITIAL_WITH_STOP = /^\p{Lu}\.$/u;
const LETTER = /^\p{Lu}$/u;

/**
 * The gazetteer's country key of [first, end) read as an initialism written without its last stop ("U.S" →
 * "u.s.", glued-initialisms.ts), or null.
 */
export function gluedInitialismKey(
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): string | null {
  if (end - first !== 2 || end > tokens.length) return null;
  const initial = tokens[first] as Token;
  const letter = tokens[first + 1] as Token;
  if (!INITIAL_WITH_STOP.test(initial.text) || !LETTER.test(letter.text) || letter.start !== initial.end)
    return null;
  // A longer code glued on ("<ABC.S.T>", "U.S.A"): not this.
  const next = tokens[end];
  if (next !== undefined && next.start === letter.end && /^[\p{L}\p{N}.]/u.test(next.text)) return null;
  const key = `${initial.text}${letter.text}.`.toLowerCase();
  return gaz.countries.has(key) ? key : null;
}

/** Whether the tokens before `first` read "<place in the US> ,". */
function afterUsPlace(tokens: readonly Token[], first: number, gaz: Gazetteer): boolean {
  if (tokens[first - 1]?.text !== ",") return false;
  for (let length = 1; length <= 3 && first - 1 - length >= 0; length++) {
    const key = keyOf(tokens, first - 1 - length, first - 1);
    if (gaz.usStates.has(key) || gaz.cities.get(key)?.country === UNITED_STATES) return true;
  }
  return false;
}

/** How to read the LOC name `text` made of tokens [first, end). */
export function readPlace(
  tokens: readonly Token[],
  first: number,
  end: number,
  text: string,
  gaz: Gazetteer,
): PlaceReading {
  // "N. Korea" is read as "north korea" when the gazetteer knows that (compass-places.ts), "U.S" as "u.s."
  // (glued-initialisms.ts).
  const key =
    compassPlaceKey(tokens, first, end, gaz) ??
    gluedInitialismKey(tokens, first, end, gaz) ??
    keyOf(tokens, first, end);
  const country = gaz.countries.get(key);
  const isState = gaz.usStates.has(key);
  if (country !== undefined) {
    // Bounds-checked rather than `tokens[end]?.`: a read past the array's end threw away the optimized code
    // ("out of bounds" in --trace-deopt).
    const stateContext =
      afterUsPlace(tokens, first, gaz) || (end < tokens.length && (tokens[end] as Token).lower === "state");
    if (!(isState && stateContext)) return { type: "country", entity: country };
  }
  const region = gaz.regions.get(key);
  if (region !== undefined) return { type: "place", entity: region.name, country: region.country };
  const demonym = gaz.demonyms.get(key);
  if (demonym !== undefined) return { type: "demonym", entity: demonym };
  const city = gaz.cities.get(key);
  if (city !== undefined) return { type: "place", entity: city.name, country: city.country };
  return { type: "place", entity: displayName(text) };
}

/**
 * 1 when a place's span opens on a capitalized "The" that is no part of the name: "The United States will
 * send ...", where the article opens the sentence; 0 for a name that holds its article ("The Hague" is a city
 * of the gazetteer). CoNLL dev FIT: one.
 */
export function articleBefore(
  tokens: readonly Token[],
  span: { first: number; end: number },
  gaz: Gazetteer,
): number {
  if (span.end - span.first < 2 || (tokens[span.first] as Token).text !== "The") return 0;
  if (gaz.cities.has(keyOf(tokens, span.first, span.end))) return 0;
  const rest = keyOf(tokens, span.first + 1, span.end);
  return gaz.countries.has(rest) || gaz.cities.has(rest) || gaz.regions.has(rest) || gaz.usStates.has(rest)
    ? 1
    : 0;
}
