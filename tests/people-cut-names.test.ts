/**
 * Names that extraction finds whole and the per-document naming (resolve/names) must keep whole and a person:
 * particles ("van der", "de", "bin", "al-", "Ben"), a title as the surname after two first names, a surname that
 * is also a venue's word ("Hill", "Field"). All names invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("a name with a particle stays whole", () => {
  it.each([
    // A given name that is also a word of the dictionary before a lower-case particle ("van" is a first name too).
    [
      "Dutch coach Marten van Bommelhorst praised his players. Van Bommelhorst said they had played well.",
      ["Marten van Bommelhorst"],
    ],
    ["The club hired Marten van der Wiel in May.", ["Marten van der Wiel"]],
    // A hyphened surname after the particle.
    [
      '" The numbers add up, " Henri de Saint-Ambroise, head of research at the bank, told reporters.',
      ["Henri de Saint-Ambroise"],
    ],
    // An Arabic name's capitalized "Ben" after an "al-" surname.
    [
      "The delegation of President Karim al-Nasri Ben Yusuf landed in the capital on Monday.",
      ["Karim al-Nasri Ben Yusuf"],
    ],
    // Guards: a role before the particle still goes; a possessive is no part of the surname.
    ["Dutch coach van Bommelhorst praised his players.", ["van Bommelhorst"]],
    ["Talks with Hadi al-Mahrouqi's party ended on Friday.", ["Hadi al-Mahrouqi"]],
    // A lower-case "st" is a scorecard's "stumped" between two players, no particle (a name writes "St.").
    ["T. Okonjo st Vellacott b Imrie 12", ["T. Okonjo", "Vellacott", "Imrie"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a title after two first names is the surname", () => {
  it.each([
    [
      '" We are ready, " coach Rosalind Mae King said on Monday. King has won four titles.',
      ["Rosalind Mae King"],
    ],
    ["Sources close to Jo Ann Bishop said she would resign.", ["Jo Ann Bishop"]],
    // Guard: a headline's words after a full name still go.
    ["Carla Rivas Says She Will Run", ["Carla Rivas"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a surname that is also a venue's word, in a person's context", () => {
  it.each([
    ["The award went to Lorcan Hill, a nurse from the town.", ["Lorcan Hill"]],
    ["Tiihu Hill said she would appeal.", ["Tiihu Hill"]],
    ['"We lost," Oisin Field told reporters.', ["Oisin Field"]],
    ["Oisin Field, 41, runs the shop.", ["Oisin Field"]],
    // Guards: a place after a preposition of place, a venue's name with no person's context.
    ["The motion fell, aides on Capitol Hill said.", []],
    ["The rally at Mount Olive Hill drew thousands.", []],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a hotel's name is no person", () => {
  it.each([["The family stayed at the Holiday Inn in Dover. Holiday Inn said the hotel would reopen.", []]])(
    "%s",
    (text, expected) => {
      expect(people(text)).toEqual(expected);
    },
  );
});
