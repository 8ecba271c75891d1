/**
 * A first name that is also an ordinary word ("Earl", "Hope", "Faith") joins the person the tagger read right after
 * it (extract/entities/ordinary-first-names.ts); a town before a person's noun ("Glasgow stand-up X") is a place
 * (extract/entities/town-descriptors.ts). All names and text invented.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** "text/type" of every mention of the document that is all body, in text order. */
function typesOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.text}/${m.type}`);
}

describe("an ordinary word before a person is the first name", () => {
  it.each([
    ["Earl Hernández Ríos, who runs the union local, said the workers were tired.", ["Earl Hernández Ríos"]],
    ["The plant's owner, Earl Hernández Ríos, said he would sell.", ["Earl Hernández Ríos"]],
    // Guards: a role before the name; a first name read alone after the word (the word is a role: "Elder").
    ["Lawyer R. Dale Brisco said the case was weak.", ["R. Dale Brisco"]],
    ["Elder Martin Brisco said the hall was full.", ["Martin Brisco"]],
    // Session 30: a person's noun opening the sentence, capitalized there, before the first name.
    ["Resident Earl Dupuy, who lives across the road, said he was relieved.", ["Earl Dupuy"]],
    // Session 40: the tagger's span of two words, an ordinary word that is a first name and another first name.
    [
      "Kate Forbes was tipped. Ash Regan, the former community safety minister, will stand.",
      ["Kate Forbes", "Ash Regan"],
    ],
    ["Rose Reagan, the council's leader, will stand.", ["Rose Reagan"]],
    // Guard: a place's opener, which a saint's name shares, stays a descriptor.
    ["Saint Jerome, the translator, wrote letters.", ["Jerome"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a town before a person's noun is a place", () => {
  it.each([
    ["Glasgow stand-up Frankie Doyle said the show would go on.", ["Glasgow/place", "Frankie Doyle/person"]],
    // Guard: a club's post after the town keeps the club.
    ["Glasgow striker Frankie Doyle scored twice.", ["Glasgow/organization", "Frankie Doyle/person"]],
    // A town's people or public servants after it: the town is a place, and so are its other mentions.
    ["Hamilton police say officers were called to the home.", ["Hamilton/place"]],
    ["Oshawa residents say the plant will close.", ["Oshawa/place"]],
  ])("%s", (text, expected) => {
    expect(typesOf(text)).toEqual(expected);
  });
});
