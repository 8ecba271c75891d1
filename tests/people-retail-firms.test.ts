/**
 * Session 32's invented BBC business story: a firm owned by another (resolve/names/appositive-organizations.ts) and a
 * firm the lexicon knows written with a hyphen (one-word-persons.ts) are no people. Names other than the well-known
 * firms are invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("firms no person", () => {
  it.each<[string, string, string[]]>([
    [
      "owned by another, and the owner written with a hyphen",
      "Rivals reported strong trading, while Asdell, owned by Wal-Mart, said sales were up 4%.",
      ["Asdell|organization", "Wal-Mart|organization"],
    ],
    [
      "a subsidiary",
      "The plant is run by Marwick, a subsidiary of Tessaro Group, the union said.",
      ["Marwick|organization", "Tessaro Group|organization"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(namedOf(text).mentions).toEqual(expected);
  });

  it("a person opened by a first name stays a person", () => {
    expect(namedOf("Dana Whitlow, part of the Harlow team, said she would stay.").mentions).toContain(
      "Dana Whitlow|person",
    );
  });
});

describe("groups and plans named like people (peoples.ts, one-word-persons.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "an armed group before its fighters' noun",
      "A Saudi-led coalition is battling ethnic Houthi insurgents in Yemen, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    ["a continent's people", "Young Asians voted for Dana Whitlow, polls show.", ["Dana Whitlow"]],
    [
      "a state's people",
      "As the South industrialized, poor Alabamians who once toiled on farms found work, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    [
      "a day named for a name",
      "Families marked Bastille Day in Nice on Thursday, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    [
      "a health plan named for a president",
      "Dana Whitlow is prepared to rebuild our military, reduce taxes, repeal Obamacare, stand by our Constitution.",
      ["Dana Whitlow"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("words after a name that are no part of it (name-edges.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "a garment's noun",
      "At rallies in Maine, voters with Bernie Sandell T-shirts stood near Dana Whitlow.",
      ["Maine|place", "Bernie Sandell|person", "Dana Whitlow|person"],
    ],
    [
      "a clause's opener at a quote's start",
      "''If Dana Whitlow wins, they could run the country,'' one ad declared.",
      ["Dana Whitlow|person"],
    ],
    [
      "a number on a sign",
      "He held up the sign, which read “Hispanics 4 Trump,” and waved it, Tom Harlan said.",
      ["Trump|person", "Tom Harlan|person"],
    ],
    [
      "a glued participle",
      "In 2012 the Hilary Clintock-run State Department was told that forces were ready.",
      ["Hilary Clintock|person"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(namedOf(text).mentions).toEqual(expected);
  });
});
