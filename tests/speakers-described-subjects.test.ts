/**
 * Speakers a careful reader takes from the narration around a phrase: an organization's "it" after a sentence
 * opening "The group …", a member of a group who is not the group, a person in apposition after a phrase the
 * extraction cut to an organization's name. All text here is written for these tests, in the styles of Canadian,
 * British and Australian news.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

/** Every quote's speaker, fragments included: [name, mention, organization when set]. */
function allSpeakers(text: string, tagged: Tagged): Speaker[] {
  return resolvedQuotes(text, tagged).map((q) => {
    const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
    if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
    return s;
  });
}

describe("an organization's `it` in a sentence opening with the organization's noun", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`The group … what it calls` after a sentence that names the charity last",
      'Dana Whitlow now helps lead a charity called Harbour Relief. The group seeks to end child hunger through what it calls "sensible food laws."',
      { "Dana Whitlow": {}, "Harbour Relief": { type: "organization" } },
      [[null, "it", "Harbour Relief"]],
    ],
    [
      "`The company … what it called` after a sentence that names the firm last",
      'Shares fell on Tuesday at Tamsin Mining. The company blamed what it called "a very hard winter" in the north.',
      { "Tamsin Mining": { type: "organization" } },
      [[null, "it", "Tamsin Mining"]],
    ],
    [
      "the organization opening the sentence before, not the one it names last (the object)",
      'Brisco Holdings, which is owned by Acme Corp, said it had bought shares of Tamsin Mining. The company said it told Tamsin of its "firm intention" to buy more.',
      {
        "Brisco Holdings": { type: "organization" },
        "Acme Corp": { type: "organization" },
        "Tamsin Mining": { type: "organization" },
        Tamsin: { type: "organization", entity: "Tamsin Mining" },
      },
      [[null, "it", "Brisco Holdings"]],
    ],
    [
      "not when the sentence before names two organizations and none opens it",
      'On Tuesday shares rose at Tamsin Mining, which is owned by Acme Corp. The company blamed what it called "a very hard winter" in the north.',
      { "Tamsin Mining": { type: "organization" }, "Acme Corp": { type: "organization" } },
      [[null, "it"]],
    ],
    [
      "not when a person is the last named in the sentence before",
      'On Monday the board hired a new director, Dana Whitlow. The group seeks to end hunger through what it calls "sensible food laws."',
      { "Dana Whitlow": {}, "Harbour Relief": { type: "organization" } },
      [[null, "it"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("one of a group speaks, not the group", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`one of the group says` after the police are named",
      'Officers from the Halton Police arrived at noon. But one of the group says: "You will not take me from my parents."',
      { "Halton Police": { type: "organization" } },
      [[null, "the group"]],
    ],
    [
      "`the group says` alone is still the organization named before",
      'Officers from the Halton Police arrived at noon. But the group says: "You will not take me from my parents."',
      { "Halton Police": { type: "organization" } },
      [[null, "the group", "Halton Police"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a person in apposition after a role that holds an organization's name (extract/quotes picks the person)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said another leading High Court advocate, Dana Roe of …`",
      'The bench may sit with six judges for a year. "The odds favour a long wait," said another leading High Court advocate, Dana Roe of the firm Colby Marsh.',
      { "Dana Roe": {}, "High Court": { type: "organization" }, "Colby Marsh": { type: "organization" } },
      [["Dana Roe", "Dana Roe"]],
    ],
    [
      "no comma, no person after it: the organization speaks",
      'The bench may sit with six judges for a year. "The odds favour a long wait," said another leading High Court advocate on Monday.',
      { "High Court": { type: "organization" } },
      [[null, "another leading High Court advocate", "High Court"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("an office nobody named holds is the subject of the sentence before the quote", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the Alberta senator` after a sentence whose subject the document gives no office",
      'Dana Roe warned against a contested convention on Friday. "It would be a disaster for the party," the Alberta senator said.',
      { "Dana Roe": {}, Alberta: { type: "place" } },
      [["Dana Roe", "the Alberta senator"]],
    ],
    [
      "not the office alone, capitalized (`the Senator`): no modifier ties it to the subject",
      'Dana Roe warned against a contested convention on Friday. "It would be a disaster for the party," the Senator said.',
      { "Dana Roe": {} },
      [[null, "the Senator"]],
    ],
    [
      "not a role without titles (`the Alberta official`): an unnamed person",
      'Dana Roe warned against a contested convention on Friday. "It would be a disaster for the party," the Alberta official said.',
      { "Dana Roe": {}, Alberta: { type: "place" } },
      [[null, "the Alberta official"]],
    ],
    [
      "not an organization's officer (`the Alberta Treasury's officer`)",
      'Dana Roe warned against a contested convention on Friday. "It would be a disaster for the party," the Alberta Treasury\'s officer said.',
      { "Dana Roe": {}, "Alberta Treasury": { type: "organization" } },
      [[null, "the Alberta Treasury's officer", "Alberta Treasury"]],
    ],
    [
      "not a name inside the quote, in the quote's own sentence",
      'There are fears that "Dana Roe will return to the race," the Alberta senator said on Friday.',
      { "Dana Roe": {}, Alberta: { type: "place" } },
      [[null, "the Alberta senator"]],
    ],
    [
      "not a subject the document gives another office (`Mayor Dana Roe`)",
      'Mayor Dana Roe warned against a contested convention on Friday. "It would be a disaster for the party," the Alberta senator said.',
      { "Dana Roe": {}, Alberta: { type: "place" } },
      [[null, "the Alberta senator"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});
