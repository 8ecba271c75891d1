/**
 * Session 11's CPU shortcuts give what the code they replace gave: a word's letter facts read from its character
 * codes (ASCII) against the Unicode-property expressions, the tagger's spans read from tag numbers, and the run-on
 * split skipping short mentions. Names invented.
 */
import { describe, expect, it } from "vitest";
import { TAGS } from "../src/extract/entities/features.js";
import { spansOfTags } from "../src/extract/entities/spans.js";
import { factsOf } from "../src/extract/entities/word-facts.js";
import { mentionAt } from "../src/extract/mention.js";
import { splitOrganizationRunOns } from "../src/resolve/names/organization-run-ons.js";
import { holdsGluedWord, isGluedWord } from "../src/resolve/names/run-on-names.js";
import { singleSpaced } from "../src/text/spacing.js";

describe("factsOf letter facts", () => {
  it.each([
    "Whitlow",
    "whitlow",
    "ACME",
    "x-ray-7",
    "1,000",
    "O'Neill",
    "iPhone",
    "U.S.",
    ",",
    "",
    "Élan",
    "élan",
    "Zoë",
    "٣",
    "Ωmega",
    "_a",
    "a_",
    "@",
    "9lives",
  ])("%j", (text) => {
    const facts = factsOf(text);
    expect({
      capitalized: facts.capitalized,
      startsLower: facts.startsLower,
      hasUpper: facts.hasUpper,
      hasLower: facts.hasLower,
      hasDigit: facts.hasDigit,
    }).toEqual({
      capitalized: /^\p{Lu}/u.test(text),
      startsLower: /^\p{Ll}/u.test(text),
      hasUpper: /\p{Lu}/u.test(text),
      hasLower: /\p{Ll}/u.test(text),
      hasDigit: /\p{N}/u.test(text),
    });
  });
});

/** The spans the tag names give, B- opening and I- of the same type continuing one. */
function spansOfNames(tags: readonly number[], offset: number) {
  const spans: { label: string; first: number; end: number }[] = [];
  tags.forEach((tag, i) => {
    const name = TAGS[tag] as string;
    const last = spans[spans.length - 1];
    if (
      name.startsWith("I-") &&
      last !== undefined &&
      last.end === offset + i &&
      last.label === name.slice(2)
    )
      last.end++;
    else if (name !== "O") spans.push({ label: name.slice(2), first: offset + i, end: offset + i + 1 });
  });
  return spans;
}

describe("spansOfTags", () => {
  it.each([
    [[0, 1, 2, 0, 3], 0],
    [[1, 2, 2, 1, 2], 5],
    [[2, 2, 0, 4, 3, 4], 2],
    [[1, 4, 5, 6, 7, 8, 8, 0], 0],
    [[], 0],
    [[0, 0, 0], 3],
  ])("%j from %d", (tags, offset) => {
    expect(spansOfTags(tags, offset)).toEqual(spansOfNames(tags, offset));
  });
});

describe("splitOrganizationRunOns", () => {
  it.each([
    ["Acme Council Dana Whitlow", 2],
    ["Acme Council", 1],
    ["Acme", 1],
    ["Housing Council Marta Lindqvist", 2],
  ])("%j → %d mentions", (text, count) => {
    const split = splitOrganizationRunOns([mentionAt(10, 10 + text.length, text, "organization")]);
    expect(split.length).toBe(count);
    expect(split.map((m) => m.text).join(" ")).toBe(text);
  });
});

// Session 16's shortcuts give what the code they replace gave: one space for each run of white space (a replace
// only when the test finds one), and a glued word in a name read from its codes before any split.
describe("singleSpaced", () => {
  it.each([
    "Dana Whitlow",
    "Dana  Whitlow",
    "Dana\nWhitlow",
    "Dana\tWhitlow",
    "Acme\r\nCorp",
    " Dana",
    "Dana ",
    "Dana\u00a0Whitlow",
    "a \n b",
    "",
  ])("%j", (text) => {
    expect(singleSpaced(text)).toBe(text.replace(/\s+/g, " "));
  });
});

describe("holdsGluedWord", () => {
  it.each([
    "Dana Whitlow",
    "MondayDana Whitlow",
    "Dana WHITLOWSaid",
    "iPhone Dana",
    "Zoë Whitlow",
    "Dana 3Whitlow",
    "ACMECorp",
    "Dana\u00a0WhitlowSaid",
    "McDonald Whitlow",
    "A B C D",
    "ABC DEF",
    "Dana-Whitlow",
  ])("%j", (name) => {
    expect(holdsGluedWord(name)).toBe(name.split(/\s+/).some(isGluedWord));
  });
});
