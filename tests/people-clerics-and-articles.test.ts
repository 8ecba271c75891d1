/**
 * Session 34: clerics' and ascetics' titles (lexicon/person-titles.ts) and a surname matched without its glued
 * Arabic article (resolve/names/persons.ts nameWords). Names and sentences invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a cleric's or an ascetic's title opens a person", () => {
  it.each([
    ["Swami Devanand and Maulana Rashid Karimi met on Tuesday.", ["Devanand", "Rashid Karimi"]],
    ["Grand Ayatollah Hadi Tabrani urged people to vote.", ["Hadi Tabrani"]],
    ["Sadhvi Anuradha was charged on Friday.", ["Anuradha"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a surname alone is the full name that writes it with an article", () => {
  it.each([
    ["Hadi al-Tabrani urged people to vote. Tabrani's aides said turnout was high.", ["Hadi al-Tabrani"]],
    ["Cleric Nasir al-Hamdani spoke first. Later, al-Hamdani left.", ["Nasir al-Hamdani"]],
    // Guard: a different surname that only shares the article stays apart.
    ["Hadi al-Tabrani met Nasir al-Hamdani. Tabrani spoke first.", ["Hadi al-Tabrani", "Nasir al-Hamdani"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
