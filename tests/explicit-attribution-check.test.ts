import { describe, expect, it } from "vitest";
import {
  emptyExplicitScore,
  findExplicitAttributions,
  scoreExplicit,
} from "../scripts/eval/explicit-attribution.js";
import type { Quote } from "../src/types.js";

/** The eval's explicit-attribution checker: which name it reads after a closing mark. */
const names = (text: string): string[] =>
  findExplicitAttributions(text).map((a) => text.slice(a.name.start, a.name.end));

describe("explicit-attribution checker: the name after the closing mark", () => {
  it.each([
    // The employer's possessive is not part of the name.
    ['"Rates will fall," said Bank of Acme\'s Whitlow.', ["Whitlow"]],
    ['"Rates will fall," Acme Motors\' Whitlow said.', ["Whitlow"]],
    // Two roles joined by "and", and a comma before the person.
    ['"We will," said Acme president and chief executive Dana Whitlow.', ["Dana Whitlow"]],
    ['"We will," said Acme chief economist, Dana Whitlow.', ["Dana Whitlow"]],
    // A capitalized office ends the employer's run.
    ['"We will," said Acme Trading Vice President Dana Whitlow.', ["Dana Whitlow"]],
    // A hyphenated describer is no part of the name.
    ['"We will," Ohio-based Dana Whitlow said.', ["Dana Whitlow"]],
    ['"We will," said London-born Dana Whitlow.', ["Dana Whitlow"]],
    // A sentence's end ends the name.
    ['"We will," said Whitlow. Prices rose.', ["Whitlow"]],
    // A nickname in quotes closes no statement.
    ['Acme Chairman D. J. "Dusty" Whitlow said sales rose.', []],
    // Guards: titles and ranks stay in the name; a plain attribution is unchanged.
    ['"We will," said Navy Capt. Dana Whitlow, who spoke first.', ["Navy Capt. Dana Whitlow"]],
    ['"We will," said Sen. Dana Whitlow.', ["Sen. Dana Whitlow"]],
    ['"We will," Dana Whitlow said.', ["Dana Whitlow"]],
    ['"We will," Jean-Luc Whitlow said.', ["Jean-Luc Whitlow"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe("explicit-attribution checker: an organization speaker keeps its organization", () => {
  const quote = (text: string, speaker: Quote["speaker"]): Quote => ({
    start: 0,
    end: text.indexOf(",") + 2,
    text: "",
    partial: false,
    speaker,
    cue: null,
  });
  it.each([
    ['"Sales will rise," Acme said.', "Acme Corp", true],
    ['"Sales will rise," NAWF said.', "National Association of Widget Farmers", true],
    ['"Sales will rise," Acme said.', "Zentrix Ltd", false],
  ])("%s (organization %s)", (text, organization, named) => {
    const score = emptyExplicitScore();
    scoreExplicit(score, text, [quote(text, { name: null, mention: null, organization })]);
    expect(score.named).toBe(named ? 1 : 0);
  });
});
