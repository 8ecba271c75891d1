/**
 * resolve/names/cut-first-names.ts: a first name the tagger cut from the surname after it, where the document names
 * that surname a person alone, is one person with it (session 26, issue 11: lone first names listed apart from the
 * full name they belong to). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a cut first name takes its surname (cut-first-names.ts)", () => {
  it.each([
    // A wire's short first line ends with the name; the tagger read its first name only.
    [
      "Vellarian Finance Minister Tarvo Quessada\nflatly rejected a suggestion that his country seek\nhelp from the monetary fund in order to ease talks with banks.\n    Talking to reporters, Quessada said this would not help.",
      ["Tarvo Quessada"],
    ],
    [
      "Vellarian central bank Governor Yorin Maskell\nsaid rates would stay on hold until inflation fell back\nbelow the target, in remarks to a committee of parliament.\n    Maskell added that the currency was stable.",
      ["Yorin Maskell"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("names the rule leaves apart (cut-first-names.ts)", () => {
  it.each([
    // A full stop between the first name and the capitalized word: two sentences, two persons.
    [
      "She thanked Maria. Okafor, her rival, came second, and Okafor said Maria Lind had earned it.",
      ["Maria Lind", "Okafor"],
    ],
    // A firm's name runs on after the word: no surname, and the firm stays a firm.
    [
      "Reporters asked Senator Maria Okafor Trust officials about the grant. Okafor, the founder, was away, Maria Lind said.",
      ["Okafor", "Maria Lind"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
