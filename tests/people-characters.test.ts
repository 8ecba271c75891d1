/**
 * Characters of films, series and plays named like people, and works named by their kin (text written for these
 * tests). Each row's people are listed as the people count lists them.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a character named beside its actor is no person", () => {
  it.each([
    ["Dana Whitlow played Marcus Fenwick in the BBC drama for three series.", ["Dana Whitlow"]],
    ["Dana Whitlow, who plays Ellie Marsh in the soap, has left the show.", ["Dana Whitlow"]],
    ["Dana Whitlow voices Professor Quill in the animated film.", ["Dana Whitlow"]],
    ["Marcus Fenwick, played by Dana Whitlow, returns in the new series.", ["Dana Whitlow"]],
    ["The character Jonah Reyes was killed off last year, said Dana Whitlow.", ["Dana Whitlow"]],
    ["Dana Whitlow spoke of her character Ellie, a single mother in Leeds.", ["Dana Whitlow"]],
    // The character's surname alone later in the story goes with it.
    [
      "Dana Whitlow played Marcus Fenwick in the long-running soap. Fenwick was written out in May.",
      ["Dana Whitlow"],
    ],
    ["Dana Whitlow wrote 40 books about the detective character Inspector Quill.", ["Dana Whitlow"]],
    // Guards: a person's nature ("the character of"); sport's "played" is a match; a role in events; a possessive; a person bearing the word.
    [
      "Dana Whitlow played Tom Brandon in the final at Wimbledon and won in straight sets.",
      ["Dana Whitlow", "Tom Brandon"],
    ],
    ["Dana Whitlow played Tom Brandon in the second round last year.", ["Dana Whitlow", "Tom Brandon"]],
    [
      "Questions remain about the role of Tom Brandon in the scandal, Dana Whitlow said.",
      ["Tom Brandon", "Dana Whitlow"],
    ],
    [
      "Dana Whitlow, who played alongside Tom Brandon in the England side, retired.",
      ["Dana Whitlow", "Tom Brandon"],
    ],
    [
      "Dana Whitlow starred in the film with Tom Brandon, who played her father.",
      ["Dana Whitlow", "Tom Brandon"],
    ],
    ["Dana Whitlow played Tom Brandon's mother in the film.", ["Dana Whitlow", "Tom Brandon"]],
    ["Dana Whitlow questioned the character of Tom Brandon in a speech.", ["Dana Whitlow", "Tom Brandon"]],
    [
      "Senator Tom Brandon spoke on Monday. Dana Whitlow said the character Brandon showed was rare.",
      ["Tom Brandon", "Dana Whitlow"],
    ],
    // The character goes; its surname alone stays the actor's.
    [
      "Ellie Fenwick played Marcus Fenwick in the drama. Fenwick, 34, said the part was a gift.",
      ["Ellie Fenwick"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
