/**
 * A firm written with a two-word form ("Pte Ltd", "Sdn Bhd", "Pvt Ltd", "(Pte) Ltd") is one organization from the
 * capitalized words before the form to its end (extract/entities/company-forms.ts compoundFormsNamed): first on
 * marked mentions, then through annotate. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { compoundFormsNamed } from "../src/extract/entities/company-forms.js";
import { organizationsOf, peopleOf } from "./helpers/document.js";
import { markedMentions, typedTexts } from "./helpers/marked-spans.js";

function named(marked: string): string {
  const { text, mentions } = markedMentions(marked);
  return typedTexts(compoundFormsNamed(text, mentions));
}

describe("a name and its two-word form are one firm", () => {
  it.each([
    // the form alone, the firm's name untagged or cut
    ["<Tarvik [ORG Sdn Bhd]> said", "organization:Tarvik Sdn Bhd"],
    ["[ORG Harlow Bus] [ORG Service Pte Ltd] said", "organization:Harlow Bus Service Pte Ltd"],
    ["[PER Corby] Audio (M) [ORG Sdn] Bhd said", "organization:Corby Audio (M) Sdn Bhd"],
    ["Whitlow and [ORG Co Pte Ltd], a broker", "organization:Whitlow and Co Pte Ltd"],
    [
      "[ORG Acme Life] and General Insurance [ORG Sdn Bhd] said",
      "organization:Acme Life and General Insurance Sdn Bhd",
    ],
    ["[ORG Harlow] Finance and Co (Pte) Ltd said", "organization:Harlow Finance and Co (Pte) Ltd"],
    ["[ORG Acme] Pvt. Ltd. said", "organization:Acme Pvt. Ltd."],
    ["[ORG Acme Holdings]\nPte Ltd said", "organization:Acme Holdings/Pte Ltd"],
    // another firm's form before it ends that firm's name
    [
      "[ORG Caltex Asia Ltd] and [ORG Acme Singapore Pte Ltd] said",
      "organization:Caltex Asia Ltd | organization:Acme Singapore Pte Ltd",
    ],
    [
      "[ORG Harlow Petroleum Co Pte Ltd] and [ORG Acme Singapore Pte Ltd]",
      "organization:Harlow Petroleum Co Pte Ltd | organization:Acme Singapore Pte Ltd",
    ],
    // a sentence's opening stopword or date word is no part of the name
    ["The Acme [ORG Pte Ltd] said", "organization:Acme Pte Ltd"],
    ["On Monday Acme [ORG Pte Ltd] said", "organization:Acme Pte Ltd"],
  ])("%j", (marked, expected) => {
    expect(named(marked)).toBe(expected);
  });
});

describe("guards: the form's first word alone, and firms already whole, stay", () => {
  it.each([
    ["Pte [PER Dana Whitlow] was killed", "person:Dana Whitlow"],
    ["[ORG Acme Pte Ltd] said", "organization:Acme Pte Ltd"],
    ["the pte ltd shares", ""],
    ["[ORG Sdn Bhd] said", "organization:Sdn Bhd"],
    ["[ORG Acme] and [PER Dana Whitlow] met", "organization:Acme | person:Dana Whitlow"],
  ])("%j", (marked, expected) => {
    expect(named(marked)).toBe(expected);
  });
});

describe("through annotate", () => {
  it("the firm's opening word is no person, and the firm is one organization", () => {
    const text = "Shares of Tarvik Electronics (M) Sdn Bhd rose on Monday, the exchange said.";
    expect(peopleOf(text)).toEqual([]);
    expect(organizationsOf(text)).toContain("Tarvik Electronics (M) Sdn Bhd: Tarvik Electronics (M) Sdn Bhd");
  });
});
