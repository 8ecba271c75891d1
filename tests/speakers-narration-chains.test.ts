/**
 * The narration between quotes: its own "he"/"she" keep the person they continue salient for the next speaker
 * pronoun; a name in commas after its clause's noun is that clause's subject; a statement with no author
 * named is no organization. Canadian, British and US styles; all text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("speaker pronouns after the narration's own pronouns", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a Canadian union steward, after a premier named three times (he said that he …)",
      "Premier Doug Hale toured the mill in Thunder Bay on Monday. Hale promised new jobs. Hale also met " +
        "the workers. Union steward Mark Osei, who has worked there for 20 years, said the mood was tense. He " +
        "said that he was more worried about pensions and that Hale had not mentioned them. “We need answers,” " +
        "he said.",
      { "Doug Hale": {}, Hale: { entity: "Doug Hale" }, "Mark Osei": {} },
      [["Mark Osei", "he"]],
    ],
    [
      "a British resident introduced in commas with her age (One of them, X, 64, said …)",
      "Councillor Ruth Jones opened the meeting. Jones defended the budget. Jones then took questions. One " +
        "of them, Gwen Price, 64, said she had lived on the estate for 40 years and that Jones had never " +
        "visited. 'Nobody listens to us,' she said.",
      { "Ruth Jones": {}, Jones: { entity: "Ruth Jones" }, "Gwen Price": {} },
      [["Gwen Price", "she"]],
    ],
    [
      "a US delegate introduced in commas (And a third, X, said that while he …)",
      "Senator Tom Reyes won the vote. Reyes thanked his staff. Another delegate, Luis Ortega, said he was " +
        "undecided. And a third, Dan Whitfield, said that while he liked Reyes, he was backing the governor. " +
        '"I prefer Wade,” he said.',
      { "Tom Reyes": {}, Reyes: { entity: "Tom Reyes" }, "Luis Ortega": {}, "Dan Whitfield": {}, Wade: {} },
      [["Dan Whitfield", "he"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a statement with no author named", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a letter is nobody's, not an organization called 'letter'",
      "Parents received a letter on Friday. 'The school will reopen on Monday,' the letter said.",
      {},
      [[null, "the letter"]],
    ],
    [
      "nor is a statement",
      "A statement was posted online overnight. “We regret the delay,” the statement said.",
      {},
      [[null, "the statement"]],
    ],
    [
      "an organization speaking is still kept",
      "Northgate Water apologised on Tuesday. 'Supply is safe,' the company said.",
      { "Northgate Water": { type: "organization" } },
      [[null, "the company", "Northgate Water"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
