/**
 * Nationality speakers ("the Scot said") and the nationalities the document gives people: "X of Sweden" after a
 * name, and a nationality before another name and a verb that is not the second person's. All text here is
 * invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const MATCH: Tagged = {
  "Jonas Lindqvist": {},
  Lindqvist: { entity: "Jonas Lindqvist" },
  Sweden: { type: "country" },
  Scot: { type: "demonym", entity: "United Kingdom" },
  Swede: { type: "demonym", entity: "Sweden" },
  Baird: { type: "place" },
};

describe("a nationality speaker is nobody the document gives another nationality", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X of Sweden` is no Scot, though the tagger missed the Scot's name",
      'The Scot Callum Baird beat Jonas Lindqvist of Sweden in straight sets. "I served really well today," the Scot said.',
      MATCH,
      [[null, "Scot"]],
    ],
    [
      "`Brazilian striker X beat Y`: the nationality is X's, not Y's",
      'Brazilian striker Rui Sallas beat Tomas Okafor to the award. "I played my best football this year," the Brazilian said.',
      { "Rui Sallas": {}, "Tomas Okafor": {}, Brazilian: { type: "demonym", entity: "Brazil" } },
      [["Rui Sallas", "Brazilian"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("guards: the nationality the document gives", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X of Sweden` is the Swede",
      'Jonas Lindqvist of Sweden lost in straight sets. "He was too good," the Swede said.',
      MATCH,
      [["Jonas Lindqvist", "Swede"]],
    ],
    [
      "a title between the nationality and the name keeps them one phrase",
      'Icelandic President Dana Whitlow met Tomas Okafor on Monday. "We agreed on fishing rights," the Icelandic president said.',
      { "Dana Whitlow": {}, "Tomas Okafor": {}, Icelandic: { type: "demonym", entity: "Iceland" } },
      [["Dana Whitlow", "the Icelandic president"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
