/**
 * An office noun inside an organization's or a place's span, then a person's name (person-joins.ts
 * personAfterTitle's isOfficeBefore): the person is split off, and a known place right before the office, or an
 * employer ending in an organization's head noun, keeps a mention of its own (pushEmployer). First on the
 * tagger's spans as invented text shows them, then through annotate's naming. Invented text only (the places are
 * the gazetteer's).
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { rolePersons } from "../src/extract/entities/person-joins.js";
import { tokenize } from "../src/text/tokenize.js";
import { peopleOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function split(marked: string): string {
  const { text, spans } = parse(marked);
  return show(text, rolePersons(spans, tokenize(text), gazetteer()));
}

describe("an employer, an office and a person read as one name: the person is split off", () => {
  it.each([
    ["[ORG NASA Administrator Dana Whitlow] said", "NASA Administrator [PER Dana Whitlow] said"],
    [
      "[ORG Acme Chief Financial Officer Marta Ruiz] said",
      "Acme Chief Financial Officer [PER Marta Ruiz] said",
    ],
    ["[ORG Acme Group Treasurer Paul Okafor] said", "[ORG Acme Group] Treasurer [PER Paul Okafor] said"],
    [
      "[ORG Harlow Democratic Party Chairman Paul Okafor] said",
      "[ORG Harlow Democratic Party] Chairman [PER Paul Okafor] said",
    ],
    ["[ORG State Comptroller Ruth Amberly] said", "State Comptroller [PER Ruth Amberly] said"],
    // an office opening the span: a first name that is also a word ("Brandy") is one
    ["[ORG Spokesperson Brandy Vantorre] said", "Spokesperson [PER Brandy Vantorre] said"],
    ["[LOC Harlow Police Chief Marta Ruiz] said", "Harlow Police Chief [PER Marta Ruiz] said"],
    // a known place right before the office keeps its mention
    ["[LOC Alberta Premier Dana Whitlow] agreed", "[LOC Alberta] Premier [PER Dana Whitlow] agreed"],
    ["[LOC Ohio Congressman Paul Okafor] spoke", "[LOC Ohio] Congressman [PER Paul Okafor] spoke"],
    ["[ORG Ontario MPP Ruth Amberly] spoke", "[LOC Ontario] MPP [PER Ruth Amberly] spoke"],
  ])("%j", (marked, expected) => {
    expect(split(marked)).toBe(expected);
  });
});

describe("guards: a place, a firm or a thing named with an office word and a first name stays", () => {
  it.each([
    ["the ferry to [LOC Prince Edward Island] left", "the ferry to [LOC Prince Edward Island] left"],
    [
      "a contract from the [ORG Greater Cleveland Regional Transit Authority]",
      "a contract from the [ORG Greater Cleveland Regional Transit Authority]",
    ],
    ["the [MISC Producer Price Index] rose", "the [MISC Producer Price Index] rose"],
    ["the [ORG Officer Training School] opened", "the [ORG Officer Training School] opened"],
    ["[ORG Acme Officer Dana Fund] paid", "[ORG Acme Officer Dana Fund] paid"],
    // the person is split off, but a place with words between it and the office, or in capitals, opens a name
    [
      "[ORG New York Stock Exchange Chairman Dana Whitlow] said",
      "New York Stock Exchange Chairman [PER Dana Whitlow] said",
    ],
    ["[ORG GAO Director Dana Whitlow] said", "GAO Director [PER Dana Whitlow] said"],
    // an organization's suffix that heads no organization's name is part of the office
    ["[ORG Acme Financial Economist Paul Okafor] said", "Acme Financial Economist [PER Paul Okafor] said"],
  ])("%j", (marked, expected) => {
    expect(split(marked)).toBe(expected);
  });
});

describe("through annotate: the person behind an employer's office is named", () => {
  it.each([
    ["NASA Administrator Dana Whitlow said the launch would go ahead.", ["Dana Whitlow"]],
    ["Harlow Police Chief Marta Ruiz said two men were arrested.", ["Marta Ruiz"]],
    // guard: a role the old rule already split
    ["Corby Council Leader Omar Lind resigned on Monday.", ["Omar Lind"]],
  ])("%j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
