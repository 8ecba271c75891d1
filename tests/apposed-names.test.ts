/**
 * A one-word name opening its sentence with a person's noun in apposition is a person (extract/entities/
 * apposed-names.ts), though the dictionary has the word. Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a one-word name with a person's noun in apposition", () => {
  it.each([
    ["Drake, the Toronto rapper, sat courtside on Thursday.", ["Drake"]],
    ["Marley, a Jamaican singer, played two songs.", ["Marley"]],
    ["Drake, the Toronto rapper and the team's ambassador, sat courtside.", ["Drake"]],
    // guards: a connective, a word of the dictionary, a place, and no person's noun
    ["Meanwhile, the rapper, who was booed, smiled.", []],
    ["Business, the largest sector, grew.", []],
    ["Toronto, the largest city, voted.", []],
    ["Drake, the biggest duck, swam.", []],
  ])("%j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
