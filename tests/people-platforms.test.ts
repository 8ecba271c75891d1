/**
 * resolve/names/platforms.ts: a one-word name that things are posted on, or that has users, is a website, an
 * app or a network (session 22, issue 11 "websites and apps"). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a platform is no person (platforms.ts)", () => {
  it.each([
    ["She posted the video on Vantrix, where it was viewed a million times.", []],
    ["The clip went viral on Vantrix and Pellow over the weekend.", []],
    ["Users of Vantrix can now post longer videos.", []],
    // The platform's people before it (session 39).
    ["A young woman on Vantrix has shared a set of before and after images.", []],
    ["Fans on Vantrix were furious about the ending.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons near a platform's words stay (platforms.ts)", () => {
  it.each([
    // Followers are a person's.
    ["Followers of Okafor gathered outside the court, Okafor's lawyer said.", ["Okafor"]],
    // "an update on X": about X.
    ["The hospital posted an update on Okafor, who remains in intensive care. Okafor is 81.", ["Okafor"]],
    // "on" after a person's noun, then a possessive: the person's own.
    ["A woman on Okafor's staff said Okafor would resign.", ["Okafor"]],
    // A possessive: the person's page.
    ["She posted a message on Okafor's page after the match, and Okafor replied.", ["Okafor"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
