/**
 * The narration around a quote: an object pronoun after a name says nothing of that person's gender, and a
 * statement with no author named is no organization. All text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("an object pronoun after a name is someone else's", () => {
  it("casts no gender vote for the name, so the speaker's pronoun may still be that person", () => {
    const text =
      "The academy's old teacher, Professor Okwara, remembered the architect. Okwara described her as the " +
      "best student of the decade. “She broke every rule,” he said.";
    expect(speakers(text, { Okwara: {} })).toEqual([["Okwara", "he"]]);
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

describe("a statement whose noun's own verb names its sender (session 16)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X emailed supporters …, telling them, “…” The email goes on to say:` is X's",
      'Mara Lisle, who runs the harbour levy drive, emailed volunteers late on Thursday, telling them, "Nine streets signed up today." The email goes on to say: "Bring boots on Saturday."',
      { "Mara Lisle": {} },
      [
        ["Mara Lisle", "Mara Lisle"],
        ["Mara Lisle", "The email"],
      ],
    ],
    [
      "`X tweeted on Monday … “…,” the tweet read.` is X's",
      'Mara Lisle tweeted on Monday about the vote. "We won," the tweet read.',
      { "Mara Lisle": {} },
      [["Mara Lisle", "the tweet"]],
    ],
    [
      "guard: `X was emailed a warning` did not send it",
      'Owen Pratt was emailed a warning on Monday. The email said: "Stay away from the docks."',
      { "Owen Pratt": {} },
      [[null, "The email"]],
    ],
    [
      "guard: `X's campaign emailed` is the campaign's, not X's",
      'Owen Pratt\'s campaign emailed donors on Friday. "Give today," the email read.',
      { "Owen Pratt": {} },
      [[null, "the email"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
