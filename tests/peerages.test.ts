/**
 * British peers with a territorial designation (extract/entities/peerages.ts, session 31): the person is the name
 * after the title, and the designation names no place of the story. Text invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf as named } from "./helpers/document.js";

describe("a peer's name and designation", () => {
  it.each([
    ["Lord Falconer of Thoroton said the reforms would go ahead.", ["Falconer|person"]],
    ["Baroness Scotland of Asthal said it was wrong.", ["Scotland|person"]],
    ["Lady Kennedy of The Shaws, a Labour peer, joined him.", ["Kennedy|person", "Labour|organization"]],
    ["Lord Browne of Madingley, the chief executive, said profits rose.", ["Browne|person"]],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toEqual(expected);
  });

  it("guard: an employer after of is no designation", () => {
    expect(named("Lady Jones of Harlow Trust said so.").mentions).toContain("Harlow Trust|organization");
  });

  it("guard: an office after Lord is no name, and its place stays", () => {
    const { mentions } = named("The Lord Mayor of London opened it.");
    expect(mentions).toContain("London|place");
    expect(mentions).not.toContain("Mayor|person");
  });
});

describe("a person styled by a title and a place (resolve/names/styled-persons.ts)", () => {
  it.each([
    ["The Prince of Wales visited the hospital on Monday.", ["Prince of Wales|person"]],
    ["The Duke of Edinburgh, 83, attended the service.", ["Duke of Edinburgh|person"]],
    ["The Prince of Wales's charity said it would help.", ["Prince of Wales|person"]],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toEqual(expected);
  });

  it.each([
    // A body named for the style, before a capitalized word or as a possessive opening a longer name.
    ["He won the Duke of Edinburgh Award last year.", "Duke of Edinburgh|person"],
    ["Staff at the Prince of Wales Hospital said so.", "Prince of Wales|person"],
    ["The Duke of Edinburgh's Award scheme grew.", "Duke of Edinburgh|person"],
  ])("guard: %s", (text, unexpected) => {
    expect(named(text).mentions).not.toContain(unexpected);
  });

  it.each([
    ["At the villa I met the Prince of Spain, Alphonso, who is the king's grandson.", "Alphonso|person"],
    ["Prince Philip, the Duke of Edinburgh, opened the wing.", "Philip|person"],
  ])("a name in apposition lists the person once: %s", (text, expected) => {
    const { mentions } = named(text);
    expect(mentions).toContain(expected);
    expect(mentions.filter((m) => m.endsWith("|person"))).toHaveLength(1);
  });

  it("is the speaker its title names, and a pronoun's", () => {
    expect(
      named(
        'The Prince of Wales visited the ward. "It is a wonderful place," the Prince said. "I am delighted," he added.',
      ).speakers,
    ).toEqual(["Prince of Wales", "Prince of Wales"]);
  });

  it.each([
    [
      'The Duke of Edinburgh visited the ward. "It is a wonderful place," the duke said.',
      "Duke of Edinburgh",
    ],
    [
      'The Duchess of Cornwall and Prince Charles visited. "It is a wonderful place," the duchess said.',
      "Duchess of Cornwall",
    ],
  ])("a role of the style's title names the person: %s", (text, speaker) => {
    expect(named(text).speakers).toEqual([speaker]);
  });

  it("gives the place no surname's reading", () => {
    expect(named("The Duke of Edinburgh visited Edinburgh on Monday.").mentions).toEqual([
      "Duke of Edinburgh|person",
      "Edinburgh|place",
    ]);
  });
});
