/**
 * Kinds of tagger mistakes the naming corrects (#11): wire sign-offs and company suffixes alone are no people, a
 * name stops at the end of an unwrapped paragraph, and a role before a first name leaves the person after it.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Each mention as "text|type", in text order. */
const mentions = (text: string): string[] => {
  const d = bodyOnlyDocument(text);
  return nameDocument(d, splitDocument(d)).mentions.map((m) => `${m.text}|${m.type}`);
};
const persons = (text: string): string[] =>
  mentions(text)
    .filter((m) => m.endsWith("|person"))
    .map((m) => m.slice(0, -"|person".length));

describe("a wire's sign-off and a company suffix alone are no people", () => {
  it.each([
    ["Zentrix Labs said it would cut 200 jobs.\n    The company said profits fell.\n REUTER\n", []],
    ["Halvard Corp said on Monday it bought the unit. Corp said sales rose.\n REUTER\n", []],
    ["Marta Quell said sales rose.\n    Inc. said nothing.\n", ["Marta Quell"]],
    ["Marta Quell said sales rose.\n    Note - pay May 27, record May 23. REUTER\n", ["Marta Quell"]],
    ["Marta Quell said sales rose.\nREUTER...\n", ["Marta Quell"]],
    // A one-word name in capitals alone on a line with more prose after it stays.
    [
      "Marta Quell spoke first.\n KOWALCZYK\n    Kowalczyk said the vote was lost.\n",
      ["Marta Quell", "KOWALCZYK", "Kowalczyk"],
    ],
  ])("%j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("a name never runs from an unwrapped paragraph into the next line", () => {
  it.each([
    [
      "The man who died in the crash on the motorway near the town on Sunday night was named by police as Tomas Wendel\nImage caption Flowers were left at the scene\nHe was 24.",
      ["Tomas Wendel"],
    ],
    // A hard-wrapped paragraph's line may break inside a name.
    [
      "Sales at the group rose 12 pct in the year, said chairman Robert\nSmith, who took over in May.",
      ["Robert\nSmith"],
    ],
  ])("%j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("a role before a known first name leaves the person after it", () => {
  it.each([
    ["Senate Minority Whip Lou Pardee said the bill would fail.", ["Lou Pardee"]],
    ["Labour MP Ann Lee said the vote was lost.", ["Ann Lee"]],
    ["Conservative Leader Andrew Schaefer said no.", ["Andrew Schaefer"]],
  ])("%j", (text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});
