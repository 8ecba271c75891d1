/**
 * Session 34: a party's name with no party's word, read as a person or a place, is the party
 * (resolve/names/clipped-parties.ts withPartyNames, lexicon PARTY_NAMES). Sentences invented.
 */
import { describe, expect, it } from "vitest";
import { mentionAt } from "../src/extract/mention.js";
import { withPartyNames } from "../src/resolve/names/clipped-parties.js";
import { namedOf as named } from "./helpers/document.js";

function grown(text: string, start: number, end: number, type: "person" | "place" = "person"): string[] {
  return withPartyNames(text, [mentionAt(start, end, text.slice(start, end), type)]).map(
    (m) => `${m.start}-${m.end}:${m.text}|${m.type}`,
  );
}

describe("a party's name read otherwise is the party", () => {
  it.each<[string, number, number, string[]]>([
    ["Plaid Cymru, the Welsh nationalists, agreed.", 6, 11, ["0-11:Plaid Cymru|organization"]],
    ["Fianna Fail won.", 0, 11, ["0-11:Fianna Fail|organization"]],
    ["and Sinn Fein said", 4, 13, ["4-13:Sinn Fein|organization"]],
    // Guards: the name's first words missing or glued to another word; a word that only ends like it.
    ["the Cymru team", 4, 9, ["4-9:Cymru|person"]],
    ["XPlaid Cymru said", 7, 12, ["7-12:Cymru|person"]],
    ["Ann Gael said", 4, 8, ["4-8:Gael|person"]],
  ])("%s", (text, start, end, expected) => {
    expect(grown(text, start, end)).toEqual(expected);
  });

  it("guard: another mention over the first words leaves it", () => {
    const text = "Plaid Cymru said";
    const mentions = withPartyNames(text, [
      mentionAt(0, 5, "Plaid", "organization"),
      mentionAt(6, 11, "Cymru", "person"),
    ]);
    expect(mentions.map((m) => `${m.text}|${m.type}`)).toEqual(["Plaid|organization", "Cymru|person"]);
  });
});

describe("the resolver applies it (wired in resolve/names/index.ts)", () => {
  it("lists the party, not a person", () => {
    const mentions = named("Plaid Cymru, the Welsh nationalists, agreed with the plan.").mentions;
    expect(mentions).toContain("Plaid Cymru|organization");
    expect(mentions.some((m) => m.endsWith("|person"))).toBe(false);
  });
});
