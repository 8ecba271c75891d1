/**
 * A one-word name read as a person, coordinated with an organization, is a firm among firms
 * (resolve/names/coordinated-firm-names.ts, session 31). Text invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf as named } from "./helpers/document.js";

describe("a one-word person beside a firm in a coordination", () => {
  it.each([
    ["Supermarkets Tesco and Asda cut prices.", "Asda|organization"],
    ["Rivals Sainsbury's and Asda have struggled to keep pace.", "Asda|organization"],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toContain(expected);
  });

  it.each([
    // A known surname, a full name's word, a titled name stay persons.
    ["Microsoft and Gates agreed a deal.", "Gates|person"],
    ["Dana Velloran spoke first. Acme and Velloran then agreed a deal.", "Velloran|person"],
    ["Mr Velloran spoke first. Acme and Velloran then agreed a deal.", "Velloran|person"],
    ["Ms Dana Velloran spoke first. Acme and Velloran then agreed a deal.", "Velloran|person"],
    // A comma alone is no coordination: an attribution's source, then the person.
    ["According to Acme News, Velloran said he would resign.", "Velloran|person"],
  ])("guard: %s", (text, kept) => {
    const { mentions } = named(text);
    expect(mentions).not.toContain(kept.replace("person", "organization"));
  });
});
