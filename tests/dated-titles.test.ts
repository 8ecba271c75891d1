/**
 * A title dated by a hyphened prefix or suffix ("then-Mayor", "Ex-Minister", "Mayor-elect") is a title before a
 * person's name, never a name (extract/entities/dated-titles.ts): first on the tagger's spans as invented text
 * shows them, then through annotate's naming. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { datedTitleLength, datedTitleSpans } from "../src/extract/entities/dated-titles.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { tokenize } from "../src/text/tokenize.js";
import { peopleOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function repaired(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, datedTitleSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a dated title leaves the name's span, and the name after it is a person", () => {
  it.each([
    // taken into the person's span
    ["[PER Then-Mayor Dana Whitlow] said no.", "Then-Mayor [PER Dana Whitlow] said no."],
    ["when [PER ex-Premier Lars Henning] arrived", "when ex-Premier [PER Lars Henning] arrived"],
    // read alone, and the name after it read as an organization
    ["[MISC Mayor-elect] [ORG Kofi Mensah] met", "Mayor-elect [PER Kofi Mensah] met"],
    ["[PER then-Mayor] [PER Dana Whitlow] said", "then-Mayor [PER Dana Whitlow] said"],
    // the first name left untagged between the title and the surname
    ["[ORG Then-President] Aldo [PER Ferrante] signed", "Then-President [PER Aldo Ferrante] signed"],
    // the first name read apart from the surname after the title
    ["behind then-senator [ORG Dana] [PER Whitlow] in", "behind then-senator [PER Dana Whitlow] in"],
    ["[PER then-Mayor] [PER Dana] [PER Whitlow] said", "then-Mayor [PER Dana Whitlow] said"],
    // a title of several words, untagged, running into the span
    ["Then-Secretary of [ORG State Omar Lind] flew", "Then-Secretary of State [PER Omar Lind] flew"],
    [
      "the [PER then-Chief] [MISC Justice Marta Ruiz] retired",
      "the then-Chief Justice [PER Marta Ruiz] retired",
    ],
    ["[ORG Minister-designate Ruth Amberly] spoke", "Minister-designate [PER Ruth Amberly] spoke"],
    // an abbreviated title split from its suffix, and the surname the tagger left after a first name it read as a city
    [
      "[MISC Rep.-elect] [LOC Alexandria] Vantorre-Quist said",
      "Rep.-elect [PER Alexandria Vantorre-Quist] said",
    ],
    ["Gov.-elect [PER Dana Whitlow] won", "Gov.-elect [PER Dana Whitlow] won"],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("guards: hyphened words that are no titles, and spans apart from the title, stay", () => {
  it.each([
    ["the [MISC ex-Soviet] states", "the [MISC ex-Soviet] states"],
    ["[PER Ex-wife] [PER Mona Tillery] declined", "[PER Ex-wife] [PER Mona Tillery] declined"],
    ["the [MISC pro-Acme] lobby", "the [MISC pro-Acme] lobby"],
    ["[PER Dana Whitlow-Elect] won", "[PER Dana Whitlow-Elect] won"],
    // the word after a one-word name is an ordinary word, or spaced apart: no surname
    ["Rep.-elect [PER Dana] Tuesday said", "Rep.-elect [PER Dana] Tuesday said"],
    ["Rep.-elect [PER Dana]  Whitlow said", "Rep.-elect [PER Dana]  Whitlow said"],
    // a lower-case word between the title and the span: the span is no name of the title's holder
    ["the ex-Mayor of [LOC Springfield] spoke", "the ex-Mayor of [LOC Springfield] spoke"],
    [
      "the ex-President's son, [PER Lars Henning], spoke",
      "the ex-President's son, [PER Lars Henning], spoke",
    ],
    ["[ORG Acme] and [ORG Harlow Board] met", "[ORG Acme] and [ORG Harlow Board] met"],
    ["the then-Mayor, [PER Dana] [PER Whitlow]", "the then-Mayor, [PER Dana] [PER Whitlow]"],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("what a dated title is", () => {
  it.each([
    ["then-Mayor X", 1],
    ["Ex-Minister X", 1],
    ["then-Chief Justice X", 2],
    ["then-Secretary of State X", 3],
    ["Mayor-elect X", 1],
    ["Governor-designate X", 1],
    ["Rep.-elect X", 3],
    ["Gov.-designate X", 3],
    ["Rep. -elect X", 0],
    ["Inc.-elect X", 0],
    ["ex-Soviet X", 0],
    ["ex-wife X", 0],
    ["Whitlow-elect X", 0],
    ["post-Mayor X", 0],
  ])("%j → %i", (text, length) => {
    expect(datedTitleLength(tokenize(text), 0, tokenize(text).length, gazetteer())).toBe(length);
  });
});

describe("through annotate: the person is named without the dated title", () => {
  it.each([
    ["Then-Mayor Dana Whitlow said the plan would cost too much.", ["Dana Whitlow"]],
    ["Then-President Aldo Ferrante signed it on Monday.", ["Aldo Ferrante"]],
    ["Governor-elect Ruth Amberly met Mayor-elect Kofi Mensah on Friday.", ["Ruth Amberly", "Kofi Mensah"]],
    ["Then-Secretary of State Omar Lind flew in.", ["Omar Lind"]],
    ["Rep.-elect Alexandria Vantorre-Quist said the plan was dead.", ["Alexandria Vantorre-Quist"]],
    // guard: a title the tagger already kept out
    ["Protesters cheered when ex-Premier Lars Henning arrived.", ["Lars Henning"]],
  ])("%j", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
