/**
 * The subject of the sentence before a `“…,” he said`: names in a list or in a possessive are no rivals to it,
 * and a name after an opening phrase with an auxiliary after it is the subject. All text here is written for
 * these tests, in the styles of Scottish, Canadian, Kenyan and American news.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("the subject just before a pronoun speaker", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Having …, Dunn will …` then a list of players: the manager speaks",
      'Kilmarnock confirmed their new manager on Friday. Having settled his own future, Ray Dunn will next week turn to the contracts of four players — Tom Bell, Sam Weir, Ian Gray and Rob Kerr — who are out of contract. "They will want to know where they stand," he said.',
      {
        "Ray Dunn": {},
        "Tom Bell": {},
        "Sam Weir": {},
        "Ian Gray": {},
        "Rob Kerr": {},
      },
      [["Ray Dunn", "he"]],
    ],
    [
      "`Paul Kerr, Tom Hale's spokesman,`: the possessive is no rival",
      'Tom Hale lost the Nairobi primary by 300 votes. Asked about fraud, Paul Kerr, Tom Hale\'s spokesman, suggested the count had been rushed. "Most branches tried to do a good job," he said.',
      { "Tom Hale": {}, "Paul Kerr": {} },
      [["Paul Kerr", "he"]],
    ],
    [
      "a name after a later comma with `was` is no subject: `remembered that before Ohio, Hale was …`",
      "Ian Ross, a bakery owner in Toronto, remembered that before Ohio, Tom Hale was seen as an outsider. \"I'm sure that's what most of us thought of him,\" he said.",
      { "Ian Ross": {}, "Tom Hale": {} },
      [["Ian Ross", "he"]],
    ],
    [
      "`Ian Marsh, a Hale supporter, said …`: a name after an article is a modifier, no rival",
      'Tom Hale met party leaders in Halifax on Monday. "We made progress," Hale told reporters. Ian Marsh, a Hale supporter, said the meeting would help both men. "I don\'t think it is do or die," he said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Ian Marsh": {} },
      [
        ["Tom Hale", "Hale"],
        ["Ian Marsh", "he"],
      ],
    ],
    [
      "a subject of unknown gender (`Lee`) is the pronoun's when nobody else is named after it",
      'Tom Hale opened a campaign office in Regina on Monday. "We are in good shape," Hale told reporters. Lee Marsh, Saskatchewan director for the campaign, said 900 volunteers had signed up. "Time is always a challenge," he said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Lee Marsh": {} },
      [
        ["Tom Hale", "Hale"],
        ["Lee Marsh", "he"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
