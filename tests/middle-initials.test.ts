/**
 * Session 14: a name word, one initial and a name word are one person (middle-initials.ts), on the tagger's spans
 * as invented text shows them and on annotate's mentions of invented documents. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { middleInitialSpans } from "../src/extract/entities/middle-initials.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import { documentOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, middleInitialSpans(text, spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a name word, an initial and a name word", () => {
  it.each([
    // split into two organizations, or cut to the initial and the surname: one person
    ["[ORG Tavoru] K. [ORG Menzaghi], 41, was charged.", "[PER Tavoru K. Menzaghi], 41, was charged."],
    ["[PER R. Okwuosa] said", "[PER R. Okwuosa] said"],
    ["officials said Ilkovan [PER R. Okwuosa] had", "officials said [PER Ilkovan R. Okwuosa] had"],
    ["the talks with [ORG Nilufar] T. [LOC Azimova] ended", "the talks with [PER Nilufar T. Azimova] ended"],
    ["Minister [ORG Kwesiba] D. [ORG Otieno] said", "Minister [PER Kwesiba D. Otieno] said"],
    // a known first name that is also a place opens a name too
    ["[LOC Chad] W. [ORG Ostrander] pitched", "[PER Chad W. Ostrander] pitched"],
    // not when the tagger read more than the three words, nor before a capitalized word or a company's form
    ["the [ORG Tavoru K. Menzaghi Library] opened", "the [ORG Tavoru K. Menzaghi Library] opened"],
    ["at [ORG Tavoru] K. Menzaghi Hall", "at [ORG Tavoru] K. Menzaghi Hall"],
    [
      "shares of [ORG Tavoru] K. [ORG Menzaghi] Ltd rose",
      "shares of [ORG Tavoru] K. [ORG Menzaghi] Ltd rose",
    ],
    // not inside a longer name (a capitalized word before that is no title), nor with a place's or an ordinary word
    ["[ORG Acme Tavoru] K. [ORG Menzaghi] said", "[ORG Acme Tavoru] K. [ORG Menzaghi] said"],
    ["flights to [LOC Paris] B. [ORG Menzaghi] said", "flights to [LOC Paris] B. [ORG Menzaghi] said"],
    ["the [ORG Golden] K. [ORG Menzaghi] unit", "the [ORG Golden] K. [ORG Menzaghi] unit"],
    // nothing tagged: nothing to read
    ["Tavoru K. Menzaghi said", "Tavoru K. Menzaghi said"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe("a known first name, two initials written together and a surname", () => {
  it.each([
    // cut into a lone first name and a place (a surname that is also a town's name): one person
    ["said [PER Dana] R.J. [LOC Bristol] had", "said [PER Dana R.J. Bristol] had"],
    ["[PER Martha] J.R. [ORG Whitlow] spoke", "[PER Martha J.R. Whitlow] spoke"],
    // not after a first name that names a place, a lower-case word, an unknown first name; not before a country
    ["in [LOC Washington] D.C. [PER Whitlow] said", "in [LOC Washington] D.C. [PER Whitlow] said"],
    ["to link [LOC U.S.] Treasury bonds", "to link [LOC U.S.] Treasury bonds"],
    ["[ORG Tavoru] K.T. [ORG Menzaghi] said", "[ORG Tavoru] K.T. [ORG Menzaghi] said"],
    ["[PER Dana] J.R. [LOC France] said", "[PER Dana] J.R. [LOC France] said"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

function mentionsOf(text: string): string[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc)).mentions.map((m) => `${m.type}:${m.text}`);
}

describe("annotate finds a person with a middle initial whose first name no list knows", () => {
  it.each([
    ["Tavoru K. Menzaghi, 41, was charged with fraud.", "person:Tavoru K. Menzaghi"],
    ["Officials said Nilufar T. Azimova had resigned.", "person:Nilufar T. Azimova"],
    ["The report was written by Kwesiba D. Otieno of the agency.", "person:Kwesiba D. Otieno"],
    ["It was no different from Dana R.J. Bristol calling the plan a fraud.", "person:Dana R.J. Bristol"],
  ])("%s → %s", (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });
});
