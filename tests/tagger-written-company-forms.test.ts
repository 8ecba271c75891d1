/**
 * Other countries' company forms ("NV", "SpA", "AB", "Bhd"), matched as written, join the name right before or
 * right after them, and a name ending in one is an organization (extract/entities/company-forms.ts
 * writtenFormsJoined). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { writtenFormsJoined } from "../src/extract/entities/company-forms.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { markedMentions, typedTexts } from "./helpers/marked-spans.js";

/** The marked spans as mentions, through writtenFormsJoined, as "type:text" (line breaks shown as "/"). */
function joined(marked: string): string {
  const { text, mentions } = markedMentions(marked);
  writtenFormsJoined(text, mentions, gazetteer());
  return typedTexts(mentions);
}

describe("a written company form joins the name beside it; a name ending in one is an organization", () => {
  it.each([
    ["[PER Zentrix] [ORG NV] said", "organization:Zentrix NV"],
    ["[LOC Harlow Mills] [LOC S.A.] said", "organization:Harlow Mills S.A."],
    ["the unit [ORG Harlow]\n[PER SpA] rose", "organization:Harlow/SpA"],
    ["[ORG AB] [ORG Tarvenia] said", "organization:AB Tarvenia"],
    ["[ORG NV] [PER Whitlow] said", "organization:NV Whitlow"],
    ["[PER Acme Bhd] said", "organization:Acme Bhd"],
    ["[LOC Tarvenia Pty] said", "organization:Tarvenia Pty"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

describe("guards: a form beside no name, lower case or title-case words, English forms, other mentions", () => {
  it.each([
    ["[PER Dana Whitlow] of [LOC Calgary], [LOC AB], said", "person:Dana Whitlow | place:Calgary | place:AB"],
    ["[ORG Acme] and [ORG SA] said", "organization:Acme | organization:SA"],
    ["[LOC Harrogate] [LOC Spa] grew", "place:Harrogate | place:Spa"],
    ["[PER Dana Whitlow] [ORG Ltd] said", "person:Dana Whitlow | organization:Ltd"],
    ["[ORG Zentrix NV] said", "organization:Zentrix NV"],
    ["[PER Dana Whitlow] said [LOC Tarvenia] grew", "person:Dana Whitlow | place:Tarvenia"],
    ["[PER Dana Whitlow]\n\n[ORG NV] said", "person:Dana Whitlow | organization:NV"],
    ["[PER Dana Whitlow] of [LOC Edmonton] [LOC AB] said", "person:Dana Whitlow | place:Edmonton | place:AB"],
    ["she moved to [LOC Adelaide] [ORG SA] in May", "place:Adelaide | organization:SA"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});
