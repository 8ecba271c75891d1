/**
 * Session 32's invented AP and Canadian Press stories: a lawmaker's party tag before a colon's quote
 * (extract/quotes/attribution-before.ts, clause-subjects.ts), a surname shared with a relative named in the
 * person's own relative clause (resolve/names/index.ts), and a byline closing the story after a dash
 * (resolve/names/credit-patterns.ts). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("speakers in wire stories", () => {
  it.each<[string, string, (string | null)[]]>([
    [
      "a party tag before 'was blunt:'",
      'Sen. Richard Blumwell, D-Conn., was more blunt: "You are supposed to be building safe airplanes."',
      ["Richard Blumwell"],
    ],
    [
      "a party tag in brackets stays stepped over",
      'Sen. Richard Blumwell (D-Conn.) was more blunt: "You are supposed to be building safe airplanes."',
      ["Richard Blumwell"],
    ],
    [
      "a surname shared with a relative named in the person's clause",
      'Michael Stumwell, whose daughter Samya Rose Stumwell died in the crash in March, sat behind the chief executive. "He needs to go," Stumwell said after the hearing.',
      ["Michael Stumwell"],
    ],
    [
      "a relative is still the surname's when no one else bears it",
      'Anne Corby, whose son Tom Stumwell plays for the club, watched. "He was brilliant," Stumwell said of his coach.',
      ["Tom Stumwell"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("a byline closing the story", () => {
  it.each<[string, string, string[]]>([
    [
      "after a dash, with the town it was filed from",
      "Hundreds gathered outside the legislature, organizer Cody Battersby said.\n\n— By Dean Bennard in Edmonton",
      ["Cody Battersby"],
    ],
    [
      "a sentence after a dash that opens 'By' is no byline",
      "Hundreds gathered, Cody Battersby said.\n\n— By Monday, Dean Bennard had left the province.",
      ["Cody Battersby", "Dean Bennard"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(peopleOf(text).sort()).toEqual(expected);
  });
});

describe("a title alone is no person (one-word-persons.ts, lexicon LONE_TITLES)", () => {
  it.each<[string, string, string[]]>([
    [
      "a senator's title in brackets",
      '"Both Dana Whitlow and (Texas Sen.) Ted Cruzon scare me," Harry Bondi said.',
      ["Dana Whitlow|person", "Ted Cruzon|person", "Harry Bondi|person"],
    ],
    [
      "an office cut from its holder's name",
      "Missouri Secretary of State Jason Kandell announced Wednesday that turnout was high.",
      ["Jason Kandell|person"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(namedOf(text).mentions).toEqual(expected);
  });
});

describe("an English judge's style (one-word-persons.ts)", () => {
  it("'Mr Justice X': the courtesy title alone is no person", () => {
    expect(namedOf('"You are a danger to the public," said Mr Justice Calvert-Smyth.')).toEqual({
      mentions: ["Calvert-Smyth|person"],
      speakers: ["Calvert-Smyth"],
    });
  });
});
