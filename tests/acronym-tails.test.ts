/**
 * A party or firm whose name ends in its own acronym ("Zanu PF", "Goldome FSB") is one organization, though the
 * tagger read its first word as a person (extract/entities/acronym-tails.ts): first on marked mentions, then through
 * annotate. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { acronymTailsJoined } from "../src/extract/entities/acronym-tails.js";
import { organizationsOf, peopleOf } from "./helpers/document.js";
import { markedMentions, typedTexts } from "./helpers/marked-spans.js";

function joined(marked: string): string {
  const { text, mentions } = markedMentions(marked);
  acronymTailsJoined(text, mentions);
  return typedTexts(mentions);
}

describe("a one-word person right before an acronym organization is that organization's first word", () => {
  it.each([
    ["intimidation by [PER Zanu] [ORG PF] supporters", "organization:Zanu PF"],
    ["a unit of [PER Harvella] [ORG FSB], the thrift", "organization:Harvella FSB"],
    ["[PER Corvano] [ORG SNC] said", "organization:Corvano SNC"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

describe("guards: a title, a post-nominal, a numeral, a full name or a mark between keep the two apart", () => {
  it.each([
    ["[PER Smith] [ORG MP] said", "person:Smith | organization:MP"],
    ["[PER Harlow] [ORG QC] said", "person:Harlow | organization:QC"],
    ["the [PER Galdor] [ORG III] satellite", "person:Galdor | organization:III"],
    ["[PER Dana Whitlow] [ORG NDC] said", "person:Dana Whitlow | organization:NDC"],
    ["[PER Whitlow], [ORG NDC] leader", "person:Whitlow | organization:NDC"],
    ["[PER Whitlow] [ORG Acme] said", "person:Whitlow | organization:Acme"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

describe("through annotate", () => {
  it("the party's first word is no person, and the party is one organization", () => {
    const text =
      "HARARE - The rally was disrupted by what the opposition called intimidation by Zanu PF. Zanu PF denied it.";
    expect(peopleOf(text)).toEqual([]);
    expect(organizationsOf(text)).toContain("Zanu PF: Zanu PF");
  });
});
