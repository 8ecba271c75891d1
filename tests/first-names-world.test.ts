/**
 * The world's first names (src/lexicon/world-first-names-data.ts, from faker's locales, session 32): names the US
 * lists lack are known with their gender, so a foreign person's first name joins the surname, and a pronoun agrees
 * with it. Names other than the looked-up first names are invented.
 */
import { describe, expect, it } from "vitest";
import { firstNameGender, isFirstName } from "../src/lexicon/first-names.js";
import { namedOf } from "./helpers/document.js";

describe("first names of the wider world are known with their gender", () => {
  it.each<[string, "male" | "female" | null]>([
    ["Didier", "male"],
    ["Velimir", "male"],
    ["Arjen", "male"],
    ["Mette", "female"],
    ["Édouard", "male"],
    // A US name keeps the US lists' gender.
    ["John", "male"],
  ])("%s", (name, gender) => {
    expect(isFirstName(name)).toBe(true);
    expect(firstNameGender(name)).toBe(gender);
  });

  // The world's lists leave out ordinary words and places: "Philippine" (a French name) beside "Congress" made a
  // person.
  it.each(["Philippine", "Georgian", "Marine", "Modest"])("%s is no first name", (word) => {
    expect(isFirstName(word)).toBe(false);
  });
});

describe("a foreign first name at work (the per-document naming)", () => {
  it("a pronoun agrees with a foreign man's name", () => {
    const text =
      'Danish Foreign Minister Uffe Halvorsen said talks would go on.\n\nAn official at the embassy said so too. "We are concerned," she added.';
    expect(namedOf(text).speakers).toEqual([null]);
  });

  it("a foreign first name after a person's name and 'of' a country is a person, not a firm's name", () => {
    const text =
      "Heinz Holtvoss of Switzerland was elected chairman and Mette Mogstrup of Norway vice chairman, they added.";
    expect(namedOf(text).mentions).toEqual([
      "Heinz Holtvoss|person",
      "Switzerland|country",
      "Mette Mogstrup|person",
      "Norway|country",
    ]);
  });
});
