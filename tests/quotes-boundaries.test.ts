import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

describe("a split quote whose attribution ends in an abbreviation's period", () => {
  it.each([
    [
      "“We will win this state,” Dana Whitlow said at a rally in Eastbridge, N.Y. “The other side has no plan at all.”",
      "“We will win this state,” Dana Whitlow said at a rally in Eastbridge, N.Y. “The other side has no plan at all.”",
      "Dana Whitlow",
    ],
    [
      "“Our record is poor,” Baxter said Tuesday in Fairview, Calif. “We never fought for the plan.”",
      "“Our record is poor,” Baxter said Tuesday in Fairview, Calif. “We never fought for the plan.”",
      "Baxter",
    ],
  ])("%s", (text, quote, speaker) => {
    expect(summary(text)).toEqual([[quote, false, speaker]]);
  });
});

describe("a statement quoted whole right after a finite reporting verb, with no comma", () => {
  it.each([
    [
      "Dana Whitlow says “it is interesting that so many voters are still undecided.”",
      "“it is interesting that so many voters are still undecided.”",
      false,
    ],
    [
      "At the rally, Whitlow said “there is no mayor who has done more for this city.”",
      "“there is no mayor who has done more for this city.”",
      false,
    ],
    // (A short phrase stays a fragment of the writer's sentence; so does one the sentence goes on after.)
    ["Whitlow said “not too likely.”", "“not too likely.”", true],
    [
      "Whitlow says “the whole game has become far too slow” because of the rules.",
      "“the whole game has become far too slow”",
      true,
    ],
  ])("%s", (text, quote, partial) => {
    const [found] = summary(text);
    expect([found?.[0], found?.[1]]).toEqual([quote, partial]);
  });
});

describe("an outer single quote whose close was lost ends at the close of the quote nested in it", () => {
  it.each([
    [
      "He explained: 'We cut the odds from 9/1 to 5/1 'Given how popular the horse is, we expect more money on it.' Scroll down for video The horse ran at Acme Park on Friday. There is talk the Whitlows' horse will win.",
      "'We cut the odds from 9/1 to 5/1 'Given how popular the horse is, we expect more money on it.'",
    ],
  ])("%s", (text, quote) => {
    const [found] = summary(text);
    expect(found?.[0]).toBe(quote);
  });
});

describe("speakers that are anyone at all, or the antecedent of a relative pronoun", () => {
  it.each([
    ["“My mother always told me we were citizens,” said the woman, who asked not to be named.", "the woman"],
    ["Another commenter said, “We can all guess what he thinks of the mayor.”", "Another commenter"],
    ["One man wrote, “He could hardly hear the band.”", "One man"],
    ["Another person tweeted: “What a night for the campaign.”", "Another person"],
    ["“We have no plan B,” said one of the organizers, who asked not to be named.", "one of the organizers"],
    ["The senator, who declared, “I will not resign,” left the chamber.", "The senator"],
    [
      "The endorsement came from Dana Whitlow, who declared in the spin room, “It is time to unite.”",
      "Dana Whitlow",
    ],
    [
      "Whitlow was defensive about not paying a builder who said he was cheated, saying, “Maybe he did a poor job.”",
      "Whitlow",
    ],
  ])("%s → %s", (text, speaker) => {
    expect(summary(text)[0]?.[2]).toBe(speaker);
  });
});

describe("a photo caption whose credit in parentheses runs into the quote", () => {
  it.each([
    [
      "Tom Baxter speaks at a rally in Eastbridge on Friday. (Photo: Jane Roe/Acme Press) “We are going to win this state,” Baxter told the crowd.",
      false,
    ],
    [
      "Tom Baxter speaks at a rally in Eastbridge on Friday. (Jane Roe/Acme Press) “We are going to win this state,” Baxter told the crowd.",
      false,
    ],
    // (A remark in parentheses inside the writer's sentence is no credit.)
    ["The plan (which failed twice) “was a disaster from day one,” Baxter said.", true],
  ])("%s", (text, partial) => {
    expect(summary(text)[0]?.[1]).toBe(partial);
  });
});

describe("a closing-style mark that opens after an invisible format character (web pages)", () => {
  it.each([
    [
      "Readers answered at once. \u202a”This is why the plan has to go,” said Ann Lee.",
      "”This is why the plan has to go,”",
      "Ann Lee",
    ],
  ])("%s", (text, quote, speaker) => {
    expect(summary(text)).toEqual([[quote, false, speaker]]);
  });
});
