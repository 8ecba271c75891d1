/**
 * Session 14: two or three name words no list knows, read as an organization, are a person where an office comes
 * right before them or in apposition after a comma, an age follows, or "of" and a known place end the span
 * (unknown-name-contexts.ts). On the tagger's spans as invented text shows them. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { unknownNameContextSpans } from "../src/extract/entities/unknown-name-contexts.js";
import { tokenize } from "../src/text/tokenize.js";
import { peopleOf } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, unknownNameContextSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("unknown name words in a person's context", () => {
  it.each([
    // an office right before the name
    [
      "the institute's coffee chief [ORG Tavoru Menzaghi] said",
      "the institute's coffee chief [PER Tavoru Menzaghi] said",
    ],
    [
      "executive director [ORG Kwesiba Otieno Lamar] presents",
      "executive director [PER Kwesiba Otieno Lamar] presents",
    ],
    // a cleric's noun (session 37): clergy are offices too
    [
      "the radical Shia cleric [ORG Muqtaba Sadrani] urged",
      "the radical Shia cleric [PER Muqtaba Sadrani] urged",
    ],
    ["the rabbi [ORG Yehudan Orvatzky] said", "the rabbi [PER Yehudan Orvatzky] said"],
    // an office in apposition, or an age, after a comma
    [
      "[ORG Ilkovan Okwuosa], head of research at a bank, said",
      "[PER Ilkovan Okwuosa], head of research at a bank, said",
    ],
    [
      "[ORG Ilkovan Okwuosa], chief economist with a bank",
      "[PER Ilkovan Okwuosa], chief economist with a bank",
    ],
    ["[ORG Nilufar Azimova], 41, was charged", "[PER Nilufar Azimova], 41, was charged"],
    // a person's relative clause after a comma (", who"; a firm's is ", which")
    [
      "[ORG Ilkovan Okwuosa], who founded the charity, died",
      "[PER Ilkovan Okwuosa], who founded the charity, died",
    ],
    ["[ORG Ilkovan Okwuosa], which owns the mill, said", "[ORG Ilkovan Okwuosa], which owns the mill, said"],
    ["[ORG Tavoru Holdings], who said", "[ORG Tavoru Holdings], who said"],
    // a reporting verb, then "he" or "she" as the reported clause's subject (a firm says "it")
    ["[ORG Tavoru Menzaghi] said he would resign", "[PER Tavoru Menzaghi] said he would resign"],
    [
      "[ORG Tavoru Menzaghi] told reporters she would run",
      "[PER Tavoru Menzaghi] told reporters she would run",
    ],
    ["[ORG Tavoru Menzaghi] said it would sell", "[ORG Tavoru Menzaghi] said it would sell"],
    ["[ORG Tavoru Menzaghi] said on Monday he", "[ORG Tavoru Menzaghi] said on Monday he"],
    ["[ORG Tavoru Holdings] said he would", "[ORG Tavoru Holdings] said he would"],
    // Session 23: the possessor of a family noun (firms have no wives); not a role noun firms have, nor a
    // firm's "parent" or "sister" company.
    ["[ORG Tavoru Menzaghi]'s wife was not there", "[PER Tavoru Menzaghi]'s wife was not there"],
    ["[ORG Ilkovan Okwuosa]'s son said", "[PER Ilkovan Okwuosa]'s son said"],
    ["[ORG Nilufar Azimova]’s widow said", "[PER Nilufar Azimova]’s widow said"],
    ["[ORG Tavoru Menzaghi]'s lawyer said", "[ORG Tavoru Menzaghi]'s lawyer said"],
    ["[ORG Tavoru Menzaghi]'s parent company", "[ORG Tavoru Menzaghi]'s parent company"],
    ["[ORG Tavoru Menzaghi]'s sister paper", "[ORG Tavoru Menzaghi]'s sister paper"],
    ["[ORG Tavoru Holdings]'s wife said", "[ORG Tavoru Holdings]'s wife said"],
    // Session 24: a verb of a person's life right after the name (firms do not die, resign or marry); not a verb
    // firms take too, nor a firm's name; not "and his wife" (narrowed after CHECK: life-events.ts).
    ["[ORG Tavoru Menzaghi] died in hospital", "[PER Tavoru Menzaghi] died in hospital"],
    ["[ORG Ilkovan Okwuosa] resigned on Friday", "[PER Ilkovan Okwuosa] resigned on Friday"],
    ["[ORG Nilufar Azimova] was born in a village", "[PER Nilufar Azimova] was born in a village"],
    ["[ORG Nilufar Azimova] has been arrested", "[PER Nilufar Azimova] has been arrested"],
    ["[ORG Tavoru Menzaghi] married a teacher", "[PER Tavoru Menzaghi] married a teacher"],
    ["[ORG Tavoru Menzaghi] and his wife moved", "[ORG Tavoru Menzaghi] and his wife moved"],
    ["[ORG Tavoru Menzaghi] retired the bonds", "[ORG Tavoru Menzaghi] retired the bonds"],
    ["[ORG Tavoru Menzaghi] was fined", "[ORG Tavoru Menzaghi] was fined"],
    ["[ORG Tavoru Menzaghi] has sold", "[ORG Tavoru Menzaghi] has sold"],
    ["[ORG Tavoru Holdings] died", "[ORG Tavoru Holdings] died"],
    // an office's "of"/"for", a portfolio and then the holder, read as one organization
    [
      "Deputy Minister for [ORG Finance Tavoru Menzaghi] said",
      "Deputy Minister for Finance [PER Tavoru Menzaghi] said",
    ],
    [
      "Minister for [ORG Foreign Affairs Dana Whitlow] said",
      "Minister for Foreign Affairs [PER Dana Whitlow] said",
    ],
    [
      "Chairman of [ORG General Motors Tavoru Menzaghi] said",
      "Chairman of [ORG General Motors] [PER Tavoru Menzaghi] said",
    ],
    // the portfolio left out of the span, the holder alone read as an organization (session 39)
    [
      "Deputy Minister of Transport [ORG Tavoru Menzaghi] said",
      "Deputy Minister of Transport [PER Tavoru Menzaghi] said",
    ],
    [
      "Minister for Trade and Industry [ORG Nilufar Azimova] said",
      "Minister for Trade and Industry [PER Nilufar Azimova] said",
    ],
    ["the bank of Transport [ORG Tavoru Menzaghi] said", "the bank of Transport [ORG Tavoru Menzaghi] said"],
    ["Minister of Zorvex [ORG Tavoru Menzaghi] said", "Minister of Zorvex [ORG Tavoru Menzaghi] said"],
    ["Director of Finance [ORG Tavoru Holdings] said", "Director of Finance [ORG Tavoru Holdings] said"],
    ["the bank of [ORG Finance Tavoru Menzaghi] said", "the bank of [ORG Finance Tavoru Menzaghi] said"],
    ["Minister for [ORG Zorvex Tavoru Menzaghi] said", "Minister for [ORG Zorvex Tavoru Menzaghi] said"],
    ["Director of [ORG Finance Tavoru Holdings] said", "Director of [ORG Finance Tavoru Holdings] said"],
    // "of" and a known place after the name, read as one organization
    [
      "named the victim as [ORG Nilufar Azimova of Norway] on",
      "named the victim as [PER Nilufar Azimova] of [LOC Norway] on",
    ],
    // a deal's role after the comma, or no role at all: the firm stays
    [
      "led by [ORG Tavoru Menzaghi], lead manager, the bonds",
      "led by [ORG Tavoru Menzaghi], lead manager, the bonds",
    ],
    ["[ORG Tavoru Menzaghi], the underwriter, said", "[ORG Tavoru Menzaghi], the underwriter, said"],
    ["shares of [ORG Tavoru Menzaghi] rose", "shares of [ORG Tavoru Menzaghi] rose"],
    ["the official [ORG Tavoru Menzaghi] newspaper", "the official [ORG Tavoru Menzaghi] newspaper"],
    // a word some list knows (a company's, a place's, an ordinary word) keeps the organization
    ["chief [ORG Tavoru Holdings], 41,", "chief [ORG Tavoru Holdings], 41,"],
    ["director [ORG Tavoru Norway] said", "director [ORG Tavoru Norway] said"],
    ["the [ORG Tavoru Menzaghi of Acme] unit", "the [ORG Tavoru Menzaghi of Acme] unit"],
    // Session 27: four name words (a Vietnamese name) with an age or an office after them, or "said she"
    ["[ORG Tran Thi Mai Anh], 29, said", "[PER Tran Thi Mai Anh], 29, said"],
    ["[ORG Nguyen Thi Kim Ngan] said she would", "[PER Nguyen Thi Kim Ngan] said she would"],
    ["chief [ORG Nguyen Thi Kim Ngan] said", "chief [ORG Nguyen Thi Kim Ngan] said"],
    ["[ORG Tran Thi Mai Anh] said it would", "[ORG Tran Thi Mai Anh] said it would"],
    ["[ORG Tran Thi Holdings Anh], 29, said", "[ORG Tran Thi Holdings Anh], 29, said"],
    // Session 27: one name word no list knows, with an age in commas after it (a surname written alone)
    ["[ORG Menzaghi], 61, was a judge", "[PER Menzaghi], 61, was a judge"],
    ["officials said [ORG Okwuosa], 54, had resigned", "officials said [PER Okwuosa], 54, had resigned"],
    // not a word some list knows, nor one in capitals; not a year or a count; not ", who" (a passive's agent)
    ["[ORG Holdings], 61, said", "[ORG Holdings], 61, said"],
    ["[ORG Norway], 41, said", "[ORG Norway], 41, said"],
    ["[ORG ZORVEX], 41, said", "[ORG ZORVEX], 41, said"],
    ["[ORG Menzaghi], 1987, said", "[ORG Menzaghi], 1987, said"],
    ["[ORG Menzaghi], 12 percent", "[ORG Menzaghi], 12 percent"],
    ["a broker contacted by [ORG Menzaghi], who said", "a broker contacted by [ORG Menzaghi], who said"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe("a first name that is also a place or a word, then a name word no list knows, in a person's context", () => {
  it.each([
    // a reporting verb of one speaker right after: read as a firm or a place, a person
    [
      "[ORG Dawn Kettleby] warned that prices would rise.",
      "[PER Dawn Kettleby] warned that prices would rise.",
    ],
    [
      "[ORG Ivy Quarrie] told reporters the deal was off.",
      "[PER Ivy Quarrie] told reporters the deal was off.",
    ],
    [
      "[LOC Virginia Tresswick] said the plan would fail.",
      "[PER Virginia Tresswick] said the plan would fail.",
    ],
    // read as a place: an age or an office in apposition, as for unknown name words read as a firm
    ["[LOC Florence Lindqvar], 42, was arrested.", "[PER Florence Lindqvar], 42, was arrested."],
    [
      "[LOC Georgia Kettleby], the mayor's spokeswoman, said",
      "[PER Georgia Kettleby], the mayor's spokeswoman, said",
    ],
    // guards: a plural's verb; after an article; a firm by its legal form elsewhere in the text; a place the
    // gazetteer knows; an ordinary word; a first name with no other reading (the tagger's firm); no person's context
    [
      "traders back from [LOC West Tamberly] say prices fell.",
      "traders back from [LOC West Tamberly] say prices fell.",
    ],
    [
      '"We must act," the [LOC Virginia Tresswick] said.',
      '"We must act," the [LOC Virginia Tresswick] said.',
    ],
    [
      "Shares of [ORG Dawn Kettleby Corp] rose. [ORG Dawn Kettleby] said it would buy the unit.",
      "Shares of [ORG Dawn Kettleby Corp] rose. [ORG Dawn Kettleby] said it would buy the unit.",
    ],
    ["[LOC Santa Clara] said the plan would fail.", "[LOC Santa Clara] said the plan would fail."],
    ["[LOC Jordan Valley] farmers said it was dry.", "[LOC Jordan Valley] farmers said it was dry."],
    ["[ORG Merrill Quarrie] said the bonds sold well.", "[ORG Merrill Quarrie] said the bonds sold well."],
    ["[LOC Virginia Tresswick] is a small town.", "[LOC Virginia Tresswick] is a small town."],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe('a later cue (a lone surname with an age, "He" opening the next sentence) makes the full name the tagger read as a firm a person (session 27)', () => {
  it.each([
    ["Tarvik Olembe will lead the new inquiry. Olembe, 61, was a judge for 20 years.", ["Tarvik Olembe"]],
    ["Halvard Quessant takes over the agency next month. Quessant, 54, ran the port.", ["Halvard Quessant"]],
    // the next sentence opens with "He" or "She", and the name opens its own, naming no other person
    ["Tarvik Olembe will lead the new inquiry. He was a judge for 20 years.", ["Tarvik Olembe"]],
    ["Halvard Quessant takes over the agency next month. She ran the port.", ["Halvard Quessant"]],
    // no cue: a firm or a person, left as the tagger read it
    ["Halvard Quessant takes over the agency next month.", []],
    ["Halvard Quessant takes over the agency next month. It ran the port.", []],
    [
      "Halvard Quessant takes over the agency from Dana Whitlow next month. He ran the port.",
      ["Dana Whitlow"],
    ],
    ["Shares of Halvard Quessant rose. He said sales were strong.", []],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
