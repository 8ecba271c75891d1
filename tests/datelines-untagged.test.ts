/**
 * Session 14: a dateline's place the tagger left untagged, read in part, or read as two names (datelines.ts): the
 * capitals opening the segment's line before the date are one place. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { datelinePlaces } from "../src/extract/entities/datelines.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

describe("a dateline's place of words in capitals before the date", () => {
  it.each([
    ["MONTE CORVO 1996-08-30 Dana Whitlow", "[LOC MONTE CORVO] 1996-08-30 Dana Whitlow"],
    ["[LOC MONTE] [PER CORVO] 1996-08-30 Dana", "[LOC MONTE CORVO] 1996-08-30 Dana"],
    ["NEW [LOC HARLOW] 1996-08-30 Dana", "[LOC NEW HARLOW] 1996-08-30 Dana"],
    // a month's date after the capitals only when the gazetteer knows them as one place
    ["[LOC SAO] [PER PAULO] March 3 Dana", "[LOC SAO PAULO] March 3 Dana"],
    ["PORTO ALVARES Aug 30 Dana", "PORTO ALVARES Aug 30 Dana"],
    ["CATTLE RECEIPTS FOR MARCH 31 Dana", "CATTLE RECEIPTS FOR MARCH 31 Dana"],
    // a place already read whole stands; no date after the capitals, or mixed case: nothing
    ["[LOC LONDON] 1996-08-30 Dana", "[LOC LONDON] 1996-08-30 Dana"],
    ["MONTE CORVO WINS TITLE", "MONTE CORVO WINS TITLE"],
    ["SOCCER - MONTE CORVO WINS", "SOCCER - MONTE CORVO WINS"],
    ["Monte Corvo 1996-08-30 Dana", "Monte Corvo 1996-08-30 Dana"],
    ["MONTE CORVO said on 1996-08-30", "MONTE CORVO said on 1996-08-30"],
  ])("%j", (marked, expected) => {
    const { text, spans } = parse(marked);
    expect(show(text, datelinePlaces(spans, text, tokenize(text), gazetteer(), 0))).toBe(expected);
  });
});
