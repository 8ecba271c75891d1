/**
 * A nickname given with an article (resolve/names/epithets.ts): "dubbed the Sky King" gives Rono Lathcart an
 * epithet, not a second person "King". Session 23, Wikinews sample (FIT half). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a nickname phrase names no second person", () => {
  it.each([
    [
      "Rono Lathcart, dubbed the Sky King, has been given a life sentence. Lathcart denied it.",
      ["Rono Lathcart"],
    ],
    [
      "The striker, nicknamed the Galloping Major by fans, scored twice for Dana Whitlow's side.",
      ["Dana Whitlow"],
    ],
  ])("%j: %j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("guards: people after such words stay people", () => {
  it.each([
    // Lower-case words between the article and the name: a description, then the person.
    ["The winner, known as the best player of the year, Dana Whitlow, spoke first.", ["Dana Whitlow"]],
    // No article: the name itself is what the person is called.
    ["The singer, known as Dana Whitlow since 2009, toured Canada.", ["Dana Whitlow"]],
    [
      "Marek Tolvin met Dana Whitlow, the king of the county fair, on Monday.",
      ["Marek Tolvin", "Dana Whitlow"],
    ],
  ])("%j: %j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

// The gate (mentionsOpener) finds an opener's first word as a whole word, as /\b(?:dubbed|…)\b/iu did: at the text's
// start, in capitals, after a hyphen; not inside a longer word.
describe("guards: where the opener's word stands", () => {
  it.each([
    [
      "Dubbed the Sky King, Rono Lathcart has been given a life sentence. Lathcart denied it.",
      ["Rono Lathcart"],
    ],
    [
      "Rono Lathcart, DUBBED the Sky King, has been given a life sentence. Lathcart denied it.",
      ["Rono Lathcart"],
    ],
    ["Rono Lathcart, well-known as the Sky King, was sentenced. Lathcart denied it.", ["Rono Lathcart"]],
    ["Rono Lathcart, redubbed the Sky King, was sentenced. Lathcart denied it.", ["Rono Lathcart", "King"]],
  ])("%j: %j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
