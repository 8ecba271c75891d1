/**
 * A name opening its sentence, a description between commas, a verb, then "and said “…”": the name speaks
 * ("Tina Marlow, who chairs the traders' guild, stood by the gate and said “…”"). All text here is invented.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("the described subject of a coordinated reporting verb", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a role between commas, then `stood by the gate and said`",
      'A van hit the market stall on Saturday.\n\nTina Marlow, chair of the market traders, stood by the gate and said "The van never slowed down. We all ran." Stallholder Dom Fenwick said "It was chaos".',
      { "Tina Marlow": {}, "Dom Fenwick": {} },
      [
        ["Tina Marlow", "Tina Marlow"],
        ["Dom Fenwick", "Stallholder Dom Fenwick"],
      ],
    ],
    [
      "a description with a preposition between commas, then `stayed all night and said`",
      'The storm hit on Sunday.\n\nDana Whitlow, a volunteer at the shelter, stayed all night and said "Nobody here has slept. We need help."',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "Dana Whitlow"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("what is no described subject (guards)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a later sentence's own described subject speaks, not the earlier speaker",
      'Dana Whitlow said the roof leaked on Sunday. Tom Ashby, a builder who saw Dana Whitlow there, agreed and said "It needs fixing. Soon."',
      { "Dana Whitlow": {}, "Tom Ashby": {} },
      [["Tom Ashby", "Tom Ashby"]],
    ],
    [
      "an age between commas keeps its own reading",
      'Tina Marlow, 45, stood by the gate and said "The van never slowed. We all ran." Dom Fenwick said "It is grim".',
      { "Tina Marlow": {}, "Dom Fenwick": {} },
      [
        ["Tina Marlow", "Tina Marlow"],
        ["Dom Fenwick", "Dom Fenwick"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
