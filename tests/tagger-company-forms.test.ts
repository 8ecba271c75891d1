/**
 * A company's legal form read as a mention of its own joins the name right before it, which makes the whole an
 * organization; a form with no name right before it is dropped (extract/entities/document-names.ts
 * companyFormsJoined). Invented text only.
 */
import { describe, expect, it } from "vitest";
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
