/**
 * resolve/names/place-contexts.ts: a name that only a place takes the words around ("residents of X", "X's mayor",
 * "X is a small town") is that place (session 25, issue 11: places listed as people). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

describe("a name in a place's context is a place (place-contexts.ts)", () => {
  it.each([
    ["Residents of Whitcombe were told to leave their homes.", []],
    ["The mayor of Whitcombe said the road was closed.", []],
    ["Whitcombe's mayor said the road was closed.", []],
    ["The streets of Whitcombe were flooded on Monday.", []],
    ["Whitcombe residents were told to leave.", []],
    ["Whitcombe is a town of 4,000 people near the coast.", []],
    ["Whitcombe is a small coastal town.", []],
    // A kind from the tagger's "the city of X" list (lexicon/name-contexts.ts PLACE_OF_NOUNS), one list for both.
    ["Whitcombe is a quiet hamlet on the moor.", []],
    // A division's lower-case noun right after the name (session 30): even a name a first-name list knows, after
    // "the", "in", "of" or a possessive.
    ["Farmers in Ghana's Ashanti region expect a small harvest.", []],
    ["Farmers in the Marovia region expect a small harvest.", []],
    ["Protests spread in Quenzhou province on Monday.", []],
    ["Shelling hit villages in the Dolgansk oblast overnight.", []],
    // A township's name (lexicon PLACE_SUFFIXES).
    ["Montville Township trustees on Thursday rejected the request by Buckeye Gravel.", []],
    // A division's capitalized word as the name's last (session 40).
    [
      "Mr Kwame Asante, a cocoa farmer in the Ashanti Region, said the river had turned brown.",
      ["Kwame Asante"],
    ],
    ["Shelling hit villages across the Dolgansk Oblast overnight, Ivan Petrenko said.", ["Ivan Petrenko"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons stay (place-contexts.ts)", () => {
  it.each([
    // "a city councillor": the phrase goes on to a person's post.
    ["Whitcombe is a city councillor in Leeds.", ["Whitcombe"]],
    // A known first name leads the name.
    ["The mayor of Dana Point said the road was closed.", ["Dana Point"]],
    // A person's mark on another mention of the name.
    ["Whitcombe, 34, said residents of Whitcombe were scared.", ["Whitcombe"]],
    // A longer person's name holds the word.
    ["Dana Whitcombe said the streets of Whitcombe were empty.", ["Dana Whitcombe"]],
    ["Dana Whitlow, the mayor of Whitcombe, said the road was closed.", ["Dana Whitlow"]],
    // A known first name before a division's noun with no article: a person's job ("district manager").
    ["Kelly district manager Joan Barr said the branch would close.", ["Kelly", "Joan Barr"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("the place is listed as a place (place-contexts.ts)", () => {
  it("every untitled mention of the name", () => {
    const doc = bodyOnlyDocument("Residents of Whitcombe were told to leave. Whitcombe was flooded in 2019.");
    const { mentions } = nameDocument(doc, splitDocument(doc));
    expect(mentions.map((m) => [m.text, m.type])).toEqual([
      ["Whitcombe", "place"],
      ["Whitcombe", "place"],
    ]);
  });
});
