/**
 * Nationalities and ages as speakers ("the Brazilian said", "the 34-year-old added"): the person the document
 * describes so; a nationality described of nobody is nobody, and never a name. All text here is invented for
 * these tests, in the styles of British, Canadian and Australian sport and court news.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const NATIONALS: Tagged = {
  Brazilian: { type: "demonym", entity: "Brazil" },
  Portuguese: { type: "demonym", entity: "Portugal" },
  Japanese: { type: "demonym", entity: "Japan" },
  Iranians: { type: "demonym", entity: "Iran" },
};

describe("a nationality as a speaker", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the Brazilian` is the person described as Brazilian before the name, not the coach named last",
      'Brazilian striker Rui Sallas scored twice as Porto beat Braga. Portuguese coach Andre Vilas praised him. "It was a great night," the Brazilian said.',
      { "Rui Sallas": {}, "Andre Vilas": {} },
      [["Rui Sallas", "Brazilian"]],
    ],
    [
      "`the Brazilian` after an apposition (`Rui Sallas, a 24-year-old Brazilian,`)",
      'Rui Sallas, a 24-year-old Brazilian, scored twice as Porto beat Braga. Coach Andre Vilas praised him. "It was a great night," said the Brazilian.',
      { "Rui Sallas": {}, "Andre Vilas": {} },
      [["Rui Sallas", "Brazilian"]],
    ],
    [
      "a nationality the document gives nobody is nobody, not the person named last",
      'Rui Sallas scored twice as Porto beat Braga. Coach Andre Vilas praised the team. "It was a great night," the Brazilian said.',
      { "Rui Sallas": {}, "Andre Vilas": {} },
      [[null, "Brazilian"]],
    ],
    [
      "an undescribed nationality after one person named just before: that person",
      'Rui Sallas was pleased with the win over Braga. "We deserved it," the Brazilian said.',
      { "Rui Sallas": {} },
      [["Rui Sallas", "Brazilian"]],
    ],
    [
      "not the one person named before when the document gives them another nationality",
      'Portuguese coach Andre Vilas was pleased with the win. "We deserved it," the Brazilian said.',
      { "Andre Vilas": {} },
      [[null, "Brazilian"]],
    ],
    [
      "`one Japanese broker` is no person named Japanese",
      'Prices fell in Tokyo, said Kenji Sato of Hollbrook Securities. "We cannot stop the selling," said one Japanese broker.',
      { "Kenji Sato": {} },
      [[null, "Japanese"]],
    ],
    [
      "a clause after the comma gives the name no nationality (`Rui Sallas, who joined from a Brazilian club,`)",
      'Rui Sallas, who joined from a Brazilian club, scored twice. Coach Andre Vilas praised him. "It was a great night," the Brazilian said.',
      { "Rui Sallas": {}, "Andre Vilas": {} },
      [[null, "Brazilian"]],
    ],
    [
      "guard: a name the document writes with a nationality before it still speaks by name",
      'Brazilian striker Rui Sallas scored twice. "It was a great night," Sallas said.',
      { "Rui Sallas": {}, Sallas: { entity: "Rui Sallas" } },
      [["Rui Sallas", "Sallas"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, { ...NATIONALS, ...tagged })).toEqual(expected);
  });
});

describe("an age as a speaker", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the age before the name with describers between (`the 34-year-old Canadian striker Dana Whitlow`)",
      'The 34-year-old Canadian striker Dana Whitlow scored the winner. Her coach Lena Horvath was delighted. "I am so happy," the 34-year-old added.',
      { "Dana Whitlow": {}, "Lena Horvath": {} },
      [["Dana Whitlow", "the 34-year-old"]],
    ],
    [
      "nobody given the age: not the person named inside the quote",
      'A comedian posted a clip on Thursday. "Could Dana Whitlow sing the anthem in tune?" the 43-year-old wrote.',
      { "Dana Whitlow": {} },
      [[null, "the 43-year-old"]],
    ],
    [
      "nobody given the age: not a person the document gives another age",
      'Karen Walsh, 61, was charged in Leeds on Monday. "I did nothing wrong," the 45-year-old said.',
      { "Karen Walsh": {} },
      [[null, "the 45-year-old"]],
    ],
    [
      "guard: a verb between the age and the name gives the name no age (`a 45-year-old man told Karen Walsh`)",
      'A 45-year-old man told Karen Walsh about the fire. Tom Hart, 45, was charged in Perth. "I did nothing wrong," the 45-year-old said.',
      { "Karen Walsh": {}, "Tom Hart": {} },
      [["Tom Hart", "the 45-year-old"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
