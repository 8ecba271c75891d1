/**
 * Session 14: an inn's or a motel's name is a building's, as a hotel's is (lexicon PLACE_SUFFIXES), not a
 * person's, on annotate's mentions of invented documents. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { documentOf } from "./helpers/document.js";

function mentionsOf(text: string): string[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.type}:${m.text}`);
}

describe("an inn's or a motel's name is no person", () => {
  it.each([
    // a first name before "Inn" or "Motel" made the tagger read a person
    ["The chain's Holly Inn hotels rose.", "Holly Inn"],
    ["Shares of Carolyn Inn rose.", "Carolyn Inn"],
    ["Guests at the Jenny Motel were evacuated.", "Jenny Motel"],
    ["The Marcus Inn chain said profits rose.", "Marcus Inn"],
  ])("%s: %s", (text, name) => {
    expect(mentionsOf(text)).not.toContain(`person:${name}`);
  });
});
