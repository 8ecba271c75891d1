/**
 * Session 14: a list of names after a colon or opening its sentence, most of them read as persons, names persons
 * (name-lists.ts): a line-up's surnames read as towns or firms are persons. On the tagger's spans as invented text
 * shows them. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { nameListSpans } from "../src/extract/entities/name-lists.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, nameListSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a list of names most of which are persons", () => {
  it.each([
    [
      "The side: [PER Pellow], [LOC Staunby], [PER Okafor], [ORG McArdle], [PER Harte] and [PER Quill].",
      "The side: [PER Pellow], [PER Staunby], [PER Okafor], [PER McArdle], [PER Harte] and [PER Quill].",
    ],
    [
      "Team: [PER Dana Pellow], [ORG Tiihu Staunby], [PER Ray Okafor], [PER Lin Harte], [PER Ozias Quill]",
      "Team: [PER Dana Pellow], [PER Tiihu Staunby], [PER Ray Okafor], [PER Lin Harte], [PER Ozias Quill]",
    ],
    // a country stays a country
    [
      "Squad: [PER Pellow], [LOC France], [PER Okafor], [PER Harte], [PER Quill]",
      "Squad: [PER Pellow], [LOC France], [PER Okafor], [PER Harte], [PER Quill]",
    ],
    // persons not the most read kind; fewer than five names; a list after "for" (brands as often)
    [
      "Brands: [ORG Zentrix], [ORG Kelvo], [PER Gibbon], [PER Tappley], [ORG Frigon]",
      "Brands: [ORG Zentrix], [ORG Kelvo], [PER Gibbon], [PER Tappley], [ORG Frigon]",
    ],
    [
      "Team: [PER Pellow], [LOC Staunby], [PER Okafor] and [PER Harte]",
      "Team: [PER Pellow], [LOC Staunby], [PER Okafor] and [PER Harte]",
    ],
    [
      "parts for [PER Pellow], [LOC Staunby], [PER Okafor], [PER Harte] and [PER Quill]",
      "parts for [PER Pellow], [LOC Staunby], [PER Okafor], [PER Harte] and [PER Quill]",
    ],
    // Guards of session 19's move of the relabeling out of the loop (the same readings, no context per token): a
    // list that crosses a span is left as read; a list turned down (persons not the most) lets a later list be read.
    [
      "Team: [PER Pellow], [LOC Staunby, Okafor], [PER Harte], [PER Quill], [PER Mabry]",
      "Team: [PER Pellow], [LOC Staunby, Okafor], [PER Harte], [PER Quill], [PER Mabry]",
    ],
    [
      "Brands: [ORG Zentrix], [ORG Kelvo], [PER Gibbon], [PER Tappley], [ORG Frigon] - [PER Pellow], [LOC Staunby], [PER Okafor], [PER Harte] and [PER Quill]",
      "Brands: [ORG Zentrix], [ORG Kelvo], [PER Gibbon], [PER Tappley], [ORG Frigon] - [PER Pellow], [PER Staunby], [PER Okafor], [PER Harte] and [PER Quill]",
    ],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
