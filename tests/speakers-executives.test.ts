/**
 * "the executive" in a business story: the chief executive the document named ("Acme's CEO Dana Whitlow"), or
 * the firm's officer who is the subject just before ("the Acme executive said" after its treasurer spoke). All
 * names invented.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const PEOPLE: Tagged = { "Dana Whitlow": {}, "Colin Marsh": {}, Whitlow: { entity: "Dana Whitlow" } };

describe("the executive", () => {
  it.each<[string, Speaker[]]>([
    [
      'Acme\'s CEO Dana Whitlow said profits rose. Union leader Colin Marsh was unimpressed. "We are in good shape," the executive said.',
      [["Dana Whitlow", "the executive"]],
    ],
    [
      'Acme sold its bond portfolio, vice president and treasurer Dana Whitlow said. Whitlow said a second sale would follow. "It will be in a month," the Acme executive said.',
      [["Dana Whitlow", "the Acme executive"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text, PEOPLE)).toEqual(expected);
  });
});

describe("guards: nobody called so, a chief executive named", () => {
  it.each<[string, Speaker[]]>([
    // Nobody in the story is an executive.
    [
      'Union leader Colin Marsh was unimpressed by the results. "We are in good shape," the executive said.',
      [[null, "the executive"]],
    ],
    // "the chief executive" after a chief executive, as before.
    [
      'Dana Whitlow, Acme\'s chief executive, said profits rose. Union leader Colin Marsh was unimpressed. "We are in good shape," the chief executive said.',
      [["Dana Whitlow", "the chief executive"]],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text, PEOPLE)).toEqual(expected);
  });
});
