/**
 * resolve/names/eponyms.ts: a person's name the document writes only before the noun of a thing named after the
 * person (a scale, a prison, a base, an oil field, a prize, cocktails) is that thing's, no person
 * (session 24, issue 11: namesakes listed as people on the Wikinews check corpus). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name only written before an eponym's noun is no person (eponyms.ts)", () => {
  it.each([
    ["The storm reached Category 4 on the Fenwick–Hollis scale, said Dana Whitlow.", ["Dana Whitlow"]],
    ["The quake measured 5.1 on the Hollis scale, officials said.", []],
    ["The inmate was held at the Harold T. Bisbee Correctional Facility in Ohio.", []],
    ["Crews flew to General Tomas Ovalle Base in the south on Monday.", []],
    ["The firm began drilling at the Peter Hansen oil field last year.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("namesakes written as people elsewhere stay (eponyms.ts)", () => {
  it.each([
    // The name is also a person's elsewhere in the document.
    [
      "Marla Fenwick founded the Fenwick Prize in 2001. Fenwick said the prize would grow.",
      ["Marla Fenwick"],
    ],
    // A longer person's name shares its words and is no eponym.
    ["Orla Brennan, 71, watched the opening of the Brennan Correctional Facility.", ["Orla Brennan"]],
    // A telescope's namesake stays: GUM counts it as a person.
    ["Astronomers used the Pemberton space telescope to study the planet.", ["Pemberton"]],
    // No eponym's noun after the name.
    ["Dana Whitlow scaled back her plans, the firm said.", ["Dana Whitlow"]],
    // An award's noun that GUM counts the namesake of ("Award", named-things.ts) is no eponym here.
    ["Jamie Carrow received the Whitlow Award in May.", ["Jamie Carrow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a medal's or trophy's short form after 'the' is no person (eponyms.ts, session 26)", () => {
  it.each([
    [
      "The Halvorsen Medal went to physicist Ingrid Tamm. Past winners of the Halvorsen include three Nobel laureates.",
      ["Ingrid Tamm"],
    ],
    ["The Kestler Trophy final is on Sunday. The Kestler has been won by Ashford four times.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a medal's namesake written alone stays a person (eponyms.ts, session 26)", () => {
  it.each([
    [
      "The Halvorsen Medal went to physicist Ingrid Tamm. Halvorsen, who founded it, was there.",
      ["Ingrid Tamm", "Halvorsen"],
    ],
    ["The Okafor Trophy is named for Dana Okafor. Okafor said the Okafor family was proud.", ["Dana Okafor"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
