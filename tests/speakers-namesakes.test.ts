/**
 * A person's own role nouns: which roles and gendered nouns belong to a name (which of two namesakes a bare
 * surname is: tests/names-shared-surnames.test.ts, since the names layer decides it). All text here is written
 * for these tests, in the styles of Canadian, British, Irish and Australian news.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

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
