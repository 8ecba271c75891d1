/**
 * resolve/names/modifier-names.ts: a one-word name the document writes only before an award's or a product line's
 * noun is that thing's name, not a person (session 23, issue 11: awards and products listed as people). All
 * names are invented.
 */
import { describe, expect, it } from "vitest";
import { organizationsOf, peopleOf } from "./helpers/document.js";

describe("a name only written as an award's or a line's modifier is no person (modifier-names.ts)", () => {
  it.each([
    ["The show won three Marla awards. Holly Brennan, a Marla nominee, was delighted.", ["Holly Brennan"]],
    ["Zelda winner Holly Brennan presented the prize to Jamie Carrow.", ["Holly Brennan", "Jamie Carrow"]],
    ["Acme's Lucia fragrance sold well. The Lucia line of perfumes followed in May.", []],
    ["Acme said the Marla range of laptops sold out within hours.", []],
    ["Dana Whitlow said sales of the Nina collection had doubled since March.", ["Dana Whitlow"]],
    ["Holly Brennan won the best supporting actress Zelda on Sunday.", ["Holly Brennan"]],
    ["The film is a strong Zelda contender, critics said. Holly Brennan stars.", ["Holly Brennan"]],
    ["The Zelda ceremony will be held in Leeds. Holly Brennan will host.", ["Holly Brennan"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons before the same words stay (modifier-names.ts)", () => {
  it.each([
    // The name is written elsewhere as a person's, not as a modifier.
    ["The judge won the Okafor nomination vote. Okafor's supporters cheered.", ["Okafor"]],
    // A longer person's name holds the word: the line is named after her.
    ["Dana Whitlow launched the Whitlow range for Acme on Monday.", ["Dana Whitlow"]],
    // A titled mention is a person's.
    ["Mr Tesselman was the nominee. The Tesselman nomination went ahead.", ["Tesselman"]],
    // "best" and no award category's word: a friend.
    ["His best friend Jake said the trip was fun.", ["Jake"]],
    // A full name before the noun: not a one-word name.
    ["She beat the Dana Whitlow collection to the prize.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a firm named with the word keeps the mention (modifier-names.ts)", () => {
  it.each([
    [
      "Kestrel Group said it would buy Marla Ltd, maker of the Marla range of dresses.",
      ["Kestrel Group: Kestrel Group", "Marla Ltd: Marla, Marla Ltd"],
    ],
  ])("%s", (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected);
  });
});
