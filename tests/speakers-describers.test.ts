/**
 * A calling or trade as a speaker ("the striker added", "the actress told the paper", "the treasurer said"): the
 * person the document described so, before the name or in apposition after it; nobody when it described no one
 * so. All text here is invented for these tests, in the styles of British, Australian and Canadian sport,
 * showbiz and state-politics news.
 */
import { describe, expect, it } from "vitest";
import { namedOf } from "./helpers/document.js";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a describer as a speaker", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the striker` is the person the document calls striker, not the manager named last",
      'A late goal from striker Tomas Brennock gave Harbury a 2-1 win. Manager Kieran Maddox was delighted. "I just had to get my head on it," the striker said.',
      { "Tomas Brennock": {}, "Kieran Maddox": {} },
      [["Tomas Brennock", "the striker"]],
    ],
    [
      "`the actress` after a describer with a modifier (`Hollywood actress Lena Corvell`)",
      'Hollywood actress Lena Corvell is to make her stage debut. Director Paul Ashby was thrilled. "It is terrifying and exciting," the actress told the Daily Courier.',
      { "Lena Corvell": {}, "Paul Ashby": {} },
      [["Lena Corvell", "the actress"]],
    ],
    [
      "`the treasurer` after a state office (`Victoria state treasurer Marcus Delaney`)",
      'Victoria state treasurer Marcus Delaney defended the cuts. Opposition leader Joanne Priestley attacked them. "We are on track," the treasurer said.',
      { "Marcus Delaney": {}, "Joanne Priestley": {} },
      [["Marcus Delaney", "the treasurer"]],
    ],
    [
      "the describer in apposition after the name (`Rui Sallas, the Harbury midfielder,`)",
      'Rui Sallas, the Harbury midfielder, was booked twice. Coach Andre Vilas defended him. "It was never a foul," the midfielder said.',
      { "Rui Sallas": {}, "Andre Vilas": {} },
      [["Rui Sallas", "the midfielder"]],
    ],
    [
      "a hyphenated describer by its head (`singer-songwriter Ellie Marsh`)",
      'Organisers said singer-songwriter Ellie Marsh will headline. Director Tom Fairweather was thrilled. "It was my first festival," the singer-songwriter said.',
      { "Ellie Marsh": {}, "Tom Fairweather": {} },
      [["Ellie Marsh", "the singer-songwriter"]],
    ],
    [
      "the describer in apposition after an age in commas (`Ruth Alder, 71, a retired teacher,`)",
      'Ruth Alder, 71, a retired teacher, watched the parade in Kelsholt. Mayor Ian Tobbet waved. "It was wonderful," the retired teacher said.',
      { "Ruth Alder": {}, "Ian Tobbet": {} },
      [["Ruth Alder", "the retired teacher"]],
    ],
    [
      "of two so described, the one named last",
      'Striker Tomas Brennock scored first and striker Rui Sallas added a second. Sallas was substituted late. "We were brilliant," the striker said.',
      { "Tomas Brennock": {}, "Rui Sallas": {}, Sallas: { entity: "Rui Sallas" } },
      [["Rui Sallas", "the striker"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a describer the narration gave nobody: the subject just before, as a careful reader takes the epithet (session 38)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the subject of the sentence before the quote",
      'Ms Alder said campaigners would seek a judicial review. "This is not over," the former teacher said.',
      { Alder: { entity: "Ruth Alder" }, "Ruth Alder": {} },
      [["Ruth Alder", "the former teacher"]],
    ],
    [
      "the subject of the paragraph before, past a quote of its own",
      'Tomas Brennock had 32 points but fouled out late.\n\n"I have to be smarter," the Greek star said.',
      { "Tomas Brennock": {} },
      [["Tomas Brennock", "the Greek star"]],
    ],
    [
      "a local story's describer (`the pensioner asked`, session 39)",
      'Local resident Margaret Ellery, 78, said she was worried. "Where am I supposed to put it all?" the pensioner asked.',
      { "Margaret Ellery": {} },
      [["Margaret Ellery", "the pensioner"]],
    ],
    [
      "an object is no antecedent: nobody",
      'Police arrested Tomas Brennock on Friday. "He was a quiet boy," the former teacher said.',
      { "Tomas Brennock": {} },
      [[null, "the former teacher"]],
    ],
    [
      "two people before the quote: nobody",
      'Tomas Brennock and Ruth Alder met on Friday. "It went well," the former teacher said.',
      { "Tomas Brennock": {}, "Ruth Alder": {} },
      [[null, "the former teacher"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a describer after a titled surname, through the whole naming (session 38)", () => {
  it.each([
    [
      "a courtesy title is no office: the subject still takes the epithet",
      'Joanna Ferris was furious.\n\nMs Ferris said campaigners would seek a review. "This is not over," the former teacher said.',
      ["Joanna Ferris"],
    ],
    [
      "an office's holder does not",
      'Joanna Ferris was furious.\n\nMayor Ferris said campaigners would seek a review. "This is not over," the former teacher said.',
      [null],
    ],
  ])("%s", (_name, text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("a describer given to nobody (guards)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "an age in commas then a clause, not an appositive (`Roe, 71, who taught the teacher,`)",
      'Ruth Alder, 71, who trained the teacher, watched the parade. "It was wonderful," the teacher said.',
      { "Ruth Alder": {} },
      [[null, "the teacher"]],
    ],
    [
      "a number in commas that is a list's, not an age (`Roe, 7, 9 and a teacher`)",
      'The winners were Ruth Alder, 7, 9 and a teacher from Kelsholt. "It was wonderful," the teacher said.',
      { "Ruth Alder": {} },
      [[null, "the teacher"]],
    ],
    [
      "a describer the document gives nobody is nobody, not the person named last",
      'Harbury beat Castleford 2-1. Manager Kieran Maddox was delighted. "I just had to get my head on it," the striker said.',
      { "Kieran Maddox": {} },
      [[null, "the striker"]],
    ],
    [
      "`a striker` is someone else, not the striker the document named",
      'Striker Tomas Brennock scored twice. "The fans were superb," a striker said.',
      { "Tomas Brennock": {} },
      [[null, "a striker"]],
    ],
    [
      "a clause after the comma gives the name no describer (`Roe, who coached the striker,`)",
      'Kieran Maddox, who signed the striker in May, was delighted. "I just had to get my head on it," the striker said.',
      { "Kieran Maddox": {} },
      [[null, "the striker"]],
    ],
    [
      "a describer the name only governs in a quote is not given",
      '"Striker Tomas Brennock is a fine player," Kieran Maddox said. "I just had to get my head on it," the striker said.',
      { "Tomas Brennock": {}, "Kieran Maddox": {} },
      [
        ["Kieran Maddox", "Kieran Maddox"],
        [null, "the striker"],
      ],
    ],
    [
      "a verb after the comma opens no apposition (`<Name> and her husband, <First>, were <verb>ed by an organizer`)",
      'Dana Whitlow and her husband, Tom Whitlow, were welcomed by an organizer at the hall. "Thank you both for coming," the organizer told them.',
      { "Dana Whitlow": {}, "Tom Whitlow": {} },
      [[null, "the organizer"]],
    ],
    [
      "another person named since and described not at all may be meant: nobody",
      'Acme cast actor Colin Hale as the villain. Fans were unhappy. Later, comedy star Jonas Baker hosted a charity reading, where the actor asked everyone to read "slower." "We had fun," the actor said.',
      { "Colin Hale": {}, "Jonas Baker": {} },
      [[null, "the actor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a party's member described by the place they represent (session 39)", () => {
  it.each<[string, string, (string | null)[]]>([
    [
      "post-posed: the senator just named, office holder and all",
      'Senate Majority Leader Walt Denholm said the chamber would turn to health care. "We will see," the Kentucky Republican said.',
      ["Walt Denholm"],
    ],
    [
      "pre-posed after an opening phrase that names nobody: the sentence before is read too",
      'Senate Majority Leader Walt Denholm said the chamber would turn to health care. Asked about the timing, the Kentucky Republican told reporters: "We will see."',
      ["Walt Denholm"],
    ],
    [
      "a describer pre-posed the same way",
      'Ruth Alder spoke on Monday. Ms Alder said campaigners would seek a review. Asked about the cost, the former teacher told reporters: "This is not over."',
      ["Ruth Alder"],
    ],
    [
      "guard: two people before the quote, nobody",
      'Walt Denholm and Ann Rusk met on Friday. "We will see," the Kentucky Republican said.',
      [null],
    ],
  ])("%s", (_name, text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});
