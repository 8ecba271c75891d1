/**
 * Session 21: a name in a line of capitals (a telex of the 1960s-80s), which the tagger cut at its known first name
 * (resolve/names/capital-names.ts). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a first name in capitals takes the surname in capitals after it", () => {
  it.each([
    [
      "LONDON, MARCH 3 (REUTER) - STEEL CHAIRMAN DANA WHITLOW SAID TODAY THE COMPANY WOULD CLOSE TWO PLANTS.",
      ["Dana Whitlow"],
    ],
    ["OPPOSITION LEADER EDWARD HALLAM SAID THE STATEMENT WAS TOO LATE.", ["Edward Hallam"]],
    // Guards: a word after the surname that is no reporting verb nor a comma (a headline's words); a function word.
    ["STEEL CHAIRMAN DANA WHITLOW WINS THE VOTE.", ["Dana"]],
    ["STEEL CHAIRMAN DANA THE GREAT SAID NOTHING.", ["Dana"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
