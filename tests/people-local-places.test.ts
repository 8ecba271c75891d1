/**
 * Session 27: places local news names like people: after a person's name and age or before a neighbourhood's noun
 * (resolve/names/place-contexts.ts), by their last word (lexicon PLACE_SUFFIXES). Invented names and text only (a
 * probe of 42 invented 2018-19 North American and 2004-05 British local articles).
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("places local news names like people", () => {
  it.each([
    [
      "Among those hurt was Margaret Tillotson, 67, of Kirkby Stanton, who waited five months.",
      ["Margaret Tillotson"],
    ],
    ["Officers went door to door in the Aspen Heights and Willow Creek neighbourhoods.", []],
    ["She accepted the prize at the Rebecca Cohn Auditorium on Friday.", []],
    ["The line will run west to Moodie Drive, Kofi Mensah said.", ["Kofi Mensah"]],
    ["Performers take over the boardwalk from Sackville Landing to the ferry.", []],
    // Guards: no age before "of"; a person who gave the hall.
    ["The letter came from the office of Dana Whitlow, who runs the trust.", ["Dana Whitlow"]],
    ["Rebecca Cohn, who gave the hall its name, said she was proud.", ["Rebecca Cohn"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
