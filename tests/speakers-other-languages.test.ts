/**
 * Other languages' conventions in English news: honorifics ("Mme", "Herr", "Señora") tell a person's gender as
 * "Mrs" and "Mr" do, and so does a French compound first name ("Marie-Claude"). All text here is written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { collectPeople } from "../src/resolve/speakers/people.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { mentionsOf, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

function genderOf(text: string, tagged: Tagged, name: string): string | null {
  const split = splitDocument(bodyOnlyDocument(text));
  const people = collectPeople(split.tokens, split.sentences, mentionsOf(text, tagged));
  return people.get(name)?.gender ?? null;
}

describe("a foreign honorific's gender", () => {
  it.each<[string, string, string | null]>([
    ["Mme", "Mme Vardakis opened the show.", "female"],
    ["Mme. with its dot", "Mme. Vardakis opened the show.", "female"],
    ["Mlle", "Mlle Vardakis opened the show.", "female"],
    ["Madame", "Madame Vardakis opened the show.", "female"],
    ["Frau", "Frau Vardakis opened the show.", "female"],
    ["Señora", "Señora Vardakis opened the show.", "female"],
    ["Monsieur", "Monsieur Vardakis opened the show.", "male"],
    ["Herr", "Herr Vardakis opened the show.", "male"],
    ["Señor", "Señor Vardakis opened the show.", "male"],
    ["guard: a name with no title keeps no gender", "Vardakis opened the show.", null],
  ])("%s", (_name, text, expected) => {
    expect(genderOf(text, { Vardakis: {} }, "Vardakis")).toBe(expected);
  });
});

describe("a speaker pronoun and a foreign honorific", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`she said` is not the man a male honorific names, however salient",
      "Anne Quill chairs Acme. Herr Vardakis met the board. Vardakis spoke first. Vardakis left early. “We will not give up,” she said.",
      { Vardakis: {}, "Anne Quill": {} },
      [["Anne Quill", "she"]],
    ],
    [
      "`he said` is not the woman a female honorific names, however salient",
      "Paul Quill chairs Acme. Señora Vardakis met the board. Vardakis spoke first. Vardakis left early. “We will not give up,” he said.",
      { Vardakis: {}, "Paul Quill": {} },
      [["Paul Quill", "he"]],
    ],
    [
      "guard: `she said` is not the man a male honorific names when he is the object",
      "Herr Vardakis met Anne Quill on Monday. “We will not give up,” she said.",
      { Vardakis: {}, "Anne Quill": {} },
      [["Anne Quill", "she"]],
    ],
    [
      "guard: `he said` is not the woman a female honorific names when she is the subject",
      "Mme Vardakis met Paul Quill on Monday. “We will not give up,” he said.",
      { Vardakis: {}, "Paul Quill": {} },
      [["Paul Quill", "he"]],
    ],
    [
      "guard: `she said` after a woman so titled is hers",
      "Mme Vardakis met Paul Quill on Monday. “We will not give up,” she said.",
      { Vardakis: {}, "Paul Quill": {} },
      [["Vardakis", "she"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a compound first name's gender", () => {
  it.each<[string, string, string | null]>([
    ["its first part's (`Marie-Claude`)", "Marie-Claude Vardakis", "female"],
    ["its first part's (`Anne-Sophie`)", "Anne-Sophie Vardakis", "female"],
    ["its first part's (`Marc-André`)", "Marc-André Vardakis", "male"],
    ["`Jean-` is the man's name in a compound", "Jean-Marie Vardakis", "male"],
    ["guard: a lone `Jean` keeps the lexicon's gender", "Jean Vardakis", "female"],
    ["guard: a first part that is no first name", "Hyun-woo Vardakis", null],
    ["guard: three parts", "Anne-Marie-Claude Vardakis", null],
  ])("%s", (_name, name, expected) => {
    expect(genderOf(`${name} opened the show.`, { [name]: {} }, name)).toBe(expected);
  });
});

describe("a speaker pronoun and a compound first name", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`he said` is not the woman so named, however salient",
      "Paul Quill chairs Acme. Marie-Claude Vardakis spoke first. Vardakis left early. “We will not give up,” he said.",
      { "Marie-Claude Vardakis": {}, Vardakis: { entity: "Marie-Claude Vardakis" }, "Paul Quill": {} },
      [["Paul Quill", "he"]],
    ],
    [
      "guard: `she said` is hers",
      "Paul Quill chairs Acme. Marie-Claude Vardakis spoke first. Vardakis left early. “We will not give up,” she said.",
      { "Marie-Claude Vardakis": {}, Vardakis: { entity: "Marie-Claude Vardakis" }, "Paul Quill": {} },
      [["Marie-Claude Vardakis", "she"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
