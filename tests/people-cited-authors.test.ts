/**
 * Cited authors are people (resolve/names citations.ts), and a surname that is also a place's name stays with the
 * first name before it (place-surnames.ts). All names invented; the guard rows keep titles, places and firms.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The document's people, each once, in order of first mention. */
const people = peopleOf;

describe("an author cited with a year is a person", () => {
  it.each([
    // A surname that is a dictionary word, or one the tagger reads as a place.
    [
      "Earlier work found the same effect (Gravel, 2016; Orvath, 2015), and the review by Tallis (2019) agreed.",
      "Gravel",
    ],
    [
      "The model follows Mason and Thimble (2004); its weights are new (Quarrington et al., 2011).",
      "Thimble",
    ],
    ["The model follows Mason and Thimble (2004); its weights are new (Quarrington et al., 2011).", "Mason"],
    ["Games train memory (Dyer, Marble, & Cole, 2008; Shepherd, 2010).", "Marble"],
    ["Games train memory (Dyer, Marble, & Cole, 2008; Shepherd, 2010).", "Dyer"],
    ["Attention grows with practice (Barley et al., 2009; Nusbaum, 2012).", "Barley"],
  ])("%s lists %s", (text, person) => {
    expect(people(text)).toContain(person);
  });
});

describe("a year in parentheses alone cites nobody", () => {
  it.each([
    ["She starred in Baker (1976) and Cole (1982), two films of her youth.", "Baker"],
    ["The prices are in the table (ABC 1926) and (XYZ 1930).", "Abc"],
  ])("%s does not list %s", (text, thing) => {
    expect(people(text)).not.toContain(thing);
  });
});

describe("a first name and a surname that names a place are one person", () => {
  it.each([
    ["Dr. Marie-Claire Lyon said profits would rise.", "Marie-Claire Lyon"],
    ["The novelist Lena Bristol wrote the story in a week, her editor said.", "Lena Bristol"],
  ])("%s lists %s", (text, person) => {
    expect(people(text)).toContain(person);
  });
  it.each([
    ["Lena flew to Bristol on Monday.", "Lena Bristol"],
    ["Tom Bristol Bridge tours sold out.", "Tom Bristol"],
  ])("%s does not list %s", (text, name) => {
    expect(people(text)).not.toContain(name);
  });
});
