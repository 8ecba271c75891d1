/**
 * lexicon ORGANIZATION_SUFFIXES: labels, film and photo agencies named for founders are organizations (session
 * 22, issue 11 "brands, firms and services"; captions and credits). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a label or an agency named for its founder is no person", () => {
  it.each([
    ["Picture: Dana Whitlow/Pemberton Images. The striker celebrates his goal.", []],
    ["The minister spoke on Tuesday. Image copyright Pemberton Images", []],
    ["The rapper signed to Orwell Records in 2015. His debut with Orwell went platinum.", []],
    ["Marnie Gale Films bought the rights to the novel.", []],
    ["The album came out on Brenzo Music last year.", []],
    ["Omar Lindqvist told Halvorsen Publishing that the book was finished.", ["Omar Lindqvist"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons beside such words stay", () => {
  it.each([
    ["Dana Whitlow records her albums in Leeds, Whitlow said.", ["Dana Whitlow"]],
    ["Omar Lindqvist films the show in Oslo.", ["Omar Lindqvist"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
