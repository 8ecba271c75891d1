import { describe, expect, it } from "vitest";
import { resolvedQuotesOf } from "./helpers/quotes.js";

/** [speaker phrase, resolved name] of every quote, resolved without entity mentions. */
const speakers = (text: string): Array<[string | null, string | null]> =>
  resolvedQuotesOf(text).map((q) => [q.speaker.mention?.text ?? null, q.speaker.name]);

describe("an unnamed speaker among several gets its own phrase and no named person", () => {
  it.each([
    // A name after "a"/"one" only describes the speaker (North American style).
    [
      "Dana Whitlow spoke first. “We will win this,” said one Whitlow campaign aide.",
      [["one Whitlow campaign aide", null]],
    ],
    [
      "“It is over for him,” said one former SNP leadership aide.",
      [["one former SNP leadership aide", null]],
    ],
    ["“It is a disgrace,” said a New Brunswick Liberal.", [["a New Brunswick Liberal", null]]],
    ["“It is a disgrace,” said a Texas Democrat.", [["a Texas Democrat", null]]],
    ["“He has no chance,” said one Orrin confidant.", [["one Orrin confidant", null]]],
    ["A Texas Democrat said: “We are ready for him.”", [["A Texas Democrat", null]]],
    // British style.
    [
      "Ms Ferris defended the plan. “It is a disgrace,” said a Kent Conservative.",
      [["a Kent Conservative", null]],
    ],
    ["“It is a disgrace,” said a Tory.", [["a Tory", null]]],
    // "another", "yet another", "one" standing alone.
    ["Ms Ferris defended the plan. Yet another said: “It is a disgrace.”", [["Yet another", null]]],
    ["Ms Ferris defended the plan. Another said: “It is a disgrace.”", [["Another", null]]],
    ["Ms Ferris defended the plan. One said: “It is a disgrace.”", [["One", null]]],
    ["Ms Ferris defended the plan. “It is a disgrace,” said another.", [["another", null]]],
    ["Ms Ferris defended the plan. “It is a disgrace,” said yet another.", [["yet another", null]]],
    ["Mr Orrin left early. “He was bored,” said one.", [["one", null]]],
    // Nouns for anyone.
    [
      "Dana Whitlow arrived late. Another child replied, “That is the mayor’s car.”",
      [["Another child", null]],
    ],
    ["Dana Whitlow arrived late. A pupil said: “She was very kind to us.”", [["A pupil", null]]],
    // A source with a postmodifier before its verb: the source, not the adjective's object.
    ["Dana Whitlow left. A source familiar with the talks said, “He will try again.”", [["A source", null]]],
    [
      "Dana Whitlow left. Another source close to Whitlow said, “He will try again.”",
      [["Another source", null]],
    ],
    ["Dana Whitlow left. “He will try again,” an aide briefed on the plan said.", [["an aide", null]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("guards: named speakers stay named", () => {
  it.each([
    ["“We will win this,” said Dana Whitlow.", [["Dana Whitlow", "Dana Whitlow"]]],
    // (Read right before the rules too: a role noun after the name, a phrase before the verb.)
    ["“It will never pass,” said one Tory backbencher.", [["one Tory backbencher", null]]],
    ["“The vote is lost,” one insider told the BBC.", [["one insider", null]]],
    ["“We are exhausted,” a campaign staffer said.", [["a campaign staffer", null]]],
    ["“We will win this,” said Whitlow campaign manager Ann Lee.", [["Ann Lee", "Ann Lee"]]],
    // (A capitalized stopword opens a place's name after "the" too; before, the phrase was lost.)
    ["“It is over,” said the New Forest MP.", [["the New Forest MP", null]]],
    // "one of the organizers" stays a part of a group.
    ["“It is over,” said one of the organizers.", [["one of the organizers", null]]],
    ["“It is a disgrace,” one of the sources said.", [["one of the sources", null]]],
    // A noun for no person after the name leaves the name as the source (a document's owner).
    ["“Talks will resume,” according to a Pentagon readout.", [["Pentagon", null]]],
    // (A source adjective without its preposition, or after a name, is no postmodifier.)
    ["Dana Whitlow left. A close aide said, “He will try again.”", [["A close aide", null]]],
    [
      "Dana Whitlow left. Ann Lee, who is close to Whitlow, said, “He will try again.”",
      [["Ann Lee", "Ann Lee"]],
    ],
    // A glued "a" in garbled text is no determiner.
    ["President Tomas CaÃ±a Verdo said: “We will not pay.”", [["Verdo", "Verdo"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
