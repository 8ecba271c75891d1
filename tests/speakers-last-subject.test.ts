/**
 * A speaker pronoun read from the sentences before it: the subject of the last sentence naming a person (over
 * someone quoted at length before), never the person its own clause names after it ("he told Roe"), and in a
 * relative clause the one person its sentence names. All text here is invented.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a speaker pronoun and the sentences before it", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`He said:` after a sentence whose subject is another man than the one quoted before (who is its object)",
      'Tom Hale opened his campaign in Regina. "We will balance the books," Hale said. "Every dollar counts," Hale added. On the radio, Senator Ray Whitlow met Hale. He said: "He has never balanced a budget."',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {} },
      [
        ["Tom Hale", "Hale"],
        ["Tom Hale", "Hale"],
        ["Ray Whitlow", "He"],
      ],
    ],
    [
      "a sentence naming nobody between the subject and the pronoun is skipped",
      'Tom Hale spoke first. "We will win," Hale said. Later that night, Ray Whitlow criticized Hale\'s budget. The crowd was quiet. He said: "The numbers do not add up."',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {} },
      [
        ["Tom Hale", "Hale"],
        ["Ray Whitlow", "He"],
      ],
    ],
    [
      "the last sentence's subject is not the speaker when the quote names it: `He said, “Tom Hale changed …”`",
      'Ray Whitlow, a teacher, spoke at the memorial for Tom Hale. "He gave us hope," Whitlow said. For Whitlow, Hale was a legend. He said, "Tom Hale changed this province."',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {}, Whitlow: { entity: "Ray Whitlow" } },
      [
        ["Ray Whitlow", "Whitlow"],
        ["Ray Whitlow", "He"],
      ],
    ],
    [
      "`he told Hale`: the person the pronoun's clause names after it is not its referent",
      'Tom Hale spoke to farmers in Moose Jaw. "We will not raise taxes," Hale said. A farmer in the front row stood up. "You said that last year," he told Hale.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" } },
      [
        ["Tom Hale", "Hale"],
        [null, "he"],
      ],
    ],
    [
      "`in which she declared`: the one woman the sentence names, even as a possessive (`Ann Roe's speech`)",
      'Mia Lund, the author, backs the campaign. "She has earned it," Lund said. Supporters point to Ann Roe\'s speech in Geneva in which she declared: "Rights belong to everyone."',
      { "Mia Lund": {}, Lund: { entity: "Mia Lund" }, "Ann Roe": {} },
      [
        ["Mia Lund", "Lund"],
        ["Ann Roe", "she"],
      ],
    ],
    [
      "a possessive inside an opening clause is the named subject's: `After admitting his mistake, Ray Whitlow \u2026`",
      'Tom Hale opened his campaign in Regina. "We will balance the books," Hale said. After admitting his mistake, Ray Whitlow was asked about the budget. "It was a long night," he said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {} },
      [
        ["Tom Hale", "Hale"],
        ["Ray Whitlow", "he"],
      ],
    ],
    [
      "`her` inside an opening clause after another opening phrase: `On Monday, after admitting her mistake, Ann Roe \u2026`",
      'Mia Lund spoke first. "We will win," Lund said. On Monday, after admitting her mistake, Ann Roe left the hall early. "I am not done," she said.',
      { "Mia Lund": {}, Lund: { entity: "Mia Lund" }, "Ann Roe": {} },
      [
        ["Mia Lund", "Lund"],
        ["Ann Roe", "she"],
      ],
    ],
    [
      "`Before admitting her mistake, Ann Roe was asked \u2026`: the subject after the opening clause's comma",
      'Mia Lund spoke first. "We will win," Lund said. Before admitting her mistake, Ann Roe was asked about the vote. "I am not done," she said.',
      { "Mia Lund": {}, Lund: { entity: "Mia Lund" }, "Ann Roe": {} },
      [
        ["Mia Lund", "Lund"],
        ["Ann Roe", "she"],
      ],
    ],
    [
      "guard: a possessive in the main clause keeps the chain (`Workers praised his plan as Tom Hale watched`)",
      'Tom Hale spoke first. "We will win," Hale said. Ray Whitlow toured the mill on Monday. Workers praised his plan as Tom Hale watched. "It was a long night," he said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {} },
      [
        ["Tom Hale", "Hale"],
        ["Ray Whitlow", "he"],
      ],
    ],
    [
      "guard: a sentence-opening possessive keeps the chain (`His visit ended when Tom Hale arrived`)",
      'Tom Hale spoke first. "We will win," Hale said. Ray Whitlow toured the mill on Monday. His visit ended when Tom Hale arrived. "It was a long night," he said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {} },
      [
        ["Tom Hale", "Hale"],
        ["Ray Whitlow", "he"],
      ],
    ],
    [
      "guard: an apposition after the opening clause is no subject (`According to his aide, Tom Hale, \u2026`)",
      'Tom Hale spoke first. "We will win," Hale said. Ray Whitlow toured the mill on Monday. According to his aide, Tom Hale, the tour ran late. "It was a long night," he said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {} },
      [
        ["Tom Hale", "Hale"],
        ["Ray Whitlow", "he"],
      ],
    ],
    [
      "guard: a possessive after the opening clause's comma keeps the chain (`After the tour, his staff met Tom Hale`)",
      'Tom Hale spoke first. "We will win," Hale said. Ray Whitlow toured the mill on Monday. After the tour, his staff met Tom Hale. "It was a long night," he said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ray Whitlow": {} },
      [
        ["Tom Hale", "Hale"],
        ["Ray Whitlow", "he"],
      ],
    ],
    [
      "guard: `her` in the main clause keeps the chain (`Workers praised her plan as Mia Lund watched`)",
      'Mia Lund spoke first. "We will win," Lund said. Ann Roe toured the mill on Monday. Workers praised her plan as Mia Lund watched. "I am not done," she said.',
      { "Mia Lund": {}, Lund: { entity: "Mia Lund" }, "Ann Roe": {} },
      [
        ["Mia Lund", "Lund"],
        ["Ann Roe", "she"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
