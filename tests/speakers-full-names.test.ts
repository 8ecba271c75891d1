/**
 * One rule for "which full name does this short name belong to" (issue #11 item 4): a speaker's surname or first
 * name that the tagger kept alone joins the first-name-and-surname pair the text writes, by the person rule of
 * resolve/names (one pair, or the one written twice as often as the others). All text here is invented.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a short speaker name joins the full name the text writes", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the one pair the text writes",
      'Maria Velden opened the Regina office on Monday. "We are ready," Velden said.',
      { Velden: {} },
      [["Maria Velden", "Velden"]],
    ],
    [
      "of two pairs, the one written twice as often as the other",
      'Dana Roe runs the farm. Dana Roe bought it in 1990 and Dana Roe still works it; Mia Roe, her niece, helps. "It is hard work," Roe said.',
      { Roe: {} },
      [["Dana Roe", "Roe"]],
    ],
    [
      "two pairs written as often: the surname stays apart",
      'Dana Roe and Mia Roe run the farm. "It is hard work," Roe said.',
      { Roe: {} },
      [["Roe", "Roe"]],
    ],
    [
      "a first name the tagger kept joins its pair",
      'Treasury Secretary Lyle Danvers said on Monday that rates would hold. "We see no need to move," he said.',
      { Lyle: {} },
      [["Lyle Danvers", "he"]],
    ],
    [
      "an organization's word after a first name is no surname",
      'Benny Inc said profits rose in the quarter. Benny Pratt, its founder, was away. "We had a good year," Benny said.',
      { Benny: {} },
      [["Benny Pratt", "Benny"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
