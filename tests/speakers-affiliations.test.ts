/**
 * A speaker written with what they belong to: an institution whose name holds a possessive ("the King's Fund"),
 * a home state or country after "of", a branch before a role ("Acme's Java director"), a generation after a
 * surname that is also a role noun. Session 40 probes (a 1964 wire story, an NHS story, an Indonesian story);
 * invented names only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, namedOf } from "./helpers/document.js";
import { quoteSummary } from "./helpers/quotes.js";

/** The speaker phrase of every quote, in order. */
const phrases = (text: string): Array<string | null> => quoteSummary(text).map(([, , s]) => s);

describe("the speaker phrase reads an institution's possessive name whole", () => {
  it.each<[string, Array<string | null>]>([
    ["Tamsin Odey of the King's Fund said the service was “running hot”.", ["Tamsin Odey"]],
    ["Tamsin Odey of the People's Trust said: “We are running hot.”", ["Tamsin Odey"]],
    ["The King's Fund said the service was “running hot”.", ["King's Fund"]],
    // guards: a place's or a broadcaster's possessive before a person's name stays the person's
    ["Britain's Tamsin Odey said the service was “running hot”.", ["Tamsin Odey"]],
    ["The BBC's Tamsin Odey said the service was “running hot”.", ["Tamsin Odey"]],
  ])("%s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("an organization's written name speaks, not the one named last", () => {
  it.each<[string, string | undefined]>([
    ["The Health Service is busy. The King's Fund said it was “running hot”.", "King's Fund"],
    ["The Health Service is busy. Dana Roe of the People's Fund said it was “running hot”.", undefined],
  ])("%s → %s", (text, organization) => {
    const doc = bodyOnlyDocument(text);
    const { quotes } = nameDocument(doc, splitDocument(doc));
    expect(quotes.map((q) => q.speaker.organization)).toEqual([organization]);
  });
});

describe("a lawmaker's home state or country, then an apposition, before the verb", () => {
  it.each<[string, string]>([
    [
      "Senator Harold T. Brannock of Vermont, the floor manager, called it “the greatest achievement of this Congress.”",
      "Harold T. Brannock",
    ],
    [
      "Senator Walter Penhale of Georgia, leader of the Southern bloc, told the chamber the bill would “result in disorder.”",
      "Walter Penhale",
    ],
    [
      "Senator Everett Maydew Corliss of Illinois, the Republican leader, whose support broke the filibuster, said: “No army is stronger than an idea.”",
      "Everett Maydew Corliss",
    ],
    ["Delegate Anneli Voss of Georgia, head of the panel, said: “We agree.”", "Anneli Voss"],
  ])("%s → %s", (text, speaker) => {
    expect(namedOf(text).speakers).toEqual([speaker]);
  });
});

describe("a branch or region between a possessor and a role", () => {
  it.each<[string, string]>([
    [
      "“The forest will be sacrificed,” said Verdant's Kalimantan director Fathur Rozani Fen.",
      "Fathur Rozani Fen",
    ],
    ["“We will appeal,” said Acme's Java regional director Bima Santoso.", "Bima Santoso"],
    // guard: a possessor's person stays that person
    ["“We will appeal,” said Ohio's Nell Kessler.", "Nell Kessler"],
  ])("%s → %s", (text, speaker) => {
    expect(namedOf(text).speakers).toEqual([speaker]);
  });
});

describe("a neutral chair in apposition", () => {
  it.each<[string, string]>([
    [
      "Berit Halvorsen-Lund, chair of the Norwegian Peace Committee, said the prize honoured “all the stakeholders”.",
      "Berit Halvorsen-Lund",
    ],
  ])("%s → %s", (text, speaker) => {
    expect(namedOf(text).speakers).toEqual([speaker]);
  });
});

describe("a generation after a surname that is a role noun", () => {
  it.each<[string, string]>([
    [
      "Dr. Marcus Luther King Jr., in Selma, said the vote was “a great step forward.”",
      "Marcus Luther King Jr.",
    ],
    ["Thomas Bishop Jr. said the vote was “a great step forward.”", "Thomas Bishop Jr."],
  ])("%s → %s", (text, speaker) => {
    expect(namedOf(text).speakers).toEqual([speaker]);
  });
});
