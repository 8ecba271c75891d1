/**
 * Two names joined by a hyphen after an article, read by the tagger as one person: a law, a ticket, a deal named
 * for two people or firms ("the Morrow-Bellamy amendment"), typed an organization
 * (extract/entities/paired-names.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

function mentionsOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.text}/${m.type}`);
}

describe("two names paired after an article are no person", () => {
  it.each<[string, string[]]>([
    ["Senators said the Morrow-Bellamy amendment would fail.", ["Morrow-Bellamy/organization"]],
    // An article opening the sentence is no given name before the pair.
    ["The Morrow-Bellamy amendment would fail, senators said.", ["Morrow-Bellamy/organization"]],
  ])("%s", (text, expected) => {
    expect(mentionsOf(text)).toEqual(expected);
  });
});

describe("guards: a double-barrelled surname, a citation, a nationality's compound", () => {
  it.each<[string, string[]]>([
    [
      "Dana Morrow-Bellamy spoke on Monday. Senators said the Morrow-Bellamy amendment would fail.",
      ["Dana Morrow-Bellamy"],
    ],
    ["Morrow-Bellamy said the amendment would fail.", ["Morrow-Bellamy"]],
    ["The driver was a Maltese-Canadian from Ohio, police said.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
