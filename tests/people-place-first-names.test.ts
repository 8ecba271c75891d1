/**
 * A first name that is also a place's ("Jordan", "Georgia", "Chad") read by the tagger as the place: with a
 * surname after it and a person's context, it is the person (resolve/names/place-first-names.ts). All names
 * invented but the places; the guard rows keep the places.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a place's name before a surname in a person's context is a first name", () => {
  it.each([
    ["Midfielder Jordan Henderson said the team was ready.", ["Jordan Henderson"]],
    ["Receiver Chad Johnson caught two passes.", ["Chad Johnson"]],
    ["Georgia Smith, a nurse, said the ward was full.", ["Georgia Smith"]],
    ['"No other market can handle it," said analyst Rosario Ilvecchio.', ["Rosario Ilvecchio"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a place's name before another word stays a place", () => {
  it.each([
    ['"We are skating on thin ice," the Maryland Democrat said.', []],
    ["Shares rose on the Paris Bourse on Tuesday.", []],
    ["He visited Jordan Tuesday and Georgia Power said no.", []],
    ["The Jordan Valley is dry, and Georgia Tech won.", []],
    ["Nevada Sen. Harlan Voss said the bill would pass.", ["Harlan Voss"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
