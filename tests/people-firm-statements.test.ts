/**
 * resolve/names/firm-statements.ts: a one-word name that says "it"/"its" of itself ("Zorvex said its profits
 * rose", "Vexa said it had signed deals") is a firm (session 24, issue 11: companies listed as people). All
 * names are invented.
 */
import { describe, expect, it } from "vitest";
import { organizationsOf, peopleOf } from "./helpers/document.js";

describe("a name that says it or its of itself is a firm (firm-statements.ts)", () => {
  it.each([
    [
      "Gizmox said its new handset would go on sale in March. Analyst Dana Whitlow was doubtful.",
      ["Dana Whitlow"],
    ],
    ["Vexa has launched a music service. Vexa said it had signed deals with four record labels.", []],
    ["Brenzo said its chief executive would step down in June.", []],
    ["Pellam said it had agreed to sell its stake.", []],
    ["Whitcombe said it plans to float on the stock market.", []],
    ["Ashcombe said on Monday it expected profits to rise.", []],
    // Session 29: a weekday with no "on" (US and Canadian news); a dictionary word that is no common one.
    ["Norquist said Tuesday it will shut its paper mill, putting 210 people out of work.", []],
    ["SUDBURY — Kestrel said it would cut 40 jobs at its Sudbury plant.", []],
    // Session 29: a firm's name spelled with its "'s", before a verb ("Wendy's declined to comment").
    ["Wendy's declined to comment on the rumours. Analyst Dana Whitlow was doubtful.", ["Dana Whitlow"]],
    ["Vantorel's did not say how much the burgers would cost.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons who say it of a thing stay (firm-statements.ts)", () => {
  it.each([
    // "it would be", "it had been": a person's view of a thing.
    ["Coach Tamsin Arlow was upset. Arlow said it would be hard to recover.", ["Tamsin Arlow"]],
    // An adverb before "be": a minister's view.
    ["Harlan said it would still be possible to meet the target.", ["Harlan"]],
    // "it was": no firm's verb.
    ["Harlan said it was the best day of his life.", ["Harlan"]],
    // A longer person's name holds the word.
    ["Dana Okafor runs the shop. Okafor said its sales had doubled.", ["Dana Okafor"]],
    // A known first name.
    ["Dana said it had signed the papers on Monday.", ["Dana"]],
    // "'s" as "has" of a person the document names in full; "said to be".
    ["Shelby Morgan was re-elected. Shelby's said she would stay.", ["Shelby Morgan"]],
    ["Coach Tamsin Arlow was upset. Arlow's said to be furious.", ["Tamsin Arlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name whose deed takes its is a firm (session 25, firm-statements.ts)", () => {
  it.each([
    ["Whitcombe launched its new phone on Tuesday. Analyst Dana Whitlow was doubtful.", ["Dana Whitlow"]],
    ["Whitcombe has unveiled its plan to cut 500 jobs.", []],
    ["Whitcombe doubled its dividend this year.", []],
    ["Whitcombe expects its sales to rise.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons whose deeds take its stay (session 25, firm-statements.ts)", () => {
  it.each([
    // "was its": the person's post.
    ["Whitcombe was its founder.", ["Whitcombe"]],
    // A longer person's name holds the word.
    ["Dana Whitcombe toured the plant. Whitcombe praised its design.", ["Dana Whitcombe"]],
    // A known first name.
    ["Dana praised its design.", ["Dana"]],
    // "his": a person's own.
    ["Whitcombe launched his campaign on Tuesday.", ["Whitcombe"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a firm saying it of itself is named, where the tagger left it out (session 29: firm-speech.ts)", () => {
  it.each([
    [
      "Norquist said Tuesday it will shut its paper mill, putting 210 people out of work.",
      ["Norquist: Norquist"],
    ],
    ["SUDBURY — Kestrel said it would cut 40 jobs at its Sudbury plant.", ["Kestrel: Kestrel"]],
    ["Vantorel says it plans to hire 50 people in Leeds.", ["Vantorel: Vantorel"]],
    // Its other mentions the tagger left out follow, not a word of a longer name.
    [
      "OTTAWA — Brelvane said it would close two mills. Workers at the old Brelvane site were told on Monday.",
      ["Brelvane: Brelvane"],
    ],
  ])("%s", (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected);
  });
});
