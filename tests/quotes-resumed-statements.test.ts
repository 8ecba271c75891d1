import { describe, expect, it } from "vitest";
import { resolvedQuotesOf, quoteSummary as summary } from "./helpers/quotes.js";

/** [partial, speaker phrase] of every quote, in order. */
const speakers = (text: string): Array<[boolean, string | null]> => summary(text).map(([, p, s]) => [p, s]);

describe("a statement resumed after the speaker's quote, cut by the writer's closing phrase", () => {
  it.each([
    [
      "“We will win,” Mr Orrin said. “There is no doubt about it” in the minds of the voters.",
      [
        [false, "Mr Orrin"],
        [true, "Mr Orrin"],
      ],
    ],
    [
      "“We will win,” Ms Ferris told reporters. “I think what they care about is jobs” and other local worries.",
      [
        [false, "Ms Ferris"],
        [true, "Ms Ferris"],
      ],
    ],
    [
      "“The talks are over,” he said. “Some members had doubts, but the rest back it” on the merits of the deal.",
      [
        [false, "he"],
        [true, "he"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("guards: not after a verb, nor past another sentence", () => {
  it.each([
    [
      "“We will win,” Ms Ferris said. “Nobody believes it” was the reply from the back.",
      [
        [false, "Ms Ferris"],
        [true, null],
      ],
    ],
    [
      "“We will win,” Ms Ferris told reporters. The crowd cheered. “Nobody believes it” in this town.",
      [
        [false, "Ms Ferris"],
        [true, null],
      ],
    ],
    // A term opening the sentence is the writer's gloss, not a resumed statement.
    [
      "“Cash is king,” Mr Orrin said. “Cash” in such funds usually means short bills.",
      [
        [false, "Mr Orrin"],
        [true, null],
      ],
    ],
    // A scare-quoted term before, not a statement.
    [
      "The plan was called “bold” by Ms Ferris. “Project Dover” in the north is next.",
      [
        [true, null],
        [true, null],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("new reporting verbs", () => {
  it.each([
    [
      "“Let us give this town a proper welcome,” exhorted the host, actress Dana Whitlow.",
      [[false, "the host"]],
    ],
    ["“Vote early and often,” the organiser exhorted.", [[false, "the organiser"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a sentence opened by a participle cue after a closing mark continues the speaker before", () => {
  it.each([
    [
      "Ann Lee said the report came “too late.” Adding, “Frankly, no one will remember it by Friday.”",
      [
        [true, "Ann Lee"],
        [false, "Ann Lee"],
      ],
    ],
    [
      "Mr Orrin said the plan was “dead in the water.” Adding, “The minister knows it, and so does everyone in Kent.”",
      [
        [true, "Orrin"],
        [false, "Orrin"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(summary(text).map(([, p, ,]) => p)).toEqual(expected.map(([p]) => p));
    expect(resolvedQuotesOf(text).map((q) => q.speaker.name)).toEqual(expected.map(([, s]) => s));
  });
});

describe("a second statement joined by ', and,' to the one its verb introduced", () => {
  it.each([
    [
      "Mr Orrin told the crowd, “We will build the bridge,” and, “Who here does not want a bridge?”",
      [
        [false, "Mr Orrin"],
        [false, "Mr Orrin"],
      ],
    ],
    [
      "Ms Ferris said, “We will fight on,” and, “We will win in the end.”",
      [
        [false, "Ms Ferris"],
        [false, "Ms Ferris"],
      ],
    ],
    // Guards: a clause with its own subject after "and", a fragment.
    [
      "Mr Orrin told the crowd, “We will build the bridge,” and Ms Ferris replied, “You will not!”",
      [
        [false, "Mr Orrin"],
        [false, "Ms Ferris"],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
