/**
 * A describer set in commas before its person (`Her doctor, Dana Vell, said`, `The singer's teacher, Dana Vell,`):
 * a later "the doctor said" is that person, as "the lawyer said" already was for the role nouns. All text here is
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const tagged: Tagged = { "Mara Quill": {}, "Dana Vell": {}, "Tom Roe": {}, Velmont: { type: "place" } };

describe("a describer in commas before the name", () => {
  it.each<[string, string, Speaker[]]>([
    [
      "her doctor, then the doctor",
      'Mara Quill toured Velmont last week. Her doctor, Dana Vell, said the tour went well. "She is resting now," the doctor said.',
      [["Dana Vell", "the doctor"]],
    ],
    [
      "a possessor's teacher, then the teacher",
      'Mara Quill toured Velmont last week. The singer\'s teacher, Dana Vell, was upbeat. "She sang well," the teacher said.',
      [["Dana Vell", "the teacher"]],
    ],
    [
      "his neighbour, closing the sentence",
      'Tom Roe left Velmont in May. Nobody saw his neighbour, Dana Vell. "He was quiet," the neighbour said.',
      [["Dana Vell", "the neighbour"]],
    ],
    // Guards: a list after the describer names no one holder; nor a describer without a possessor.
    [
      "guard: a list after the describer",
      'Mara Quill toured Velmont last week. She thanked her doctor, Dana Vell and Tom Roe. "She is resting now," the doctor said.',
      [[null, "the doctor"]],
    ],
    [
      "guard: no possessor before the describer",
      'Mara Quill toured Velmont last week. In the end, doctor, Dana Vell, Tom Roe all came. "She is resting now," the doctor said.',
      [[null, "the doctor"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
