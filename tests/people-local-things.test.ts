/**
 * Session 27: coins, restaurants and imperatives (resolve/names/local-things.ts) and a town's "Days" (lexicon
 * EVENT_NOUNS) are no people, nor a work introduced by "a new musical," or credited "directed by" (works.ts).
 * Invented names and text only (a probe of 42 invented 2018-19 North American and 2004-05 British local articles).
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

const STORY = "Council approved the budget on Monday, Kofi Mensah said.";

describe("coins, restaurants, imperatives and a town's Days are no people", () => {
  it.each([
    ["Another token, Borealis, lost 11 per cent, while Quillcoin dropped 9 per cent.", []],
    [
      "Chez Morand, on Laurier Avenue, was owned by chef Yves Letourneau.\n\nWe ate at Chez Morand, he said.",
      ["Yves Letourneau"],
    ],
    [`${STORY}\n\nMark your calendar: the walk is on Sept. 20.`, ["Kofi Mensah"]],
    ["The city hopes to open the park in time for Millbrook Days.", []],
    // Guards: a surname with a coin's ending written in full; a first name after a verb; a first name opening a
    // sentence before its verb.
    ["Marie Lecoin said prices fell. Lecoin sold her shares.", ["Marie Lecoin"]],
    ["She told Mark your plan was good.", ["Mark"]],
    ["Mark Tarrow said it. Mark was right.", ["Mark Tarrow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a work introduced by 'a new musical,' or credited 'directed by' is no person", () => {
  it.each([
    ["The theatre plans a new musical, Harbourfront Nights, in the spring.", []],
    ["Winter Harbour, directed by Nadia Ferreira-Holt, took the top prize.", ["Nadia Ferreira-Holt"]],
    // Guards: a film that sets the scene before its actor; a person introduced by a noun that is no work's.
    ["In a new film, Dana Whitlow, 34, plays a nurse.", ["Dana Whitlow"]],
    ["He has a new lawyer, Dana Whitlow, who said so.", ["Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
