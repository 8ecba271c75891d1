/**
 * A company's legal form read as a mention of its own joins the name right before it, which makes the whole an
 * organization; a form with no name right before it is dropped (extract/entities/document-names.ts
 * companyFormsJoined). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { namesBeforeFormsJoined } from "../src/extract/entities/company-forms.js";
import { companyFormsJoined } from "../src/extract/entities/document-names.js";
import { markedMentions, typedTexts } from "./helpers/marked-spans.js";

/** The marked spans as mentions, through companyFormsJoined, as "type:text" (line breaks shown as "/"). */
function joined(marked: string): string {
  const { text, mentions } = markedMentions(marked);
  companyFormsJoined(text, mentions);
  return typedTexts(mentions);
}

describe("a company form alone joins the name before it, or is dropped", () => {
  it.each([
    ["[ORG Harlow Mills] [ORG Ltd] said", "organization:Harlow Mills Ltd"],
    ["[ORG Harlow Mills]\n[ORG Inc] said", "organization:Harlow Mills/Inc"],
    ["[PER Dana Whitlow] [LOC Corp.] said", "organization:Dana Whitlow Corp."],
    ["[LOC Tarvenia] [ORG AG] said", "organization:Tarvenia AG"],
    ["shares of Harlow Mills [ORG Inc] rose", ""],
    ["[ORG Acme] (Tarvenia) [ORG Ltd] said", "organization:Acme"],
    // a form with its full stop at a sentence's end (session 18)
    ["a unit of [ORG Harlow Mills] [LOC PLC.]", "organization:Harlow Mills PLC."],
    ["shares of Harlow Mills [PER Plc.]", ""],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

describe("guards: a form inside a name, a form after a blank line or a comma, other mentions", () => {
  it.each([
    ["[ORG Harlow Mills Ltd] said", "organization:Harlow Mills Ltd"],
    ["[ORG Acme], [ORG Beta] and [LOC Tarvenia]", "organization:Acme | organization:Beta | place:Tarvenia"],
    ["[ORG Acme]\n\n[ORG Inc] said", "organization:Acme"],
    ["[PER Dana Whitlow] said [LOC Tarvenia] grew", "person:Dana Whitlow | place:Tarvenia"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

/** The marked spans as mentions, through namesBeforeFormsJoined. */
function formed(marked: string): string {
  const { text, mentions } = markedMentions(marked);
  namesBeforeFormsJoined(text, mentions);
  return typedTexts(mentions);
}

describe("a name the tagger ended before its firm's form takes it; a name one space before a formed firm joins it", () => {
  it.each([
    ["[LOC Bay Ferries] Ltd. said Tuesday", "organization:Bay Ferries Ltd."],
    ["[PER Dana Whitlow] Inc said", "organization:Dana Whitlow Inc"],
    ["[LOC Bay] [ORG Ferries Ltd.] said", "organization:Bay Ferries Ltd."],
    ["[LOC Washington/Square] [ORG Capital Inc.] said", "organization:Washington/Square Capital Inc."],
    // Not across a dash, a comma or a line break; not a person's name before the firm; not "Co" (a county).
    ["[LOC HALIFAX] -- [LOC Bay] [ORG Ferries Ltd.]", "place:HALIFAX | organization:Bay Ferries Ltd."],
    ["[PER Dana Whitlow], [ORG Acme Inc] chief", "person:Dana Whitlow | organization:Acme Inc"],
    ["[LOC Tarvenia]\n[ORG Acme Inc] said", "place:Tarvenia | organization:Acme Inc"],
    ["[PER Dana] [ORG Acme Inc] said", "person:Dana | organization:Acme Inc"],
    ["[ORG is] [ORG Acme Inc] said", "organization:is | organization:Acme Inc"],
    ["[ORG Harlow Systems] [ORG 4 Inc] said", "organization:Harlow Systems 4 Inc"],
    ["in [LOC Durham] Co last year", "place:Durham"],
    ["[ORG Acme] Incorporated", "organization:Acme"],
  ])("%j", (marked, expected) => {
    expect(formed(marked)).toBe(expected);
  });
});
