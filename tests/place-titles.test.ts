/**
 * A place before an office's title and its holder ("Virginia Gov. Ralph Northam") is a place and a person
 * (extract/entities/place-titles.ts): first on the tagger's spans as invented text shows them, then through
 * annotate's naming. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { placeBeforeTitleSpans } from "../src/extract/entities/place-titles.js";
import { tokenize } from "../src/text/tokenize.js";
import { namedOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function repaired(marked: string): string {
  const { text, spans } = parse(marked);
  return show(text, placeBeforeTitleSpans(spans, tokenize(text), gazetteer()));
}

describe("the place leaves the title's holder", () => {
  it.each([
    ["[PER Virginia Gov. Dana Whitlow] said", "[LOC Virginia] [PER Gov. Dana Whitlow] said"],
    ["[PER Toronto Mayor Lars Henning] spoke", "[LOC Toronto] [PER Mayor Lars Henning] spoke"],
    [
      "[PER New Mexico Attorney General Ruth Amberly] sued",
      "[LOC New Mexico] [PER Attorney General Ruth Amberly] sued",
    ],
    // a place's span running into the title, the holder a span of its own
    ["[LOC California Sen.] [PER Marta Ruiz] voted", "[LOC California] Sen. [PER Marta Ruiz] voted"],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("guards: a firm's or a body's name, a club, and no holder after the title", () => {
  it.each([
    ["[ORG Michigan General Corp] said", "[ORG Michigan General Corp] said"],
    ["[ORG U.S. Justice Department] said", "[ORG U.S. Justice Department] said"],
    ["[LOC Portland General] rose", "[LOC Portland General] rose"],
    ["[PER Chelsea Manager Jose Pellworth] left", "[PER Chelsea Manager Jose Pellworth] left"],
    // an organization's span is rolePersons'
    ["[ORG Ohio Gov. John Pellworth] said", "[ORG Ohio Gov. John Pellworth] said"],
    ["[PER Ohio Gov.] said", "[PER Ohio Gov.] said"],
    ["[PER Virginia Quarles] said", "[PER Virginia Quarles] said"],
    ["[PER Virginia  Gov. Dana Whitlow] said", "[PER Virginia  Gov. Dana Whitlow] said"],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("through annotate: the place and the person are both named", () => {
  it.each([
    [
      "Virginia Gov. Dana Whitlow said the state had offered 5 million dollars.",
      ["Virginia|place", "Dana Whitlow|person"],
    ],
    ["Texas Gov. Lars Henning did not reply.", ["Texas|place", "Lars Henning|person"]],
  ])("%j", (text, mentions) => {
    expect(namedOf(text).mentions).toEqual(mentions);
  });
});
