/**
 * Former names of countries and cities, in news of other decades, are those places (lexicon/country-aliases.ts,
 * read into the gazetteer by extract/entities/gazetteer-sources.ts): "Peking said" is no person, "Bombay" is
 * Mumbai, "West Germany" a country of its own. Invented text.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

function placesOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.text}|${m.type}|${m.entity}`);
}

describe("a place's former name is the place", () => {
  it.each([
    ["Peking said on Monday the talks would resume.", ["Peking|place|Beijing"]],
    ["The delegation flew from Bombay to Rangoon.", ["Bombay|place|Mumbai", "Rangoon|place|Yangon"]],
    ["Exports from West Germany rose 4 pct.", ["West Germany|country|West Germany"]],
    ["Tea prices in Ceylon fell.", ["Ceylon|country|Sri Lanka"]],
    // a current name is unchanged
    ["The delegation flew from Mumbai to Yangon.", ["Mumbai|place|Mumbai", "Yangon|place|Yangon"]],
  ])("%s", (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});
