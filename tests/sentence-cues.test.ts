/**
 * Session 28: the gated span rules run only in a sentence (or a document) holding one of their cue words
 * (sentence-cues.ts). A word gives the cues of its lower case and of each part of a hyphened word; a rule that
 * acts on a sentence finds its cue there. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { extractMentions } from "../src/extract/entities/index.js";
import { Cue, cuesOfWords } from "../src/extract/entities/sentence-cues.js";
import { factsOfTokens } from "../src/extract/entities/word-facts.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";

function cuesOf(text: string): number {
  const facts = factsOfTokens(tokenize(text));
  return cuesOfWords(facts, 0, facts.length);
}

describe("a word's cues", () => {
  it.each([
    ["took", Cue.playerDeed],
    ["Took", Cue.playerDeed],
    ["double-faulted", Cue.playerDeed | Cue.hyphened],
    ["skipper", Cue.clubRole],
    ["st", Cue.scorecard],
    ["N.", Cue.compassPlace],
    ["she", Cue.loneNameSpeaker],
    ["then-Mayor", Cue.hyphened],
    // the suffix the tokenizer splits from an abbreviated title ("Rep.-elect")
    ["elect", Cue.hyphened],
    ["Hurricane", Cue.storm],
    ["van", Cue.particleName],
    ["XIV", Cue.regnal | Cue.capitals],
    ["DANA", Cue.capitals],
    ["Jean-Luc", Cue.hyphened],
    ["I", Cue.regnal],
    // A part of a hyphened word, and each word of a storm's two-word name.
    ["super-typhoon", Cue.storm | Cue.hyphened],
    ["Tropical", Cue.storm],
    // Guards: no cue at all; a hyphen that opens a word.
    ["said", 0],
    ["-Mayor", 0],
  ])("%s → %i", (word, bits) => {
    expect(cuesOf(word)).toBe(bits);
  });
});

describe("the gates' table", () => {
  // each row of GATES (sentence-cues.ts) its own bit: two rules sharing one would run on each other's cues
  it.each(Object.entries(Cue))("%s has a bit of its own", (name, bit) => {
    const others = Object.entries(Cue).filter(([other]) => other !== name);
    expect(bit & (bit - 1)).toBe(0);
    expect(others.some(([, b]) => (b & bit) !== 0)).toBe(false);
  });
});

function mentions(text: string): string {
  const doc = { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" } as const;
  return extractMentions(doc, splitDocument(doc))
    .map((m) => `${m.type}:${m.text}`)
    .join(" | ");
}

describe("each gated rule still acts where its cue stands", () => {
  it.each([
    // One row a rule, through extractMentions: each fails if the rule's cue words are left out of sentence-cues.ts.
    ["Corvell took 4-35 in the second innings.", "person:Corvell"],
    ["Talks with N. Korea ended on Tuesday.", "country:N. Korea"],
    ["Then-Mayor Dana Whitlow opened the bridge.", "person:Dana Whitlow"],
    ["Karl-Heinz von Okwuosa resigned on Friday.", "person:Karl-Heinz von Okwuosa"],
    ["King Edmund III opened the session on Tuesday.", "person:Edmund III"],
  ])("%s → %s", (text, expected) => {
    expect(mentions(text)).toBe(expected);
  });
});
