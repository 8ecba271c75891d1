/**
 * Namesakes and a person's own role nouns: which of two people of one family a bare surname is, and which
 * roles and gendered nouns belong to a name. All text here is written for these tests, in the styles of
 * Canadian, British, Irish and Australian news.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a bare surname two people of the document share", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the father named in full throughout: `Ferris` is the daughter",
      'Doug Ferris watched from the stands in Regina as his daughter, Amy Ferris, scored twice. "I was not nervous at all," Ferris told CBC. Doug Ferris laughed. "She gets the speed from her mother," Doug Ferris said.',
      { "Doug Ferris": {}, "Amy Ferris": {}, Ferris: { entity: "Doug Ferris" } },
      [
        ["Amy Ferris", "Ferris"],
        ["Doug Ferris", "Doug Ferris"],
      ],
    ],
    [
      "the husband named in full again: `Kendal` is the councillor",
      'Ruth Kendal, the Labour councillor for Leeds Central, was cleared on Monday. Her husband, Martin Kendal, sat beside her. "It has been a long year," Kendal told the BBC. Martin Kendal said the family would now rest.',
      { "Ruth Kendal": {}, "Martin Kendal": {}, Kendal: { entity: "Martin Kendal" } },
      [["Ruth Kendal", "Kendal"]],
    ],
    [
      "a pronoun after the namesake's quote follows it",
      'Frank Doyle was on the quay in Cork when his son Sean Doyle came ashore. "The sea took everything I had," Doyle said. "I lived on rainwater," he said. Frank Doyle wept.',
      { "Frank Doyle": {}, "Sean Doyle": {}, Doyle: { entity: "Frank Doyle" } },
      [
        ["Sean Doyle", "Doyle"],
        ["Sean Doyle", "he"],
      ],
    ],
    [
      "both named in full again: the names layer's choice stands",
      'Anne Walsh and her brother Peter Walsh run a bakery in Perth. "We open at five," Walsh said. Anne Walsh bakes; Peter Walsh sells.',
      { "Anne Walsh": {}, "Peter Walsh": {}, Walsh: { entity: "Anne Walsh" } },
      [["Anne Walsh", "Walsh"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("roles and gendered nouns are a name's own only inside its phrase", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a vocative `“Judge,”` before a lawyer's name gives him no office",
      'Lawyer Emeka Okafor rose in the Ottawa courtroom. "Judge," Okafor said, "my client has waited two years." The judge did not look up. "Sit down," the judge said.',
      { "Emeka Okafor": {}, Okafor: { entity: "Emeka Okafor" } },
      [
        ["Emeka Okafor", "Okafor"],
        [null, "the judge"],
      ],
    ],
    [
      "`an unnamed official as saying that Lang` gives Lang no office",
      'The Globe quoted an unnamed Liberal official as saying that Peter Lang would resign. "He has lost the caucus," said the official.',
      { "Peter Lang": {} },
      [[null, "the official"]],
    ],
    [
      "`his wife` before a caption run into the text is not the chairman's",
      'Tom Bell has withdrawn to be with his wife Club chairman Ray Dunn spoke about the course on Monday. After buying the houses on the road, Dunn is promising a new car park. "It is going to look nice," he said.',
      { "Tom Bell": {}, "Ray Dunn": {}, Dunn: { entity: "Ray Dunn" } },
      [["Ray Dunn", "he"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
