/**
 * A standalone quote whose speaker the next paragraph names ("That was the verdict of X", "So said X"): that
 * speaker, not the previous paragraph's. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const TAGGED: Tagged = {
  "Kieran Moffatt": {},
  "Gavin Threlkeld": {},
  "Priya Hollins": {},
  "Tomas Brierley": {},
};

describe("the next paragraph names a standalone quote's speaker", () => {
  it.each<[string, string, Speaker[]]>([
    [
      "`That was the verdict of X`",
      'The council voted to close the library.\n\n"This is a sad day," said councillor Priya Hollins.\n\n"The figures simply did not add up."\n\nThat was the verdict of council leader Tomas Brierley, who said repairs would cost £2m.',
      [
        ["Priya Hollins", "Priya Hollins"],
        ["Tomas Brierley", "Tomas Brierley"],
      ],
    ],
    [
      "`So said X`",
      'Rovers drew 1-1 on Saturday.\n\n"We should have won," said striker Kieran Moffatt.\n\n"I thought we were the better side."\n\nSo said Gavin Threlkeld, whose side are fourth.',
      [
        ["Kieran Moffatt", "Kieran Moffatt"],
        ["Gavin Threlkeld", "Gavin Threlkeld"],
      ],
    ],
    [
      "`Those were the words of X`",
      'Rovers drew 1-1 on Saturday.\n\n"We should have won," said striker Kieran Moffatt.\n\n"We were the better side. The lads worked hard."\n\nThose were the words of Gavin Threlkeld after the game.',
      [
        ["Kieran Moffatt", "Kieran Moffatt"],
        ["Gavin Threlkeld", "Gavin Threlkeld"],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text, TAGGED)).toEqual(expected);
  });
});

describe("the sentence right after a quote opening its paragraph names its speaker", () => {
  it.each<[string, string, Speaker[]]>([
    [
      "`“…” So says X, …` in one paragraph",
      'The council voted to close the library.\n\n"This is a sad day," said councillor Priya Hollins.\n\n"Nobody asked the readers what they wanted." So says Tomas Brierley, a retired teacher from the town.',
      [
        ["Priya Hollins", "Priya Hollins"],
        ["Tomas Brierley", "Tomas Brierley"],
      ],
    ],
    [
      "`“…” That is the view of X, …` in one paragraph",
      'The council voted to close the library.\n\n"This is a sad day," said councillor Priya Hollins.\n\n"The figures were never checked." That is the view of Gavin Threlkeld, who chairs the friends\' group.',
      [
        ["Priya Hollins", "Priya Hollins"],
        ["Gavin Threlkeld", "Gavin Threlkeld"],
      ],
    ],
    [
      "`“…” Those were the words of X` in one paragraph, the next quote going on with X",
      'Rovers drew 1-1 on Saturday.\n\n"We should have won," said striker Kieran Moffatt.\n\n"We were the better side." Those were the words of Gavin Threlkeld after the game.\n\n"The lads worked hard."',
      [
        ["Kieran Moffatt", "Kieran Moffatt"],
        ["Gavin Threlkeld", "Gavin Threlkeld"],
        ["Gavin Threlkeld", null],
      ],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text, TAGGED)).toEqual(expected);
  });
});

describe("a standalone quote with no recap goes on as before (guards)", () => {
  it.each<[string, string, Speaker[]]>([
    [
      "a next paragraph about someone, no recap: the previous speaker",
      'Rovers drew 1-1 on Saturday.\n\n"We should have won," said striker Kieran Moffatt.\n\n"We were the better side. The lads worked hard."\n\nGavin Threlkeld\'s side are now fourth.',
      [
        ["Kieran Moffatt", "Kieran Moffatt"],
        ["Kieran Moffatt", null],
      ],
    ],
    [
      "a quote standing after narration in its paragraph, then `So says X`: the narration's speaker",
      'Rovers drew 1-1 on Saturday.\n\nKieran Moffatt said the team had been unlucky. "We were the better side." So says Gavin Threlkeld, too.',
      [["Kieran Moffatt", "Kieran Moffatt"]],
    ],
    [
      "`“…” That was the view of most fans`: no person, the previous speaker",
      'Rovers drew 1-1 on Saturday.\n\n"We should have won," said striker Kieran Moffatt.\n\n"We were the better side." That was the view of most fans in the ground.',
      [
        ["Kieran Moffatt", "Kieran Moffatt"],
        ["Kieran Moffatt", null],
      ],
    ],
    [
      "`“…” Gavin Threlkeld's side are fourth.`: no recap, the previous speaker",
      'Rovers drew 1-1 on Saturday.\n\n"We should have won," said striker Kieran Moffatt.\n\n"We were the better side." Gavin Threlkeld\'s side are now fourth.',
      [
        ["Kieran Moffatt", "Kieran Moffatt"],
        ["Kieran Moffatt", null],
      ],
    ],
    [
      "`That was the view of` after a quote that does not close its paragraph",
      'Rovers drew 1-1 on Saturday.\n\n"We should have won," said striker Kieran Moffatt. He was booked.\n\nThat was the view of most fans in the ground.',
      [["Kieran Moffatt", "Kieran Moffatt"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text, TAGGED)).toEqual(expected);
  });
});
