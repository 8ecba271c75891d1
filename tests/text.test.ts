import { describe, expect, it } from "vitest";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";

const sentencesOf = (text: string): string[] =>
  splitDocument({ text, bodyStart: 0 }).sentences.map((s) => text.slice(s.start, s.end));

describe("tokenize", () => {
  it.each([
    ["Iran’s border", ["Iran", "’s", "border"]],
    ["the U.S. and Mr. Smith", ["the", "U.S.", "and", "Mr.", "Smith"]],
    ["J.K. Marlowe", ["J.K.", "Marlowe"]],
    ["J. K. Marlowe", ["J.", "K.", "Marlowe"]],
    ["3.5% of 1,000", ["3.5", "%", "of", "1,000"]],
    ["don't stop", ["do", "n't", "stop"]],
    ["O'Brien and Nagorno-Karabakh", ["O'Brien", "and", "Nagorno-Karabakh"]],
    ["the 1990s' boom", ["the", "1990s", "'", "boom"]],
    ["“Yes,” he said", ["“", "Yes", ",", "”", "he", "said"]],
    ["wait... what -- no", ["wait", "...", "what", "--", "no"]],
    ["AT&T and G7", ["AT&T", "and", "G7"]],
  ])("%s", (text, expected) => {
    expect(tokenize(text).map((t) => t.text)).toEqual(expected);
  });

  it("keeps offsets: text.slice(start, end) is the token", () => {
    const text = "  Hassan Rouhani’s “quote”\r\n—and 10:30 a.m. 🙂 emoji";
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it("cuts a token longer than any word without splitting a surrogate pair", () => {
    const text = "a".repeat(63) + "🙂".repeat(100);
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text).join("")).toBe(text);
    for (const t of tokens) expect(t.text.length).toBeLessThanOrEqual(64);
    expect(tokens.some((t) => /[\uD800-\uDBFF]$/.test(t.text))).toBe(false);
  });
});

describe("sentences", () => {
  it.each([
    ["Mr. Smith arrived. He sat down.", ["Mr. Smith arrived.", "He sat down."]],
    ["He lives in the U.S. The rest is history.", ["He lives in the U.S.", "The rest is history."]],
    ["The U.S. Senate voted.", ["The U.S. Senate voted."]],
    ["Gen. J. K. Marlowe spoke. Then left.", ["Gen. J. K. Marlowe spoke.", "Then left."]],
    ["Growth was 3.5 percent. Prices rose.", ["Growth was 3.5 percent.", "Prices rose."]],
    ["“We will win,” the president added. He left.", ["“We will win,” the president added.", "He left."]],
    ['He said "we will win." Then he left.', ['He said "we will win."', "Then he left."]],
    ["Is it over? No! It is not.", ["Is it over?", "No!", "It is not."]],
    [
      "A headline without a period\n\nThe body starts here.",
      ["A headline without a period", "The body starts here."],
    ],
    ["Prices fell 5 pct.\n    The central bank said.", ["Prices fell 5 pct.", "The central bank said."]],
    // A "blank" line that holds a no-break space (web pages' &nbsp; paragraphs) is a paragraph break, as in quotes.
    ["Acme shares rose\n\u00a0\nDana Whitlow sold hers", ["Acme shares rose", "Dana Whitlow sold hers"]],
    ["Acme shares rose\n\u00a0Dana Whitlow sold hers", ["Acme shares rose\n\u00a0Dana Whitlow sold hers"]],
    ["it ended. and went on", ["it ended. and went on"]],
    ["Wait... Then what?", ["Wait...", "Then what?"]],
    // Web news: a wire dateline stays with its sentence; the summarizer trims it.
    [
      "(CNN)The storm hit the coast. It weakened later.",
      ["(CNN)The storm hit the coast.", "It weakened later."],
    ],
    [
      "By . Staff Reporter . The ferry sank on Sunday. Nobody was hurt.",
      ["By .", "Staff Reporter .", "The ferry sank on Sunday.", "Nobody was hurt."],
    ],
    // A video prompt glued to the next sentence without a period is a line of its own.
    [
      "The ferry sank. Scroll down for video Divers reached the wreck on Monday.",
      ["The ferry sank.", "Scroll down for video", "Divers reached the wreck on Monday."],
    ],
    // A photo caption glued to the text: a word that only starts sentences, capitalised after a content word.
    [
      "The captain waves from the harbour He said the crew were safe.",
      ["The captain waves from the harbour", "He said the crew were safe."],
    ],
    ["She joined the band But left soon after.", ["She joined the band", "But left soon after."]],
    // ...but not after a function word, and never at "The", which starts titles mid-sentence.
    ["He writes for The Times every week.", ["He writes for The Times every week."]],
    ["It was reported by the On Air show.", ["It was reported by the On Air show."]],
    // British speech marks: a quote spanning sentences is split into its sentences.
    [
      "‘We are delighted. It has been a long wait,’ said the coach. The club agreed.",
      ["‘We are delighted.", "It has been a long wait,’ said the coach.", "The club agreed."],
    ],
    [
      "The ‘special relationship’ is over. Officials denied it.",
      ["The ‘special relationship’ is over.", "Officials denied it."],
    ],
  ])("%s", (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });

  it("caps sentence length so no library sees a huge sentence", () => {
    const text = "word ".repeat(5000);
    const sentences = splitDocument({ text, bodyStart: 0 }).sentences;
    expect(sentences.length).toBeGreaterThan(20);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(1000);
  });

  it("skips the header before bodyStart", () => {
    const text = "date 2020-01-01 Body here. Second one.";
    const split = splitDocument({ text, bodyStart: 16 });
    expect(split.sentences.map((s) => text.slice(s.start, s.end))).toEqual(["Body here.", "Second one."]);
  });
});
