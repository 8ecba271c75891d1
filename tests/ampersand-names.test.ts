/**
 * Session 34: two capitalized words with "&" between them are one organization's name
 * (extract/entities/ampersand-names.ts). On the tagger's spans as invented text shows them.
 */
import { describe, expect, it } from "vitest";
import { ampersandNameSpans } from "../src/extract/entities/ampersand-names.js";
import { tokenize } from "../src/text/tokenize.js";
import { namedOf as named } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, ampersandNameSpans(spans, tokens, 0, tokens.length));
}

describe("a name with '&' is one organization's", () => {
  it.each([
    ["[PER Kestrel] & [MISC Halden] audited it.", "[ORG Kestrel & Halden] audited it."],
    ["shares of [ORG Menzaghi &] Tavoru rose", "shares of [ORG Menzaghi & Tavoru] rose"],
    ["Kestrel & Halden audited it.", "[ORG Kestrel & Halden] audited it."],
    ["<[ORG Orlan] Vesk & Co> said", "<[ORG Orlan Vesk & Co]> said"],
    ["[ORG Halden Savings] & [ORG Loan Association] said", "[ORG Halden Savings & Loan Association] said"],
    // Guards: a sentence's opening day or function word; a citation's authors; a title after "&"; a letter
    // alone; no spaces around "&"; one firm already whole.
    ["Yesterday Kestrel & Halden said", "Yesterday [ORG Kestrel & Halden] said"],
    ["as shown by Carrano & Biewener (2005)", "as shown by Carrano & Biewener (2005)"],
    ["(Carrano & Biewener, 2005)", "(Carrano & Biewener, 2005)"],
    ["as Carrano & Biewener [7] showed", "as Carrano & Biewener [7] showed"],
    ["[PER Kermie Worm] & Mr. [PER Marbles]", "[PER Kermie Worm] & Mr. [PER Marbles]"],
    ["the Q & A session", "the Q & A session"],
    ["Kestrel&Halden said", "Kestrel&Halden said"],
    ["[ORG Kestrel & Halden] said", "[ORG Kestrel & Halden] said"],
  ])("%j", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe("the extractor joins it (wired in extract/entities/index.ts)", () => {
  it("lists the firm, not a person", () => {
    const mentions = named("Ernst & Young audited the accounts last year.").mentions;
    expect(mentions).toEqual(["Ernst & Young|organization"]);
  });
});
