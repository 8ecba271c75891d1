/**
 * Session 24: one name word no list knows, left out by the tagger, the subject of a reporting verb whose clause has
 * "he" or "she" as its subject, is a person (lone-name-speakers.ts). On the tagger's spans as invented text shows
 * them. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { loneNameSpeakerSpans } from "../src/extract/entities/lone-name-speakers.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, loneNameSpeakerSpans(text, spans, tokens, 0, tokens.length, gazetteer(), []));
}

/** The words read as firms speaking of themselves (session 29), space-joined. */
function firmsOf(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  const firms: number[] = [];
  loneNameSpeakerSpans(text, spans, tokens, 0, tokens.length, gazetteer(), firms);
  return firms.map((at) => tokens[at]?.text).join(" ");
}

describe("a lone unknown name reporting of itself is a person", () => {
  it.each([
    ["Menzaghi said he would stay", "[PER Menzaghi] said he would stay"],
    ["Okwuosa told reporters she would appeal", "[PER Okwuosa] told reporters she would appeal"],
    [", Tavoru said that he felt fine", ", [PER Tavoru] said that he felt fine"],
    // Guards: a firm's "it"; after a word ("in <place> said he"); a month; a word some list knows; a span the
    // tagger read; a capitalized word before it; no pronoun.
    ["Menzaghi said it would sell", "Menzaghi said it would sell"],
    ["officials in Zorvania said he would go", "officials in Zorvania said he would go"],
    ["February said he would go", "February said he would go"],
    ["Officials said he would go", "Officials said he would go"],
    ["[ORG Menzaghi] said he would stay", "[ORG Menzaghi] said he would stay"],
    ["[PER Dana] Menzaghi said he would stay", "[PER Dana] Menzaghi said he would stay"],
    ["Menzaghi said the plan would fail", "Menzaghi said the plan would fail"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe("a lone name the tagger left out, saying it or its of itself, is a firm (session 29)", () => {
  it.each([
    ["Menzaghi said it would sell two mills", "Menzaghi"],
    ["Vantorel says it plans to hire 50 people", "Vantorel"],
    ["Vantorel announced it would buy a rival", "Vantorel"],
    ["Norquist said Tuesday it will shut its mill", "Norquist"],
    ["Vantorel said in a statement that its sales rose", "Vantorel"],
    // A dictionary word after a dateline's dash, not opening a sentence ("Government said it would").
    ["SUDBURY — Kestrel said it would cut 40 jobs", "Kestrel"],
    ["Kestrel said it would cut 40 jobs", ""],
    ["Government said it would cut 40 jobs", ""],
    // Guards: a person's view ("it would be"); "he"; a place the lists know; a stop word; a span the tagger read;
    // after a word; a month.
    ["Menzaghi said it would be hard", ""],
    ["Menzaghi said he would sell", ""],
    ["Toronto said it would raise taxes", ""],
    ["Everyone said it would rain", ""],
    ["[PER Menzaghi] said it would sell", ""],
    ["officials in Zorvania said it would sell", ""],
    ["February said it would sell", ""],
  ])("%s → %s", (marked, expected) => {
    expect(firmsOf(marked)).toBe(expected);
  });
});
