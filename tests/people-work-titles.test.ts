/**
 * Work titles with no quotation marks, British showbiz style (session 23, issue 11: films and other works listed
 * as people): film kinds as work nouns ("the thriller X,", lexicon/introducing-nouns.ts), a preposition for the
 * determiner ("in biopic X,", resolve/names/introduced.ts), a name's possessive before the work's noun
 * ("Whitlow's new film, X,", resolve/names/works.ts). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a title after a work's noun is no person", () => {
  it.each([
    [
      "Jamie Carrow is favourite to win for his role in biopic Tessa, about the life of a jazz singer.",
      ["Jamie Carrow"],
    ],
    ["He was nominated for comedy Alfie Banks. Holly Brennan also starred.", ["Holly Brennan"]],
    ["Dana Whitlow's new film, Milo, was a hit in France.", ["Dana Whitlow"]],
    ["Holly Brennan won praise for the thriller Marnie Gale, which opens on Friday.", ["Holly Brennan"]],
    ["The drama Tessa, set in Leeds, won two prizes, Dana Whitlow said.", ["Dana Whitlow"]],
    // Session 34: the title before what the work won, after a possessive name as the determiner.
    ["Holly Brennan's abortion drama Marnie Gale has won three Baftas.", ["Holly Brennan"]],
    ["The film Marnie Gale won best picture on Sunday.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons near a work's noun stay", () => {
  it.each([
    // After "of", the apposition is the star's name.
    ["The star of Whitlow's new film, Jamie Carrow, said he was thrilled.", ["Jamie Carrow"]],
    ["The star of his new film, Jamie Carrow, said he was thrilled.", ["Jamie Carrow"]],
    // A comma after the noun: the name opens a clause.
    ["In comedy, Dana Whitlow is the best.", ["Dana Whitlow"]],
    // The name goes on into its own clause: no phrase end after it.
    ["She won for drama Dana Whitlow wrote in 2001.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
