/**
 * A body named by its members' plural possessive ("the Kelowna Teachers' Association") is one organization
 * (extract/entities/members-bodies.ts), a speaker phrase reads on through it to the person it introduces
 * (extract/quotes/role-names.ts), and a title inside it splits off no person (resolve/names/titled-spans.ts).
 * Session 30, issue 11. Text invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf as named } from "./helpers/document.js";

describe("a members' body is one organization", () => {
  it.each([
    ["The Ontario Nurses' Association said it would appeal.", "Ontario Nurses' Association|organization"],
    [
      "Members of the Kelowna Teachers' Association voted on Monday.",
      "Kelowna Teachers' Association|organization",
    ],
    [
      "The Socialist General Workers' Union is against the reform.",
      "Socialist General Workers' Union|organization",
    ],
    // A title and a known first name opening the town's name ("Prince George") read as no person (session 31).
    [
      "The Prince George District Teachers' Association welcomed the news.",
      "Prince George District Teachers' Association|organization",
    ],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toContain(expected);
  });

  it("a titled word inside it splits off no person", () => {
    expect(named("The Socialist General Workers' Union is against the reform.").mentions).not.toContain(
      "Workers' Union|person",
    );
  });
});

describe("the speaker phrase reads on through it", () => {
  it.each<[string, (string | null)[]]>([
    ['"We are tired," said Kelowna Teachers\' Association president Tanya Kaiserling.', ["Tanya Kaiserling"]],
    ['"The offer is too low," said Harbour Workers\' Union leader Sam Okoye.', ["Sam Okoye"]],
  ])("%s", (text, expected) => {
    expect(named(text).speakers).toEqual(expected);
  });
});

describe("a person's plural-looking possessive is the party's leader, no members' body", () => {
  it.each([
    ["Anti-Islam populist Geert Wolders' Party for Freedom won the most seats.", "Geert Wolders|person"],
    // guard: a plural alone read as a person is still the members' own ("[Workers]' Union")
    [
      "The Socialist General Workers' Union, UGT, the country's biggest union, is against a general strike.",
      "Socialist General Workers' Union|organization",
    ],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toContain(expected);
  });
});
