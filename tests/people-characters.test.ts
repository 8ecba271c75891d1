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
    ["Marcus Fenwick, played by newcomer Dana Whitlow, returns in the new series.", ["Dana Whitlow"]],
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

describe("a story's role named in apposition or as fictional is no person (session 25, characters.ts)", () => {
  it.each([
    ["The fictional detective Ellie Marsh returns in a new novel by Dana Whitlow.", ["Dana Whitlow"]],
    ["The novel's protagonist, Ellie Marsh, returns to her home town.", []],
    ["The protagonist of the film, Ellie Marsh, is a detective.", []],
    ["Ellie Marsh, the protagonist of the novel, returns to Harwick.", []],
    ["Ellie Marsh, the show's main character, is played by an unknown actor.", []],
    ["Marcus Fenwick, the villain of the game, must be defeated.", []],
    ["Ellie Marsh, a character in her books, solves crimes.", []],
    [
      "Corven Ash, the protagonist of Dana Whitlow's latest novel, returns home. Ash is older now.",
      ["Dana Whitlow"],
    ],
    // Guards: a protagonist of events, a hero of a match, the people who make the work.
    ["Dana Whitlow, the protagonist of the protests, was arrested.", ["Dana Whitlow"]],
    ["The protagonist of the talks, Dana Whitlow, flew home.", ["Dana Whitlow"]],
    ["Dana Whitlow, the hero of the final, scored twice.", ["Dana Whitlow"]],
    ["Dana Whitlow, the star of the film, said she was thrilled.", ["Dana Whitlow"]],
    ["The novel's author, Dana Whitlow, lives in Leeds.", ["Dana Whitlow"]],
    ["Dana Whitlow, who wrote the novel's main character, lives in Leeds.", ["Dana Whitlow"]],
    ["Dana Whitlow grew up in the fictional town of Harwick.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
