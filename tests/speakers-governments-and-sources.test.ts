/**
 * Speakers a careful reader names without a person: a capital speaking for its government (`“…,” Moscow said`),
 * an unnamed source or spokesman for someone (`quoted a source close to Vell as saying`, `a spokesman for Vell
 * said`: not Vell), and an agent or publicist the document named before (`Her agent, Tom Harlow, …` then `the agent
 * said`). All text here is invented for these tests (invented people, towns and firms; real capitals only as the
 * governments they stand for).
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a capital as a speaker is its country's government", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a capital the tagger read as a person",
      'Talks on the border stalled on Monday. "We will not give in to pressure," Tunis said in a statement.',
      { Tunis: {} },
      [[null, "Tunis", "Tunis"]],
    ],
    [
      "a capital the tagger missed, post-posed",
      'Talks on the border stalled on Monday. "We will not give in to pressure," said Valletta.',
      {},
      [[null, "Valletta", "Valletta"]],
    ],
    [
      "a capital that is a first name, in a story naming its country",
      'Officials from Bulgaria met their neighbours on Monday. "We will not give in to pressure," Sofia said.',
      { Bulgaria: { type: "country" }, Sofia: {} },
      [[null, "Sofia", "Sofia"]],
    ],
    [
      "guard: a capital the tagger read as a place keeps the place's name (as before)",
      'Talks on the border stalled on Monday. "We will not give in to pressure," Moscow said.',
      { Moscow: { type: "place" } },
      [[null, "Moscow", "Moscow"]],
    ],
    // Guards: a person the document names with the word; a first name alone where no country is named; a
    // capital inside a longer phrase; a town that is no capital.
    [
      "guard: a person named like the capital",
      'The winger Rui Lima scored twice on Sunday. "It was a good day," Lima said.',
      { "Rui Lima": {}, Lima: { entity: "Rui Lima" } },
      [["Rui Lima", "Lima"]],
    ],
    [
      "guard: a first name alone, no country named",
      'The girl was found safe on Sunday. "I was scared," Sofia said.',
      { Sofia: {} },
      [["Sofia", "Sofia"]],
    ],
    [
      "guard: a club's coach named after its city",
      'Moscow Ravens lost 3-1 on Sunday. "We played badly," said Moscow coach Ivan Tarkel.',
      { "Moscow Ravens": { type: "organization" }, Moscow: { type: "place" }, "Ivan Tarkel": {} },
      [["Ivan Tarkel", "Ivan Tarkel"]],
    ],
    [
      "guard: a town that is no capital, read as a person, stays as before",
      'The match was close. "We played badly," Glenholt said.',
      { Glenholt: {} },
      [["Glenholt", "Glenholt"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("an unnamed source or spokesman for someone is not that someone", () => {
  const vell: Tagged = {
    "Dana Vell": {},
    Vell: { entity: "Dana Vell" },
    "Daily Harbinger": { type: "organization" },
  };
  it.each<[string, string, Speaker[]]>([
    [
      "`quoted a source close to X as saying`, quote after",
      'The singer Dana Vell cancelled her tour. The Daily Harbinger quoted a source close to Vell as saying: "She is very tired."',
      [[null, "a source"]],
    ],
    [
      "`quoted a source close to X as saying`, quote before",
      'The singer Dana Vell cancelled her tour. "She is very tired," the Daily Harbinger quoted a source close to Vell as saying.',
      [[null, "a source"]],
    ],
    [
      "`quoted a person familiar with …`",
      'The singer Dana Vell cancelled her tour. The Daily Harbinger quoted a person familiar with the tour as saying: "She is very tired."',
      [[null, "a person"]],
    ],
    [
      "`a spokesman for X said`",
      'The singer Dana Vell cancelled her tour. "She is very tired," a spokesman for Vell said.',
      [[null, "a spokesman"]],
    ],
    [
      "`said a representative for Mr X` (a title between)",
      'The singer Dana Vell cancelled her tour. "She is very tired," said a representative for Mr Vell.',
      [[null, "a representative"]],
    ],
    [
      "`an adviser to X said`",
      'The singer Dana Vell cancelled her tour. "She is very tired," an adviser to Vell said.',
      [[null, "an adviser"]],
    ],
    [
      "`A senior aide to X said:` before the quote",
      'The singer Dana Vell cancelled her tour. A senior aide to Dana Vell said: "She is very tired."',
      [[null, "A senior aide"]],
    ],
    // Guards: the person quoted is the person; a spokesman the document names speaks; an unnamed source stays;
    // someone spoken to after "to" with a comma between, and a word no role before "to", leave the person speaking.
    [
      "guard: `Speaking to X, Y said`",
      'The singer Dana Vell cancelled her tour. Speaking to Vell, Jo Pell said: "She is very tired."',
      [["Jo Pell", "Jo Pell"]],
    ],
    [
      "guard: `X said to Y`",
      'The singer Dana Vell cancelled her tour. "She is very tired," Jo Pell said to Vell.',
      [["Jo Pell", "Jo Pell"]],
    ],
    [
      "guard: `quoted X as saying`",
      'The singer Dana Vell cancelled her tour. The Daily Harbinger quoted Vell as saying: "I am very tired."',
      [["Dana Vell", "Vell"]],
    ],
    [
      "guard: a role before the person's own name (`spokeswoman Jo Pell`)",
      'The singer Dana Vell cancelled her tour. "She is very tired," said spokeswoman Jo Pell.',
      [["Jo Pell", "Jo Pell"]],
    ],
    [
      "guard: `a source close to X said` was already the source",
      'The singer Dana Vell cancelled her tour. "She is very tired," a source close to Vell said.',
      [[null, "a source"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text, { ...vell, "Jo Pell": {} })).toEqual(expected);
  });
});

describe("an agent or publicist is the one the document named so", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X's agent, Y,` then `the agent said`",
      'Dana Vell\'s agent, Tom Harlow, was at the hearing. "We have nothing to add," the agent said.',
      { "Dana Vell": {}, "Tom Harlow": {} },
      [["Tom Harlow", "the agent"]],
    ],
    [
      "`publicist Y` then `the publicist said`",
      'The singer Dana Vell arrived with publicist Tom Harlow. "We have nothing to add," the publicist said.',
      { "Dana Vell": {}, "Tom Harlow": {} },
      [["Tom Harlow", "the publicist"]],
    ],
    [
      "guard: nobody named agent",
      'The singer Dana Vell arrived late. "We have nothing to add," the agent said.',
      { "Dana Vell": {} },
      [[null, "the agent"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
