import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { documentOf } from "./helpers/document.js";

/** "type:entity" of the document's mentions that overlap one of `words`, in text order. */
function mentionsOf(text: string, words: string[]): string[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc))
    .mentions.filter((m) => words.some((w) => m.text.includes(w)))
    .map((m) => `${m.type}:${m.entity}`);
}

describe("a people's adjective that opens a firm's name is the firm's, not its country (demonym-firms.ts)", () => {
  it.each<[string, string[], string[]]>([
    // the tagger reads the adjective apart from the firm's name after it
    [
      "Investors sold British Tarrow Airways and bought Halvorsen Corp.",
      ["British", "Tarrow"],
      ["organization:British Tarrow Airways"],
    ],
    // a wire's wrapped lines, the legal form on the next line
    [
      "Delmont Inc said it sold its\nAmerican Brevik Products\nInc unit to Halvorsen Corp.",
      ["American", "Brevik"],
      ["organization:American Brevik Products Inc"],
    ],
    [
      "Delmont said its 70 pct owned\n<Canadian Worvex Energy Ltd> affiliate found gas.",
      ["Canadian", "Worvex"],
      ["organization:Canadian Worvex Energy Ltd"],
    ],
    // guards: a name that runs on past the firm's word is no firm's ("Oil Minister")
    ["The Iranian Oil Minister said output would rise.", ["Iranian"], ["demonym:Iran"]],
    // a bracketed acronym that spells the name without the adjective: the adjective says whose the body is
    [
      "The Indian State Farming Corporation (SFC) bought wheat. The SFC said prices rose.",
      ["Indian"],
      ["demonym:India"],
    ],
    // a state body's word in the name, though it ends in a firm's word ("Energy")
    [
      "Delmont Corp and the Kenyan Department of Energy signed the deal.",
      ["Kenyan", "Department"],
      ["demonym:Kenya", "organization:Department of Energy"],
    ],
    // a firm's name in lower case is no name: the country's oil
    ["Refiners bought more Nigerian oil and Saudi crude in May.", ["Nigerian"], ["demonym:Nigeria"]],
  ])("%s", (text, words, expected) => {
    expect(mentionsOf(text, words)).toEqual(expected);
  });
});

describe("a reinsurer named for its country and 'Re' is a firm, not the country (demonym-firms.ts)", () => {
  it.each<[string, string[], string[]]>([
    [
      "Norwegian Re said claims from the storm would cost it more.",
      ["Norwegian"],
      ["organization:Norwegian Re"],
    ],
    ["Analysts expect Danish Re to raise its rates.", ["Danish"], ["organization:Danish Re"]],
    ["The deal gives German Re a third of the market.", ["German"], ["organization:German Re"]],
    // guards: the adjective before another word, and an email's subject
    ["Norwegian voters said no on Sunday.", ["Norwegian"], ["demonym:Norway"]],
    ["Re: the Kestrel plan. Dana Whitlow said it was late.", ["Kestrel", "Re"], []],
  ])("%s", (text, words, expected) => {
    expect(mentionsOf(text, words)).toEqual(expected);
  });
});
