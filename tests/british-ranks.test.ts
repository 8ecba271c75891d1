/**
 * British ranks, honours and titles around a name (session 30, issue 11, the 2004-05 British news the maintainers
 * judge on): "QC"/"CBE" after a name are no organizations (resolve/names/post-nominals.ts); "the Labour peer" and
 * "a leading QC" are roles (lexicon/speaker-roles.ts); a titled name whose word is in the dictionary ("Lord
 * Falconer", "Mr Gardener") is a person a pronoun may mean (resolve/speakers/people.ts). Text invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf as named } from "./helpers/document.js";

describe("a rank's or an honour's letters are no organization (post-nominals.ts)", () => {
  it.each([
    ["Michael Mansworth QC said the case against his client was weak.", "QC|organization"],
    ["The actress, Dame Judith Harrow, CBE, said she was delighted.", "CBE|organization"],
    ["The court heard from Helena Kirkby KC on Tuesday.", "KC|organization"],
    // A generation's suffix after a name with a nickname (session 38).
    ['Senate President Vicente "Tito" Sottel III attended the signing.', "III|organization"],
  ])("%s", (text, unexpected) => {
    expect(named(text).mentions).not.toContain(unexpected);
  });
});

describe("British speakers (speaker-roles.ts, people.ts)", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Lady Harrow of Elmswood has attacked the plans. The Labour peer, a leading QC, told the House of Lords the measure would "poison relations with every community".',
      ["Harrow"],
    ],
    [
      'Lord Falconer, the Lord Chancellor, defended the proposals. "The threat we face is real," he said.',
      ["Falconer"],
    ],
    ['Mr Gardener defended the plan on Monday. "The threat is real," he said.', ["Gardener"]],
  ])("%s", (text, expected) => {
    expect(named(text).speakers).toEqual(expected);
  });
});

describe("a rank's letters the tagger took into a person's name are cut off it (session 37)", () => {
  it.each<[string, string[]]>([
    [
      "Opening the case at Manchester Crown Court, prosecutor Paul Reid QC said the two men had argued for months.",
      ["Paul Reid|person"],
    ],
  ])("%s", (text, expected) => {
    expect(named(text).mentions.filter((m) => m.endsWith("|person"))).toEqual(expected);
  });

  it("the titled surname then joins the full name, and the quote names it so", () => {
    const text =
      'Opening the case at Manchester Crown Court, prosecutor Paul Reid QC said the two men had argued for months.\n\n"This was a savage attack," Mr Reid told the jury.';
    expect(named(text).speakers).toEqual(["Paul Reid"]);
  });
});
