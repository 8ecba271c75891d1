/**
 * A legislator's title in capitals, or a title of two words and a known first name, before a name makes the name a
 * person's (extract/entities/member-titles.ts):
 * first on the tagger's spans as invented text shows them, then through annotate's naming. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { memberTitleSpans } from "../src/extract/entities/member-titles.js";
import { tokenize } from "../src/text/tokenize.js";
import { namedOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function repaired(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, memberTitleSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("the name after the title is a person", () => {
  it.each([
    ["veteran [ORG MP] Lawrence MacVeigh moves", "veteran MP [PER Lawrence MacVeigh] moves"],
    ["[ORG MP Navroop Dhallin] said", "MP [PER Navroop Dhallin] said"],
    ["[MISC Liberal] MPP Seamus O'Rourke spoke", "[MISC Liberal] MPP [PER Seamus O'Rourke] spoke"],
    ["[ORG Liberal MLA Navroop Dhallin] said", "[ORG Liberal] MLA [PER Navroop Dhallin] said"],
    ["MEP Dana Wilson-Rayne said", "MEP [PER Dana Wilson-Rayne] said"],
    // an abbreviated title without its stop (session 38)
    ["[MISC Rep Dana Obermann] said", "Rep [PER Dana Obermann] said"],
    ["army chief [ORG Gen Qadir Javed Bajrani] spoke", "army chief Gen [PER Qadir Javed Bajrani] spoke"],
    ["[PER Sen Dana Obermann] said", "Sen [PER Dana Obermann] said"],
    // a title of two words the gazetteer knows, then a known first name
    ["Grand Chief Alvin Fidrow of the council", "Grand Chief [PER Alvin Fidrow] of the council"],
    // a surname that is an agent noun too (session 38)
    ["Grand Chief Alvin Fiddler of the council", "Grand Chief [PER Alvin Fiddler] of the council"],
    [
      "[ORG Zentrix Chief Executive] Paul Colvane said",
      "[ORG Zentrix] Chief Executive [PER Paul Colvane] said",
    ],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("guards: one word, a function word or a date, a place, a person read already, a longer span", () => {
  it.each([
    ["the [ORG MP] Whitlow said", "the [ORG MP] Whitlow said"],
    ["an [ORG MP] On Monday", "an [ORG MP] On Monday"],
    ["the MP Monday Night said", "the MP Monday Night said"],
    ["[ORG Gen Z] voters said", "[ORG Gen Z] voters said"],
    ["Det [PER Chief Insp Vanessa Holt] said", "Det Chief Insp [PER Vanessa Holt] said"],
    ["[LOC St Dana Obermann] said", "[LOC St Dana Obermann] said"],
    ["each MP New Brunswick sends", "each MP New Brunswick sends"],
    ["MP [PER Dana Whitlow] said", "MP [PER Dana Whitlow] said"],
    ["[ORG MP Dana Whitlow Trust] said", "[ORG MP Dana Whitlow Trust] said"],
    ["the Mp Dana Whitlow said", "the Mp Dana Whitlow said"],
    ["the MP  Dana Whitlow said", "the MP  Dana Whitlow said"],
    // a title phrase before a name no list knows as a first name: the tagger's reading stands
    ["Grand Chief Ozias Fidrow of the council", "Grand Chief Ozias Fidrow of the council"],
  ])("%j", (marked, expected) => {
    expect(repaired(marked)).toBe(expected);
  });
});

describe("through annotate: the person is named", () => {
  it.each([
    [
      "The shuffle moved veteran MP Colleen MacIsaac to the fisheries post on Friday.",
      ["Colleen MacIsaac|person"],
    ],
    ["The shuffle moved MP Navroop Dhallin to the fisheries post on Friday.", ["Navroop Dhallin|person"]],
    ["The shuffle moved MP Catherine McKenzie to the fisheries post.", ["Catherine McKenzie|person"]],
  ])("%j", (text, mentions) => {
    expect(namedOf(text).mentions).toEqual(mentions);
  });
});
