/**
 * Session 20, span repairs for other countries' wire styles. The agency in brackets that ends a dateline ("BEIJING
 * (AFP) -", "SEOUL, Jan 25 (Yonhap) --") is an organization, though the tagger read it as a place or a person
 * (datelines.ts); initials without stops after a title ("Dr. VK Menon"-shaped) take the surname after them
 * (initials.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { callingPersons } from "../src/extract/entities/calling-names.js";
import { datelinePlaces } from "../src/extract/entities/datelines.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extendInitials } from "../src/extract/entities/initials.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

describe("an agency in brackets ending a dateline", () => {
  it.each([
    // after the place alone, before a dash
    ["[LOC HARLOW] ([LOC AFP]) - Dana Whitlow won.", "[LOC HARLOW] ([ORG AFP]) - Dana Whitlow won."],
    // after a date, before two hyphens
    [
      "[LOC HARLOW], Jan 25 ([LOC Yonhap]) -- Dana Whitlow won.",
      "[LOC HARLOW], Jan 25 ([ORG Yonhap]) -- Dana Whitlow won.",
    ],
    // after a region in mixed case, read as a person
    [
      "[LOC HARLOW], Essex ([PER Bernama]) — Dana Whitlow won.",
      "[LOC HARLOW], Essex ([ORG Bernama]) — Dana Whitlow won.",
    ],
    // no dash: the story goes on after the bracket (Indian wires)
    [
      "Headline\nNEW HARLOW, Oct. 11 ([PER PTI]) Minister Dana Whitlow said.",
      "Headline\nNEW HARLOW, Oct. 11 ([ORG PTI]) Minister Dana Whitlow said.",
    ],
    // Guards: a bracket inside a sentence, after a line in mixed case, at a line's start, or two words in it.
    [
      "Sales rose in [LOC Harlow] ([LOC Essex]) on Monday.",
      "Sales rose in [LOC Harlow] ([LOC Essex]) on Monday.",
    ],
    ["[LOC Harlow] ([LOC Essex]) - the town grew.", "[LOC Harlow] ([LOC Essex]) - the town grew."],
    ["Headline\n([LOC Harlow]) - the town grew.", "Headline\n([LOC Harlow]) - the town grew."],
    ["Dana Whitlow WON\n([LOC Essex]) - the town grew.", "Dana Whitlow WON\n([LOC Essex]) - the town grew."],
    ["[LOC HARLOW] ([LOC New Essex]) - Dana won.", "[LOC HARLOW] ([LOC New Essex]) - Dana won."],
    ["[LOC HARLOW] ([ORG UPI]) - Dana won.", "[LOC HARLOW] ([ORG UPI]) - Dana won."],
    // A firm's region in brackets after its name in capitals, and a price table's terms: no dash nor date after.
    [
      "[ORG ACME] ([LOC Westland]) Finance Ltd is issuing",
      "[ORG ACME] ([LOC Westland]) Finance Ltd is issuing",
    ],
    ["HARLOW BAY ([LOC CIF])....120/125", "HARLOW BAY ([LOC CIF])....120/125"],
    // A headline opening with a number, not a place (a CHECK document's shape).
    ["9 ([MISC More]) Baffling Rules", "9 ([MISC More]) Baffling Rules"],
    // A country the gazetteer knows is no agency.
    ["[LOC HARLOW] ([LOC Canada]) - Dana won.", "[LOC HARLOW] ([LOC Canada]) - Dana won."],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, datelinePlaces(spans, text, tokenize(text), gazetteer(), -1))).toBe(expected);
  });
});

describe("initials without stops after a title, read alone as the person: the surname after them joins", () => {
  it.each([
    ["said Dr. [PER VK] Whitlow on Friday.", "said Dr. [PER VK Whitlow] on Friday."],
    ["by Prof. [PER PSK] Okafor of the institute", "by Prof. [PER PSK Okafor] of the institute"],
    // Guards: no title before the capitals, four capitals, no name after them.
    ["said [PER VK] Whitlow on Friday.", "said [PER VK] Whitlow on Friday."],
    ["said Dr. [PER VKSB] Whitlow on Friday.", "said Dr. [PER VKSB] Whitlow on Friday."],
    ["said Dr. [PER VK] on Friday.", "said Dr. [PER VK] on Friday."],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    const tokens = tokenize(text);
    expect(show(text, extendInitials(spans, tokens, text, tokens.length, gazetteer()))).toBe(expected);
  });
});

describe("a name right after a performer's or an athlete's calling is a person's", () => {
  it.each([
    ["The singer [MISC Mirela] will tour Asia.", "The singer [PER Mirela] will tour Asia."],
    ["Kenyan runner [ORG Dana Chepkirui] set a record.", "Kenyan runner [PER Dana Chepkirui] set a record."],
    ["joined by the singer [ORG Ayu Rantesi], who", "joined by the singer [PER Ayu Rantesi], who"],
    ["Brazilian striker [LOC Zelinho] scored twice.", "Brazilian striker [PER Zelinho] scored twice."],
    // The calling capitalized at a sentence's start: outside the span, or read into the person's.
    ["Rapper [LOC Zarvo] released an album.", "Rapper [PER Zarvo] released an album."],
    ["It rained. [PER Drummer Kez] said so.", "It rained. Drummer [PER Kez] said so."],
    ["It rained. [PER Striker Zelinho] scored.", "It rained. Striker [PER Zelinho] scored."],
    // Guards: a company's word after the name, a place the gazetteer knows, a noun no calling, the noun
    // capitalized (a firm's own name), a person already; a capitalized calling inside a sentence (a surname).
    ["the singer [ORG Acme] Ltd sold shares.", "the singer [ORG Acme] Ltd sold shares."],
    ["its new-runner [ORG Harlow Max] sold", "its new-runner [ORG Harlow Max] sold"],
    ["the runner [LOC London] hosts", "the runner [LOC London] hosts"],
    ["its partner [ORG Acme Bank] said", "its partner [ORG Acme Bank] said"],
    ["The Singer [ORG Harlow] plant closed.", "The Singer [ORG Harlow] plant closed."],
    ["the singer [PER Dana Whitlow] sang", "the singer [PER Dana Whitlow] sang"],
    ["said Senator [PER Boxer Whitlow] today", "said Senator [PER Boxer Whitlow] today"],
    ["It rained. [PER Boxer] said so.", "It rained. [PER Boxer] said so."],
    // Session 23: media and online callings; "host" and "anchor" only after their medium.
    ["the pundit [ORG Tavoru Menzaghi] said", "the pundit [PER Tavoru Menzaghi] said"],
    ["blogger [ORG Ilkovan Okwuosa] wrote", "blogger [PER Ilkovan Okwuosa] wrote"],
    ["the photographer [ORG Nilufar Azimova] said", "the photographer [PER Nilufar Azimova] said"],
    ["TV host [ORG Tavoru Menzaghi] said", "TV host [PER Tavoru Menzaghi] said"],
    ["the talk show host [ORG Ilkovan Okwuosa] said", "the talk show host [PER Ilkovan Okwuosa] said"],
    ["news anchor [ORG Nilufar Azimova] said", "news anchor [PER Nilufar Azimova] said"],
    ["the web host [ORG Tavoru Menzaghi] said", "the web host [ORG Tavoru Menzaghi] said"],
    ["its anchor tenant [ORG Tavoru Menzaghi] said", "its anchor tenant [ORG Tavoru Menzaghi] said"],
    ["the chip designer [ORG Tavoru Menzaghi] said", "the chip designer [ORG Tavoru Menzaghi] said"],
    ["TV host [LOC Brazil] won", "TV host [LOC Brazil] won"],
    // A player's rank before the name ("top seed", "number one", "No. 1"); not a known place or a firm's form.
    ["Top seed [ORG Tavoru Menzaghi] lost.", "Top seed [PER Tavoru Menzaghi] lost."],
    ["British number one [LOC Ilkovan Okwuosa] lost", "British number one [PER Ilkovan Okwuosa] lost"],
    ["world number two [ORG Nilufar Azimova] won", "world number two [PER Nilufar Azimova] won"],
    ["Parana No. 4 [ORG Feb] 96.00", "Parana No. 4 [ORG Feb] 96.00"],
    ["top seed [LOC Brazil] won", "top seed [LOC Brazil] won"],
    ["number one [ORG Tavoru] Ltd said", "number one [ORG Tavoru] Ltd said"],
    ["one [ORG Tavoru Menzaghi] said", "one [ORG Tavoru Menzaghi] said"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, callingPersons(spans, tokenize(text), gazetteer()))).toBe(expected);
  });
});
