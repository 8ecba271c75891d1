/**
 * A US forces' grade and class before a name is the person's title (extract/entities/class-ranks.ts): first on the
 * tagger's spans as invented text shows them, then through annotate's naming. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { classRankSpans } from "../src/extract/entities/class-ranks.js";
import { tokenize } from "../src/text/tokenize.js";
import { namedOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function repaired(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, classRankSpans(spans, tokens, 0, tokens.length));
}

describe("the grade and class leave the spans", () => {
  it.each([
    [
      "[ORG Petty Officer] 2nd Class [PER Maria Vantorre] said",
      "Petty Officer 2nd Class [PER Maria Vantorre] said",
    ],
    ["Sergeant [LOC First Class Ray Hollis] spoke", "Sergeant First Class [PER Ray Hollis] spoke"],
    ["[PER Airman First Class Dana Whitlow] left", "Airman First Class [PER Dana Whitlow] left"],
    [
      "[PER Chief Petty Officer 1st Class Lars Henning] died",
      "Chief Petty Officer 1st Class [PER Lars Henning] died",
    ],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("guards: a class that follows no grade, or a grade with no class", () => {
  it.each([
    ["the [MISC First Class] lounge", "the [MISC First Class] lounge"],
    ["[ORG Royal Mail] First Class stamps", "[ORG Royal Mail] First Class stamps"],
    ["Sergeant [PER Ray Hollis] spoke", "Sergeant [PER Ray Hollis] spoke"],
    ["Sergeant  First Class [PER Ray Hollis] spoke", "Sergeant  First Class [PER Ray Hollis] spoke"],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("through annotate: the person is named without the grade", () => {
  it.each([
    [
      "Petty Officer 2nd Class Maria Vantorre said she had started driving for a taxi firm.",
      ["Maria Vantorre|person"],
    ],
    ["Sergeant First Class Ray Hollis said the base was quiet.", ["Ray Hollis|person"]],
  ])("%j", (text, mentions) => {
    expect(namedOf(text).mentions).toEqual(mentions);
  });
});
