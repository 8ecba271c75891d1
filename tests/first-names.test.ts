import { describe, expect, it } from "vitest";
import { isKnownFirstName } from "../src/extract/entities/first-name.js";
import {
  firstNameGender,
  firstNameReadings,
  HAS_GENDER,
  isFirstName,
  READS_ALONE,
} from "../src/lexicon/first-names.js";
import { genderOfFullName } from "../src/resolve/names/gender.js";

describe("first-name lexicon (SSA counts and compromise)", () => {
  it.each([
    ["Gail", "female", true],
    ["Leo", "male", true],
    ["john", "male", true],
    ["Leslie", null, true], // unisex: no gender, still a name
    ["Will", "male", false], // an ordinary word alone
    ["Rose", "female", false],
    ["Jordan", null, false], // a country
    ["Zentrix", null, false],
    ["", null, false],
  ] as const)("%s → gender %s, a name alone: %s", (word, gender, alone) => {
    expect(firstNameGender(word)).toBe(gender);
    expect(isFirstName(word)).toBe(alone);
  });

  it.each([
    ["Mark Smith", "male"],
    ["Grace Lee", "female"],
    ["Smith", null],
  ] as const)("full name %s → %s", (name, gender) => {
    expect(genderOfFullName(name)).toBe(gender);
  });
});

describe("the one first-name test of the naming rules (isKnownFirstName)", () => {
  it.each([
    ["Dick", "beside a surname", true],
    ["Leslie", "beside a surname", true], // unisex
    ["Reagan", "beside a surname", true], // unisex in the SSA counts: a titled "Governor Reagan" is no first name of another
    ["Virginia", "beside a surname", true],
    ["Virginia", "alone", false], // "West Virginia Democrat" is no name
    ["General", "beside a surname", false], // a title, though the SSA counts list it
    ["Jean-Pascal", "beside a surname", true],
    ["Dutch-German", "beside a surname", false], // peoples' names, not a hyphened first name
    ["Zentrix", "beside a surname", false],
    ["Table", "alone", false],
    // Each text's answers are kept (word-facts.ts): asked "alone" first, the other reading still answers apart.
    ["Rose", "alone", false],
    ["Rose", "beside a surname", true],
    // Both readings are answered in one pass (first-name.ts knownFirstNameBits): a word, and a hyphened name whose
    // parts read differently, keep each reading's answer.
    ["Gail", "alone", true],
    ["Will", "beside a surname", true],
    ["Will", "alone", false],
    ["Jean-Pascal", "alone", false],
    ["Abdul-Aziz", "alone", true],
    ["Mary-Will", "beside a surname", true],
    ["Will-Mary", "alone", false],
    ["Dana-", "beside a surname", false],
  ] as const)("%s read %s → %s", (word, reading, known) => {
    expect(isKnownFirstName(word, reading)).toBe(known);
  });
});

describe("firstNameReadings: isFirstName and a gender from one look-up", () => {
  it.each([
    ["Gail", READS_ALONE | HAS_GENDER],
    ["Leslie", READS_ALONE], // unisex: no gender
    ["Will", HAS_GENDER], // also an ordinary word: not alone
    ["José", READS_ALONE | HAS_GENDER], // the lists are written without accents
    ["Zentrix", 0],
  ])("%s → %i", (word, bits) => {
    expect(firstNameReadings(word)).toBe(bits);
    expect((firstNameReadings(word) & READS_ALONE) !== 0).toBe(isFirstName(word));
    expect((firstNameReadings(word) & HAS_GENDER) !== 0).toBe(firstNameGender(word) !== null);
  });
});
