/**
 * A role phrase naming a place ("the former Texas governor said") is not a person whose office the document
 * ties to another place ("Ohio Gov. Owen Pratt", "Owen Pratt, the Ohio governor,"): resolve/speakers/role-places.ts
 * (issue 11, session 17). The whole pipeline, whose tagger finds the places. All text here is invented for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

function speakerNames(text: string): Array<string | null> {
  const doc = bodyOnlyDocument(text);
  const { quotes } = nameDocument(doc, splitDocument(doc));
  return quotes.map((q) => q.speaker.name);
}

describe("a place in a role phrase rules out a holder of the role elsewhere", () => {
  it.each<[string, string, Array<string | null>]>([
    [
      "`Texas Gov. X and Ohio Gov. Y` then `the Texas governor said`: X, not Y named last",
      'Texas Gov. Carl Benning and Ohio Gov. Owen Pratt met on Monday. "We agreed on roads," the Texas governor said.',
      ["Carl Benning"],
    ],
    [
      "`X, a former Ohio governor, and Y, the Texas governor,` then `the former Ohio governor said`: X",
      'Owen Pratt, a former Ohio governor, and Carl Benning, the Texas governor, met. "We agreed on roads," the former Ohio governor said.',
      ["Owen Pratt"],
    ],
    [
      "`Y, the former Texas governor` is no `former Ohio governor`: nobody",
      'Owen Pratt spoke on Monday. Carl Benning, the former Texas governor, spoke later. "We lost jobs," the former Ohio governor said.',
      [null],
    ],
    [
      "guard: the same place, `Texas Gov. X` then `the Texas governor said`",
      'Texas Gov. Carl Benning met voters on Monday. "We agreed on roads," the Texas governor said.',
      ["Carl Benning"],
    ],
    [
      "guard: a place closed off by a comma is not the office's (`In Texas, Gov. X`)",
      'In Texas, Gov. Carl Benning met voters on Monday. "We agreed on roads," the Ohio governor said.',
      ["Carl Benning"],
    ],
    [
      "guard: a place before another noun is not the office's (`Texas native X, the governor,`)",
      'Texas native Carl Benning, the governor, met voters on Monday. "We agreed on roads," the Ohio governor said.',
      ["Carl Benning"],
    ],
    [
      "guard: a role phrase with no place still takes the holder (`X, the Texas governor,` then `the governor`)",
      'Carl Benning, the Texas governor, met voters on Monday. "We agreed on roads," the governor said.',
      ["Carl Benning"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakerNames(text)).toEqual(expected);
  });
});

describe("the holder of an office now before one the document names only as its former holder", () => {
  it.each<[string, string, Array<string | null>]>([
    [
      "`Gov. X met Y, a former governor` then `the governor said`: X, not Y named last",
      'Gov. Owen Pratt met Carl Benning, a former governor. "We lost jobs," the governor said.',
      ["Owen Pratt"],
    ],
    [
      "`Gov. X met former Gov. Y` then `the governor said`: X",
      'Gov. Owen Pratt met former Gov. Carl Benning on Monday. "We lost jobs," the governor said.',
      ["Owen Pratt"],
    ],
    [
      "guard: `the former governor said` still takes the former one",
      'Gov. Owen Pratt met Carl Benning, the former governor. "We lost jobs," the former governor said.',
      ["Carl Benning"],
    ],
    [
      "guard: a former holder alone keeps `the governor` (no holder now is named)",
      'Carl Benning, a former governor, met Owen Pratt. "We lost jobs," the governor said.',
      ["Carl Benning"],
    ],
    [
      "guard: one named both former and now holds the office",
      'Former Gov. Owen Pratt won again, beating Carl Benning. Gov. Pratt spoke on Monday. "We lost jobs," the governor said.',
      ["Owen Pratt"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakerNames(text)).toEqual(expected);
  });
});

describe("a portfolio in a role phrase rules out a holder of another portfolio (session 39)", () => {
  it.each<[string, string, Array<string | null>]>([
    [
      // (Session 42: "former" ties the office nobody holds to the subject just named, as "the former president said"
      // after "Zuma, 75, had defied …": Dobbs, where this row first expected nobody; never Penrith.)
      "`The Education Secretary, X,` is no `former foreign secretary`: the subject just named",
      "The Education Secretary, Charles Penrith, insisted the plans would go ahead. 'Universities need this money,' said Mr Penrith. Ann Dobbs spoke later. 'I have my doubts,' said the former foreign secretary.",
      ["Charles Penrith", "Ann Dobbs"],
    ],
    [
      "`Health Secretary X and Foreign Secretary Y`, then `the foreign secretary said`: Y, though X was named last",
      "Foreign Secretary Ann Dobbs and Health Secretary Charles Penrith met on Monday. 'We agreed,' said the foreign secretary.",
      ["Ann Dobbs"],
    ],
    [
      "guard: the same portfolio, `Education Secretary X` then `the education secretary said`",
      "Education Secretary Charles Penrith met teachers. 'Universities need this money,' said the education secretary.",
      ["Charles Penrith"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakerNames(text)).toEqual(expected);
  });
});
