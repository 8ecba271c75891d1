import { describe, expect, it } from "vitest";
import { firstNameGender, isFirstName } from "../src/lexicon/first-names.js";
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
