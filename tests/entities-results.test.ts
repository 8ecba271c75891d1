/**
 * Post-tagger rules of extract/entities for sports results and for names the tagger cuts or joins wrongly, on
 * invented text: a town's name in a result is its club (an organization), a country's stays a country.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** "type:text" of every mention annotate writes. */
const mentions = (text: string): string[] => {
  const d = bodyOnlyDocument(text);
  return nameDocument(d, splitDocument(d)).mentions.map((m) => `${m.type}:${m.text.replace(/\s+/g, " ")}`);
};

type Row = [string, string[], string[]];

function expectMentions(text: string, present: string[], absent: string[]): void {
  const found = mentions(text);
  for (const m of present) expect(found).toContain(m);
  for (const m of absent) expect(found).not.toContain(m);
}

describe("a town's name in a result is its club", () => {
  it.each<Row>([
    // A result line: both towns scored.
    [
      "Rugby union results on Saturday: Swindon 31 Ipswich 17, Norwich 9 Wrexham 22.",
      ["organization:Swindon", "organization:Norwich"],
      ["place:Swindon"],
    ],
    // A league table's row.
    ["WESTERN GROUP\nDENVER 70 61 .534 -\nTULSA 66 64 .508 3 1/2", ["organization:DENVER"], ["place:DENVER"]],
    // The opponent after "win over" or "lost to" in a sentence with the score.
    [
      "Dana Whitlow scored twice in the 40-12 win over Swindon on Sunday.",
      ["organization:Swindon"],
      ["place:Swindon"],
    ],
    ["The visitors lost to Norwich 3-1 after extra time.", ["organization:Norwich"], ["place:Norwich"]],
    // No score: the towns stay places.
    ["The council said Denver beat Tulsa to the new airport.", ["place:Tulsa"], ["organization:Tulsa"]],
    // A number of people after a town is no score.
    ["In Norwich 12 people were hurt when the roof fell.", ["place:Norwich"], ["organization:Norwich"]],
    // National sides are their countries, and a nation of the United Kingdom is no town; "Turkey" is the country.
    [
      "Poland beat Turkey 3-1 on Sunday and Wales beat Malta 4-0.",
      ["country:Turkey", "place:Wales"],
      ["organization:Turkey", "organization:Wales"],
    ],
  ])("%s", expectMentions);
});

describe("a name cut at its particle is one person", () => {
  it.each<[string, string]>([
    ["A late try from Van der Merwe sealed the win.", "Van der Merwe"],
    ["Finance Minister Kamau wa Ndegwa said on Tuesday the budget would pass.", "Kamau wa Ndegwa"],
  ])("%s", (text, person) => {
    expect(mentions(text)).toContain(`person:${person}`);
  });
});

describe("a lone word in capitals that the document treats as an acronym is an organization's", () => {
  it.each<Row>([
    [
      "Critics called the film a tribute to the ARI and its leaders, the director said.",
      ["organization:ARI"],
      ["person:ARI"],
    ],
    ["Ira Delman said the talks would resume on Monday.", ["person:Ira Delman"], []],
    // A nickname in capitals met once, with no article or brackets, stays a person.
    ["Everyone agreed that DANO was the best coach the club ever had.", [], ["organization:DANO"]],
    // A ticker in brackets is the company's.
    ["Shares of Hartwell Mills Inc <HWM> rose 2 cts.", ["organization:HWM"], ["person:HWM"]],
    // Capitals read as letters, not as a name (no vowel, or two consonants that open no name), met once.
    ["In a July interview with KTVB, he spoke well of the plan.", ["organization:KTVB"], ["person:KTVB"]],
    ["In a July interview with WKRP, he spoke well of the plan.", ["organization:WKRP"], ["person:WKRP"]],
    // Guards: capitals that read as a name stay a person, with an onset of other languages too; letters
    // that spell a dictionary word (hundredweight) are no organization.
    ["In a long interview, BRANKO said the deal was done.", ["person:BRANKO"], ["organization:BRANKO"]],
    ["By the way, MBEKO was the first to do it.", ["person:MBEKO"], ["organization:MBEKO"]],
    ["Prices were quoted per CWT, the agency said.", [], ["organization:CWT", "person:CWT"]],
  ])("%s", expectMentions);
});

describe("lists of places with quantities and wire furniture stay as they were", () => {
  it.each<Row>([
    // A commodity report's delivery points, each with its quantity: places, not clubs.
    [
      "TENDERS - Denver 29, Tulsa 6, Omaha 8\nDEMANDS - nil",
      ["place:Tulsa", "place:Omaha"],
      ["organization:Omaha"],
    ],
    // A continent's row of a table is no club.
    ["Region 1986 1985\nAfrica 45 50\nNorth America 354 389", [], ["organization:North America"]],
    // A wire's sign-off alone on its line is no organization's acronym.
    ["Dana Whitlow said profits rose in the quarter.\n REUTER", [], ["organization:REUTER"]],
  ])("%s", expectMentions);
});

describe("a sentence's opening article is no part of a place's name", () => {
  it.each<Row>([
    [
      "The United States will send two envoys to the talks next month.",
      ["country:United States"],
      ["country:The United States"],
    ],
    ["Talks opened in The Hague on Monday.", ["place:The Hague"], []],
  ])("%s", expectMentions);
});

describe("a place cut short of its known name is completed", () => {
  it.each<Row>([
    ["UNITED STATES - Bond prices fell in quiet trade.", ["country:UNITED STATES"], ["place:UNITED"]],
    ["Shares rose in STERLING HEIGHTS, Mich. on Monday.", ["place:STERLING HEIGHTS"], ["place:STERLING"]],
    // French and Spanish firms with "de" stay out of the particle rule.
    ["The bonds were sold by Banque de Credit Agricole on Monday.", [], ["person:Banque de Credit Agricole"]],
  ])("%s", expectMentions);
});

describe("a place that only names an event is no place", () => {
  it.each<Row>([
    [
      "Dana Whitlow beat Tamsin Orvell in the final of the Berlin Open on Sunday.",
      [],
      ["place:Berlin Open", "place:Berlin"],
    ],
    [
      "The documentary was shown at the Rotterdam Film Festival last year.",
      [],
      ["place:Rotterdam Film", "place:Rotterdam"],
    ],
    ["Dana Whitlow won the Denver Marathon in April.", [], ["place:Denver"]],
    // The place itself stays where it is one.
    ["Dana Whitlow flew to Norwich on Friday.", ["place:Norwich"], []],
  ])("%s", expectMentions);
});
