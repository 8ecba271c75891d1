/**
 * A name followed by "and Co" or "& Co" is one firm to the end of its form (extract/entities/company-forms.ts
 * andCoJoined), and the firm's partners named alone stand for it (resolve/names/short-names.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { andCoJoined, loneCompanyFormsNamed } from "../src/extract/entities/company-forms.js";
import { shortNameTargets } from "../src/resolve/names/short-names.js";
import { organizationsOf, peopleOf } from "./helpers/document.js";
import { markedMentions, typedTexts } from "./helpers/marked-spans.js";

/** The marked spans as mentions, through `pass` (andCoJoined unless told), as "type:text" (line breaks as "/"). */
function joined(marked: string, pass = andCoJoined): string {
  const { text, mentions } = markedMentions(marked);
  pass(text, mentions);
  return typedTexts(mentions);
}

describe("a name and Co is one firm", () => {
  it.each([
    ["[ORG Whitlow Harlow] and Co said", "organization:Whitlow Harlow and Co"],
    ["shares of [LOC Harlow] & Co. rose", "organization:Harlow & Co."],
    ["[PER Dana Whitlow] and [ORG Co Ltd] said", "organization:Dana Whitlow and Co Ltd"],
    ["[ORG Brenford] and Co Inc said", "organization:Brenford and Co Inc"],
    ["[PER Harlow], [ORG Whitlow] and Company said", "organization:Harlow, Whitlow and Company"],
    ["[ORG Dana Whitlow] and\nCo said", "organization:Dana Whitlow and/Co"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

describe("guards: lower-case co, other words, places and full names before it, a founder's name", () => {
  it.each([
    ["[PER Dana Whitlow] and co were beaten", "person:Dana Whitlow"],
    ["[PER Dana Whitlow] and Cooper said", "person:Dana Whitlow"],
    ["[PER Dana Whitlow] and Co-op staff", "person:Dana Whitlow"],
    ["[LOC Tarvenia], [ORG Whitlow] and Co said", "place:Tarvenia | organization:Whitlow and Co"],
    ["[PER Dana Whitlow], [PER Ann Harlow] and Co", "person:Dana Whitlow | organization:Ann Harlow and Co"],
    ["[ORG Whitlow] and Co said. [PER Whitlow] spoke.", "organization:Whitlow and Co | person:Whitlow"],
    ["[ORG House] and [ORG Senate] met", "organization:House | organization:Senate"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

describe("a firm's partners named alone stand for the firm", () => {
  it.each<[string[], [string, string][]]>([
    [
      ["Zentrix Harlow and Co"],
      [
        ["Harlow", "Zentrix Harlow and Co"],
        ["Zentrix", "Zentrix Harlow and Co"],
      ],
    ],
    [["Harlow, Whitlow & Co Inc"], [["Whitlow", "Harlow, Whitlow & Co Inc"]]],
    // guards: a pair of bodies, a firm and a first name before its last partner
    [["House and Senate"], []],
    [["Kevin Zorblat and Co"], [["Kevin", "Kevin Zorblat and Co"]]],
  ])("shortNameTargets(%j)", (names, expected) => {
    expect([...shortNameTargets(names)].sort()).toEqual(expected.sort());
  });

  it("the partners' full name written again joins the firm", () => {
    expect(
      organizationsOf(
        "Zentrix Harlow and Co said on Monday it would buy Brenford Mills. Zentrix Harlow said the deal would close in May.",
      ).filter((row) => row.startsWith("Zentrix")),
    ).toEqual(["Zentrix Harlow and Co: Zentrix Harlow, Zentrix Harlow and Co"]);
  });

  // The partners' name the tagger reads as a person is the firm: the firm votes for it (resolve/names settleTypes).
  it.each([
    [
      "Underwriters led by Bear Halvorsen and Co priced the issue. Bear Halvorsen said demand was strong.",
      "Bear Halvorsen and Co: Bear Halvorsen, Bear Halvorsen and Co",
    ],
    [
      "The offer was made by Kessel Brandt and Co on Monday. Kessel Brandt said it would pay cash.",
      "Kessel Brandt and Co: Kessel Brandt, Kessel Brandt and Co",
    ],
  ])("%s", (text, firm) => {
    expect(organizationsOf(text)).toEqual([firm]);
    expect(peopleOf(text)).toEqual([]);
  });
});

describe("a lone 'Co Inc' takes the untagged name right before it", () => {
  it.each([
    ["Whitlow and [ORG Co Inc] said", "organization:Whitlow and Co Inc"],
    ["a unit of Nordvik Harlow [ORG Co Ltd] rose", "organization:Nordvik Harlow Co Ltd"],
    ["via A.B. Whitlow &\n[ORG Co Inc] said", "organization:A.B. Whitlow &/Co Inc"],
    ["The Harlow [ORG Co Ltd] said", "organization:Harlow Co Ltd"],
  ])("%j", (marked, expected) => {
    expect(joined(marked, loneCompanyFormsNamed)).toBe(expected);
  });
  // guards: no capitalized word before it, a tagged name before it, one form alone, a form after lower case
  it.each([
    ["shares of [ORG Co Inc] rose", "organization:Co Inc"],
    ["[PER Dana Whitlow] [ORG Co Inc] said", "person:Dana Whitlow | organization:Co Inc"],
    ["Whitlow and [ORG Co] said", "organization:Co"],
    ["It said [ORG Co Ltd] grew", "organization:Co Ltd"],
  ])("%j", (marked, expected) => {
    expect(joined(marked, loneCompanyFormsNamed)).toBe(expected);
  });
});
