/**
 * extract/entities/spaced-initials.ts: initials written as capitals without stops ("P R Bhavke"), as South Asian
 * papers write them, open one person; a wire's abbreviations do not (session 30, issue 11). Names invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("spaced initials and a name are one person (spaced-initials.ts)", () => {
  it.each([
    ["Special Judge P R Bhavane said the charges were serious.", ["P R Bhavane"]],
    ["The petition was heard by Justice S K Kaulra on Monday.", ["S K Kaulra"]],
    ["The pilot, Capt A K Singhal, landed safely.", ["A K Singhal"]],
    ["K Chandrashekar Raoji met the governor on Friday.", ["K Chandrashekar Raoji"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("abbreviations and firms stay as they were (spaced-initials.ts)", () => {
  const mentionsOf = (text: string): string[] => namedOf(text).mentions;

  it.each([
    // A country's letters.
    ["Shares of U S Westline rose 2 pct.", "U S Westline|person"],
    // A storm's class.
    ["As of the last advisory, T C Marovan has winds of 190 kilometres per hour.", "T C Marovan|person"],
    // One initial before an ordinary word or a name no lexicon knows, with no title: a wire's abbreviation.
    ["Sales at K Mart rose 4 pct in March.", "K Mart|person"],
    // A shop's name after an apostrophe.
    ["Shares of Pay 'N Pakko rose.", "N Pakko|person"],
    // A firm's word after the name, past a bracketed place.
    ["The licence of G H Shintora (Australia) Ltd was suspended.", "G H Shintora|person"],
    // "A" alone is the article.
    ["A Kessler spokesman declined to comment.", "A Kessler|person"],
  ])("%s", (text, unexpected) => {
    expect(mentionsOf(text)).not.toContain(unexpected);
  });
});
