/**
 * "the former minister said" names the person the document gave the office as held before ("former finance
 * minister Jo Roe"), not the one who holds a minister's office now. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a former office's holder speaks as `the former …`", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`former finance minister X` (a portfolio word between) over the prime minister named after",
      'Former finance minister Ruth Akande criticised the budget on Friday. Prime Minister Samuel Oduya defended it. "This budget borrows from our grandchildren," the former minister said. "It is a budget for growth," the prime minister said.',
      { "Ruth Akande": {}, "Samuel Oduya": {} },
      [
        ["Ruth Akande", "the former minister"],
        ["Samuel Oduya", "the prime minister"],
      ],
    ],
    [
      "`X, a former health secretary,` over the holder now named after her",
      'Maria Okafor, a former health secretary, called the plan timid. Health Secretary Paul Venner announced it on Monday. "It will not shorten a single queue," the former secretary said.',
      { "Paul Venner": {}, "Maria Okafor": {} },
      [["Maria Okafor", "the former secretary"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("guards: the holder now, and a former office with nobody else", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the minister said` stays the holder now",
      'Former finance minister Ruth Akande criticised the budget. Finance Minister Samuel Oduya defended it. "It is a budget for growth," the minister said.',
      { "Ruth Akande": {}, "Samuel Oduya": {} },
      [["Samuel Oduya", "the minister"]],
    ],
    [
      "`the former minister` with only one minister named",
      'Agnes Liebl, a former minister, spoke at the rally. "The economy is strong," said the former minister.',
      { "Agnes Liebl": {} },
      [["Agnes Liebl", "the former minister"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
