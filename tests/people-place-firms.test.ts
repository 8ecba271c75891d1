/**
 * resolve/names/place-firms.ts: a one-word name read as a place that the gazetteer does not know is a firm when
 * its words call it one (an apposition, "said it would", its shares or officers), and so are its namesakes
 * (session 28, issue 11: firms with no legal form). appositive-organizations.ts: "<place>-based" before a
 * trade's noun (lexicon/firm-nouns.ts BASED_FIRM_NOUNS). All names and places are invented.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { documentOf } from "./helpers/document.js";

/** "type:entity" of the document's mentions whose text is `word`, in text order. */
function readingsOf(text: string, word: string): string[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc))
    .mentions.filter((m) => m.text === word)
    .map((m) => `${m.type}:${m.entity}`);
}

describe("a place the gazetteer does not know, spoken of as a firm, is that firm (place-firms.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      'Investors worried about Aldridge on Thursday. Aldridge said it would close its mill.\n\n"This was a painful decision," Aldridge said.',
      "Aldridge",
      ["organization:Aldridge", "organization:Aldridge", "organization:Aldridge"],
    ],
    [
      "Trading in Thornbury was halted on Friday. Thornbury, the Ottawa-based software maker, said profits would rise.",
      "Thornbury",
      ["organization:Thornbury", "organization:Thornbury"],
    ],
    [
      'Pemberton, the Calgary-based grocer, said it would open 12 stores next year.\n\n"Customers want more choice," Pemberton said.',
      "Pemberton",
      ["organization:Pemberton", "organization:Pemberton"],
    ],
    [
      "Trading in Garrowby was halted on Friday. Garrowby's chief executive resigned on Monday.",
      "Garrowby",
      ["organization:Garrowby", "organization:Garrowby"],
    ],
  ])("%s", (text, word, expected) => {
    expect(readingsOf(text, word)).toEqual(expected);
  });
});

describe('"<place>-based" and a trade\'s noun call a name a firm (appositive-organizations.ts)', () => {
  it.each<[string, string, string[]]>([
    [
      "Shoppers returned to Pemberton, the Calgary-based grocer, after a strike ended on Monday.",
      "Pemberton",
      ["organization:Pemberton"],
    ],
    ["Prices rose, said Arlow, the Leeds-based grocer.", "Arlow", ["organization:Arlow"]],
    [
      "Analysts like Brannock, the Leeds-based chain, more than its rivals.",
      "Brannock",
      ["organization:Brannock"],
    ],
  ])("%s", (text, word, expected) => {
    expect(readingsOf(text, word)).toEqual(expected);
  });
});

describe('persons "<place>-based" before a noun stay persons (appositive-organizations.ts)', () => {
  it.each<[string, string, string[]]>([
    // A known first name: a shopkeeper is written so too.
    [
      "Dana Whitlow, the Calgary-based grocer, said prices would rise.",
      "Dana Whitlow",
      ["person:Dana Whitlow"],
    ],
    // A noun that names a person too.
    ["Prices rose, said Arlow, the Leeds-based developer.", "Arlow", ["person:Arlow"]],
  ])("%s", (text, word, expected) => {
    expect(readingsOf(text, word)).toEqual(expected);
  });
});

describe("a place the gazetteer does not know, listed among firms, is a firm (place-firms.ts)", () => {
  it.each<[string, string, string[]]>([
    [
      "Lanford Mills, Orrin and Castlebay Holdings were fined by the regulator on Monday.",
      "Orrin",
      ["organization:Orrin"],
    ],
    // Guard: listed among places.
    ["Floods reached Dunmore, Orrin and Ashgrove on Monday.", "Orrin", ["place:Orrin"]],
  ])("%s", (text, word, expected) => {
    expect(readingsOf(text, word)).toEqual(expected);
  });
});

describe("places that stay places (place-firms.ts)", () => {
  it.each<[string, string, string[]]>([
    // A place the gazetteer knows speaks as its government.
    ["Ontario said it would raise the tax on fuel in April.", "Ontario", ["place:Ontario"]],
    // A town's deeds with "its" are not read.
    [
      "Flood waters reached Aldridge on Monday. Aldridge closed its schools.",
      "Aldridge",
      ["place:Aldridge", "place:Aldridge"],
    ],
    // "it would be": a view of a thing, no firm's statement.
    [
      "Rain fell on Aldridge all week. Aldridge said it would be hard to recover.",
      "Aldridge",
      ["place:Aldridge", "place:Aldridge"],
    ],
  ])("%s", (text, word, expected) => {
    expect(readingsOf(text, word)).toEqual(expected);
  });
});
