import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** [quoted span, speaker phrase] of every quote. */
const speakers = (text: string): Array<[string, string | null]> => summary(text).map(([q, , s]) => [q, s]);

describe("a digest's excerpt labelled by its author after a dash or “More from”", () => {
  it.each([
    [
      "Turnout fell again. VOTERS STAY HOME - Dana Whitlow: “The numbers fell in every county we looked at.”",
      "Dana Whitlow",
    ],
    ["Pollsters agree - Lee Brand: “One lesson was a simple one.”", "Lee Brand"],
    ["Turnout fell again. [Acme.] More from Whitlow: “The drop was steepest in cities.”", "Whitlow"],
    [
      "Turnout fell. More from Dana Whitlow and Lee Brand: “The drop was steepest in cities.”",
      "Dana Whitlow",
    ],
    // Not a name inside a sentence, nor a word joined to a hyphen (the clause's subject speaks), nor a
    // dateline in capitals.
    ["The verdict of Dana Whitlow: “It is over and done.”", null],
    ["Turnout fell. It was a pro-Whitlow: “It is over and done.”", "It"],
    ["Turnout fell. Results - ACME COUNTY: “It is over and done.”", null],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text).map(([, s]) => s)).toEqual([speaker]);
  });
});

describe("a later fragment of the same reported statement", () => {
  it.each([
    [
      "Lee Brand tweeted that Whitlow is a “loser,” a “liar” and a “whiner.”",
      [
        ["“loser,”", "Lee Brand"],
        ["“liar”", "Lee Brand"],
        ["“whiner.”", "Lee Brand"],
      ],
    ],
    [
      "Dana Whitlow said towns up north “have more history,” while “the south is new.”",
      [
        ["“have more history,”", "Dana Whitlow"],
        ["“the south is new.”", "Dana Whitlow"],
      ],
    ],
    [
      "The mayor visited the studio, saying “on a bad day” the rival would be “a weaker mayor” than any other.",
      [
        ["“on a bad day”", "The mayor"],
        ["“a weaker mayor”", "The mayor"],
      ],
    ],
    ["The firm’s price limit is six cents....“Other grades” trade from May.", [["“Other grades”", null]]],
    // Not a list of titles no one is said to have said, nor a fragment of another sentence (nor one after a
    // run of periods that the splitter left inside the sentence, above).
    [
      "Whitlow named “Night Court,” “Big Sky” and “Dallas” as her favourite shows.",
      [
        ["“Night Court,”", null],
        ["“Big Sky”", null],
        ["“Dallas”", null],
      ],
    ],
    [
      "Lee Brand said the plan was “dead.” The “new deal” comes next.",
      [
        ["“dead.”", "Lee Brand"],
        ["“new deal”", null],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a fragment before its sentence's closing reporting clause", () => {
  it.each([
    ["“Crowds were cheering” before the crash, she said.", "she"],
    ["“A big van” drove through the barriers, he said, and ran on.", "he"],
    [
      "The agency was “involved” in the case, the county’s lawyer told the Daily Planet.",
      "the county’s lawyer",
    ],
    ["The firm was “involved” in the case, the lawyer revealed to the Planet on Friday.", "the lawyer"],
    // Not a clause that goes on past its verb's object, nor one with no reporting verb, nor the listener of an
    // inverted "told".
    ["The deal was “dead” by May, the firm said it had learned from its lawyers.", null],
    ["The deal was “dead” by May, the talks having failed.", null],
    [
      "Acme was “willing to sell” its unit, one of its bankers, who asked not to be named, told Reuters.",
      null,
    ],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text).map(([, s]) => s)).toEqual([speaker]);
  });
});

describe("whose clause a reporting verb belongs to", () => {
  it.each([
    // A contrasting clause opens with its own subject, comma or not.
    [
      "“The plan is mad,” said Dana Whitlow while Lee Brand believes it is sound, saying: “Give it a year.”",
      [
        ["“The plan is mad,”", "Dana Whitlow"],
        ["“Give it a year.”", "Lee Brand"],
      ],
    ],
    // A second "said" after "and" is the first one's subject's, not the reported clause's subject's.
    [
      "Dana Whitlow said her party has backed the idea “for months”, and said the delay was “a disgrace.”",
      [
        ["“for months”", "Dana Whitlow"],
        ["“a disgrace.”", "Dana Whitlow"],
      ],
    ],
    // (Not across a comma, nor from another reporting verb; with none before, the nearest subject stays.)
    ["When Lee Brand mentioned the plan, I laughed and said, “It is mad.”", [["“It is mad.”", "I"]]],
    [
      "Small groups of protesters continued to march, while chanting, “Hands up.”",
      [["“Hands up.”", "protesters"]],
    ],
    ["He backed Whitlow over Brand and said: “She is better.”", [["“She is better.”", "He"]]],
    // A source's possession after "according to" names the source.
    [
      "According to Acme Robotics’s website, the robots can “hold a chat”.",
      [["“hold a chat”", "Acme Robotics"]],
    ],
    ["According to Lee Brand’s office, the plan was “dead”.", [["“dead”", "Lee Brand"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a programme's or a site's name after “with” or “on”", () => {
  it.each([
    ["Dana Whitlow said in an interview with “Morning Talk Today.”", null],
    ["Acme says on “The Phone Countdown” that the model is old.", null],
    // A fragment of the speaker's words in lower case after "with" is still the speaker's.
    ["Lee Brand said he agreed with “every word” of it.", "Lee Brand"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text).map(([, s]) => s)).toEqual([speaker]);
  });
});

describe("reporting verbs read where they are verbs", () => {
  it.each([
    // A cue's form after a possessive or a determiner is a noun: the reporting verb is further left.
    [
      "Lee Brand said that sometimes Acme’s comments make him wish he could “put the genie back.”",
      [["“put the genie back.”", "Lee Brand"]],
    ],
    ["Lee Brand said the firm’s reports made him want to “start again.”", [["“start again.”", "Lee Brand"]]],
    // A phrase before a participle is no subject of a later "and said".
    [
      "Dana Whitlow issued a statement saying the plan “has no place here” and said rivals face “a reckoning.”",
      [
        ["“has no place here”", "Dana Whitlow"],
        ["“a reckoning.”", "Dana Whitlow"],
      ],
    ],
    // "this" after an opening adverb is no verb ending in "s": the clause's subject is after the comma.
    [
      "Earlier this week, Lee Brand pressed Acme on taxes, insisting that it should hold the “higher ground”.",
      [["“higher ground”", "Lee Brand"]],
    ],
    // The name opening the clause with its verb, not the person a role further on leads to.
    [
      "Earlier, Lee Brand pressed Acme Chairman Dana Whitlow on taxes, insisting it must hold the “high ground”.",
      [["“high ground”", "Lee Brand"]],
    ],
    // Messages and asides.
    [
      "“He is not coming here,” Dana Whitlow texted to her daughter.",
      [["“He is not coming here,”", "Dana Whitlow"]],
    ],
    ["“It is over,” the nominee riffed on the answer.", [["“It is over,”", "the nominee"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
