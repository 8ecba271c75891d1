/**
 * A speaker phrase after its verb that extraction cut short before the person it modifies (`said Kiprotich
 * constituent Tom Okello`). All text here is written for these tests, in the styles of Canadian, British,
 * Kenyan and Indian news.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a name's modifier as the speaker phrase", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said Calgary constituent Mary Lyle`: the constituent, not the city",
      'The MP held a town hall on Friday. "He never answers a question," said Calgary constituent Mary Lyle after the meeting.',
      { "Mary Lyle": {}, Calgary: { type: "place" } },
      [["Mary Lyle", "Calgary"]],
    ],
    [
      "`said Harper constituent Dan Mills`: the constituent, not the MP",
      'Jim Harper held a town hall in Red Deer. "He never answers a question," said Harper constituent Dan Mills.',
      { "Jim Harper": {}, Harper: { entity: "Jim Harper" }, "Dan Mills": {} },
      // (Extraction now reads the name that closes the clause itself: quotes/role-names.ts nameAfterDescriptor.)
      [["Dan Mills", "Dan Mills"]],
    ],
    [
      "a role noun before a name the tagger missed: `said Audit ranking member Ellen Price`",
      'The committee met in Westminster. "The report was buried," said Audit ranking member Ellen Price.',
      { Audit: { type: "organization" } },
      [["Ellen Price", "Ellen Price"]],
    ],
    [
      "a known first name the tagger missed: `said Oversight ranking Democrat Ellen Price`",
      'The committee met in Toronto. "The report was buried," said Oversight ranking Democrat Ellen Price.',
      { Oversight: { type: "organization" } },
      [["Ellen Price", "Oversight"]],
    ],
    [
      "the phrase before its verb keeps its own person: `Ward told reporter Ann Lee`",
      'Premier Doug Ward toured the plant in Sudbury. "We will build it here," Ward told reporter Ann Lee.',
      { "Doug Ward": {}, Ward: { entity: "Doug Ward" }, "Ann Lee": {} },
      [["Doug Ward", "Ward"]],
    ],
    // Session 34 (BBC business style): an owner's possessive before the person.
    [
      "`according to the FSB's John Walker`: the person, not the owner",
      'Small firms are worried. "Prices will rise," according to the FSB\'s John Walker.',
      { FSB: { type: "organization" }, "John Walker": {} },
      [["John Walker", "FSB"]],
    ],
    [
      "`said the Federation of Small Businesses' chief John Walker`: past the owner's whole name",
      'Small firms are worried. "Prices will rise," said the Federation of Small Businesses\' chief John Walker.',
      { "Federation of Small Businesses": { type: "organization" }, "John Walker": {} },
      [["John Walker", "Federation"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

// The wire-copy rule of extract/quotes (wire-attributions.ts) gives the quoted person as the speaker phrase; the
// speaker layer's copy of it is gone (Reuters annotate --jsonl and npm run eval unchanged without it).
describe("a phrase that only relays the speaker: `quoted X as saying`", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`The sources quoted Ann Lee as saying:`",
      'Ministers met in Brussels on Monday. The sources quoted Ann Lee as saying: "An interim deal would be unacceptable to the United Kingdom."',
      { "Ann Lee": {} },
      [["Ann Lee", "Ann Lee"]],
    ],
    [
      "`one of the sources quoted Otieno as saying,`",
      'Kenya\'s central bank held rates in Nairobi. One of the sources quoted Otieno as saying, "No, they would not have been. We checked that."',
      { Otieno: { entity: "James Otieno" } },
      [["James Otieno", "Otieno"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a first name and surname only a speaker phrase gives", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said Ward Hale of Barclays`, untagged, then `Hale said` typed an organization",
      '"Money growth slowed in March," said Ward Hale of Barclays in London. Others disagreed. "This will raise some eyebrows at the Bank," Hale said.',
      // (The key is a pattern: only the bare "Hale" is tagged.)
      { "(?<!Ward )Hale": { type: "organization", entity: "Hale" }, Barclays: { type: "organization" } },
      [
        ["Ward Hale", "Ward Hale"],
        ["Ward Hale", "Hale"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
