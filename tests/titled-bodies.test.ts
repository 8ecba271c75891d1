/**
 * A title before the first word of a body's name (resolve/names/titled-bodies.ts): "President Northern Assembly" in
 * a pull-quote's credit line is the assembly, not a person named "Northern Assembly". Session 23, Wikinews sample
 * (FIT half): a parliament after a credit line's title was listed as a person. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a titled word that opens a body's name is that body", () => {
  it.each([
    [
      '"She changed the world," said Marek Tolvin, President of the Northern Assembly.\n\nShe changed the world.\n— Marek Tolvin, President Northern Assembly\n',
      ["Marek Tolvin"],
    ],
    ["She changed the world.\n— Marek Tolvin, Chairman Kestrel Council\n", ["Marek Tolvin"]],
    ["The vote was close, said Dana Whitlow, Speaker Westland Parliament.", ["Dana Whitlow"]],
  ])("%j: %j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("guards: titled people stay people", () => {
  it.each([
    // Two name words after the title: a person, whatever follows.
    ["President Dana Whitlow spoke to the Northern Assembly on Monday.", ["Dana Whitlow"]],
    ["Senator Whitlow said the Assembly would vote on Monday.", ["Whitlow"]],
    // A comma between: the body is the person's employer, not part of a name.
    ["Mr Whitlow, Kestrel Council, said the vote was close.", ["Whitlow"]],
    // A surname the tagger reads as a firm after a titled first name: still the person.
    ["She studied under Prof. Dana d'Arvel.\nShe liked it there.", ["Dana d'Arvel"]],
    // A line break between: the next line's body is no part of the name.
    ["Thanks to Minister Whitlow\nCouncil members voted on Monday.", ["Whitlow"]],
  ])("%j: %j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
