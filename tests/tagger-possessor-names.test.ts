/**
 * A party's, a club's or a firm's possessive, then a person's full name, which the tagger read as one organization
 * ("Labour's Ravi Lall"): the person from the first name on, the possessor kept as it was read
 * (extract/entities/person-joins.ts isPossessorBefore). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

function mentionsOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.text}/${m.type}`);
}

describe("a possessor, then a person's full name, read as one organization", () => {
  it.each<[string, string[]]>([
    ["Labour's Ravi Lall said the plan was too little.", ["Labour/organization", "Ravi Lall/person"]],
    ["Acme's Ravi Lall said sales rose.", ["Acme/organization", "Ravi Lall/person"]],
  ])("%s", (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("guards: a thing after a possessive, names the tagger already split, a person's possessive", () => {
  it.each<[string, string[]]>([
    ["Acme's Dana Fund rose 3 pct on Monday.", []],
    ["Labour's Tom Harrow said the plan was too little.", ["Tom Harrow"]],
    ["The Lib Dems' Priya Raman said the plan was too little.", ["Priya Raman"]],
    ["Dana Whitlow's Kestrel United beat Dunmore 2-1.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
