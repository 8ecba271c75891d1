import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { documentOf } from "./helpers/document.js";

/** "type:text" of the document's mentions that overlap one of `words`, in text order. */
function mentionsOf(text: string, words: string[]): string[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc))
    .mentions.filter((m) => words.some((w) => m.text.includes(w)))
    .map((m) => `${m.type}:${m.entity}`);
}

describe("publications and languages are no countries", () => {
  it.each<[string, string[], string[]]>([
    // a credit line's news agency named after a people
    [
      '"We will hold the line," the premier told The Canadian Press on Tuesday.',
      ["Canadian"],
      ["organization:Canadian Press"],
    ],
    // a place before a newspaper's word is the paper; a place before "newspaper" is where the paper is
    [
      "The Halifax Herald said the port would close. The story was first reported by a Toronto newspaper on Monday.",
      ["Halifax", "Toronto"],
      ["organization:Halifax Herald", "place:Toronto"],
    ],
    // a country before "Today" mid-sentence is a paper's or a magazine's title
    [
      "The minister told Iceland Today that the port would close.",
      ["Iceland"],
      ["organization:Iceland Today"],
    ],
    // guard: "today" in lower case is the day
    ["The minister flew to Iceland today.", ["Iceland"], ["country:Iceland"]],
    // a capitalized word after makes a longer name, no paper
    ["Crowds filled Times Square in New York on Friday night.", ["New York"], ["place:New York"]],
    // languages listed together
    ["She speaks Spanish and English at home, her brother said.", ["Spanish", "English"], []],
    [
      "The report was translated into German, French and Italian last year.",
      ["German", "French", "Italian"],
      [],
    ],
    // peoples listed together stay their countries, also after a longer name
    [
      "The French and British governments disagreed over West German and Dutch farmers.",
      ["French", "British", "Dutch"],
      ["demonym:France", "demonym:United Kingdom", "demonym:Netherlands"],
    ],
  ])("%s", (text, words, expected) => {
    expect(mentionsOf(text, words)).toEqual(expected);
  });
});

describe("names a document introduces as works or organizations", () => {
  it.each<[string, string[], string[]]>([
    // a film named once after "the film", then alone: no person anywhere
    [
      "She starred in the film Zorblatt, which opened on Friday. Zorblatt earned $20 million.",
      ["Zorblatt"],
      [],
    ],
    // an app: an organization
    [
      "He downloaded the app Marlowe. Marlowe has two million users.",
      ["Marlowe"],
      ["organization:Marlowe", "organization:Marlowe"],
    ],
    // a person's name after the noun, the phrase going on: still a person
    ["The campaign Jane Roe ran was short, her aide said.", ["Jane Roe"], ["person:Jane Roe"]],
  ])("%s", (text, words, expected) => {
    expect(mentionsOf(text, words)).toEqual(expected);
  });
});

describe("a name the tagger cut at its possessive is one name", () => {
  it.each<[string, string[], string[]]>([
    ["Elliott told reporters at Queen's Park on Monday.", ["Park"], ["place:Queen's Park"]],
    ["Elliott told reporters at Queen’s Park on Monday.", ["Park"], ["place:Queen’s Park"]],
    // guard: a person's possessive before a place stays two names
    [
      "Dana Elliott's Toronto office closed on Monday.",
      ["Elliott", "Toronto"],
      ["person:Dana Elliott", "place:Toronto"],
    ],
  ])("%s", (text, words, expected) => {
    expect(mentionsOf(text, words)).toEqual(expected);
  });
});
