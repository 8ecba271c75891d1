/**
 * resolve/names/descriptor-led-names.ts: a capitalized noun for what a person is, read into the name at the head
 * of a sentence ("Defender Whitlow"), is cut off when the document names that person in full; and
 * resolve/names/initialed-names.ts: a middle initial written without its full stop ("Andrew K Hollister") keeps
 * the name whole. All names invented; the guard rows keep a descriptor-led name with no full name
 * beside it, a family word before a surname, an initial with its full stop, and the word "A" between two names.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a person noun at the head of a sentence is no part of the name", () => {
  it.each([
    [
      "Dana Whitlow and Gil Marsh joined the squad in May. Defender Whitlow sat out Saturday's draw with a sore ankle.",
      ["Dana Whitlow", "Gil Marsh"],
    ],
    ["Investor Martin Pyle bought the site. Novelist Pyle said he would build there.", ["Martin Pyle"]],
    // Guards: no full name to join, so the name stays as written; a family word ("Son" is also a surname). (A
    // performer's or an athlete's calling, "Novelist", is cut off at a sentence's start since session 20:
    // extract/entities/calling-names.ts, tests/world-names.test.ts; this guard now keeps a descriptor no calling.)
    ["Investor Pyle said he would build there. Pyle bought the site in May.", ["Investor Pyle"]],
    ["Dana Whitlow flew home. Son Whitlow stayed in the city.", ["Dana Whitlow", "Son Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a middle initial without its full stop", () => {
  it.each([
    [
      "Prosecutor Andrew K Hollister said the two brothers were charged. Hollister said more could follow.",
      ["Andrew K Hollister"],
    ],
    // Guards: the initial with its full stop; "A" between a first name and a capitalized word is a word.
    ["Senator Dana M. Whitlow said the bill would pass.", ["Dana M. Whitlow"]],
    ["Tell Dana A Story opened on Friday to good reviews.", ["Dana"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
