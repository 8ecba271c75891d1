/**
 * Session 28: a side's line-up (a heading at a line's start, a colon, then its players by surname, comma or
 * semicolon between them) names players only (line-ups.ts), whatever else the words could be; so does a list under
 * a players-only heading ("Subs not used:"). On the tagger's spans as invented text shows them, then through the
 * naming passes (an ordinary word or a party's name in a line-up stays a player). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { makeDocument } from "../src/corpus/read.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { extractMentions } from "../src/extract/entities/index.js";
import { lineUpSpans } from "../src/extract/entities/line-ups.js";
import { mentionAt, shortened } from "../src/extract/mention.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, lineUpSpans(text, spans, tokens, 0, tokens.length, gazetteer(), new Set()));
}

describe("a line-up's names are players", () => {
  it.each([
    // a side's heading read as an organization; a town, a firm and two unread words among the names; a
    // substitute in brackets with his minute; the captain's note
    [
      "[ORG Millbrook Athletic]: [PER Tarrant], [LOC Keswick], Hollins, [PER Orme], [ORG Pardew], [PER Quaile], Fenn, [PER Lusby] ([PER Dawlish] 71), [PER Corrie], [PER Barrow] (capt).",
      "[ORG Millbrook Athletic]: [PER Tarrant], [PER Keswick], [PER Hollins], [PER Orme], [PER Pardew], [PER Quaile], [PER Fenn], [PER Lusby] ([PER Dawlish] 71), [PER Corrie], [PER Barrow] (capt).",
    ],
    // a rugby fifteen, positions' groups by semicolons, the side's name unread (most names read as persons)
    [
      "Hornets: [PER Van Reenen]; [PER Sackville], [LOC Ely], [PER Mbeki], Tolley; King, [PER Dunstable]; [PER Ferrier], [ORG Gatsby], [PER Holm], [PER Ives], [PER Jessop], [PER Okoro], [PER Lomu], [PER Marr].",
      "Hornets: [PER Van Reenen]; [PER Sackville], [PER Ely], [PER Mbeki], [PER Tolley]; [PER King], [PER Dunstable]; [PER Ferrier], [PER Gatsby], [PER Holm], [PER Ives], [PER Jessop], [PER Okoro], [PER Lomu], [PER Marr].",
    ],
    // initials before surnames (session 32): the initial is the player's
    [
      "[LOC Wales]: G [PER Thomas] (capt); [PER Rees], [LOC Shanklin], [LOC Henson], S [PER Williams]; S [PER Jones], [ORG Peel]; [PER Jenkins], [PER Davies], [PER Thomas].",
      "[LOC Wales]: [PER G Thomas] (capt); [PER Rees], [PER Shanklin], [PER Henson], [PER S Williams]; [PER S Jones], [PER Peel]; [PER Jenkins], [PER Davies], [PER Thomas].",
    ],
    // a players-only heading: two names are enough
    [
      "Subs not used: [PER Orrell], [LOC Bude], [PER Pymble].",
      "Subs not used: [PER Orrell], [PER Bude], [PER Pymble].",
    ],
    // a span across the comma between two players ("[ORG Fenn, Lusby]"): the frame decides each player's bounds,
    // so both are read apart, where the span passes' insertion (withSpanOver) keeps a crossing span as read
    [
      "[ORG Millbrook Athletic]: [PER Tarrant], [LOC Keswick], Hollins, [PER Orme], [PER Pardew], [PER Quaile], [ORG Fenn, Lusby], [PER Corrie], [PER Barrow] (capt).",
      "[ORG Millbrook Athletic]: [PER Tarrant], [PER Keswick], [PER Hollins], [PER Orme], [PER Pardew], [PER Quaile], [PER Fenn], [PER Lusby], [PER Corrie], [PER Barrow] (capt).",
    ],
    // guards: a country stays a country; a heading inside a sentence; the line goes on after the names; a firm's
    // towns (fewer persons read than places); an unread heading over names few of which read as persons
    [
      "[ORG Millbrook Athletic]: [PER Tarrant], [LOC France], [PER Hollins], [PER Orme], [ORG Pardew], [PER Quaile], [PER Fenn], [PER Lusby]",
      "[ORG Millbrook Athletic]: [PER Tarrant], [LOC France], [PER Hollins], [PER Orme], [PER Pardew], [PER Quaile], [PER Fenn], [PER Lusby]",
    ],
    [
      "The coach named his side: [PER Tarrant], [LOC Keswick], [PER Hollins], [PER Orme], [ORG Pardew], [PER Quaile], [PER Fenn], [PER Lusby].",
      "The coach named his side: [PER Tarrant], [LOC Keswick], [PER Hollins], [PER Orme], [ORG Pardew], [PER Quaile], [PER Fenn], [PER Lusby].",
    ],
    [
      "[ORG Millbrook Athletic]: [PER Tarrant], [LOC Keswick], [PER Hollins], [PER Orme], [ORG Pardew], [PER Quaile], [PER Fenn], [PER Lusby] were all fit on Friday.",
      "[ORG Millbrook Athletic]: [PER Tarrant], [LOC Keswick], [PER Hollins], [PER Orme], [ORG Pardew], [PER Quaile], [PER Fenn], [PER Lusby] were all fit on Friday.",
    ],
    [
      "[ORG Dalesway Coaches]: [LOC Keswick], [LOC Penrith], [PER Appleby], [LOC Kendal], [LOC Sedbergh], [PER Dent], [LOC Hawes], [LOC Settle].",
      "[ORG Dalesway Coaches]: [LOC Keswick], [LOC Penrith], [PER Appleby], [LOC Kendal], [LOC Sedbergh], [PER Dent], [LOC Hawes], [LOC Settle].",
    ],
    [
      "Stops: [ORG Keswick], [LOC Penrith], [PER Appleby], Kendal, [ORG Sedbergh], [PER Dent], Hawes, Settle.",
      "Stops: [ORG Keswick], [LOC Penrith], [PER Appleby], Kendal, [ORG Sedbergh], [PER Dent], Hawes, Settle.",
    ],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

function persons(text: string): string[] {
  const doc = makeDocument("t", "t", text);
  return nameDocument(doc, splitDocument(doc))
    .mentions.filter((m) => m.type === "person")
    .map((m) => m.text);
}

/** The keys of a mention, in the order mentionAt writes them. */
const MENTION_KEYS = "start,end,text,type,entity,title,role";

const REPORT = "Hornets 24 Falcons 21\n\nHornets moved top with a late penalty from Dirk van Reenen.\n\n";

describe("a line-up's players through the naming passes", () => {
  it.each([
    // an ordinary word ("Green", "King", "Bracken"), a town ("Cairns") in a line-up stays a player
    [
      `${REPORT}Falcons: Tavake; Morland, Hesketh, Pellow, Shanklin; Jessop, Bracken; Yelland, Cairns, Vossberg, Chetwin, Ratumaiwai, Vennor (capt), Rendall, Rusk.\n`,
      ["Bracken", "Cairns"],
    ],
    [
      `${REPORT}Hornets: Van Reenen; Sackett, Eronmwon, Abbotsley, Voyle; King, Dawlish; Paynter, Ibarra, Green, Shawcross, Birtles, Worrall, O'Connell, Dallow (capt).\n`,
      ["King", "Green", "Sackett"],
    ],
  ])("%s", (text, names) => {
    const found = persons(text);
    for (const name of names) expect(found).toContain(name);
    // extraction marks the players (Mention.role) and naming takes the mark off: no output carries it
    const doc = makeDocument("t", "t", text);
    const split = splitDocument(doc);
    const marked = extractMentions(doc, split).filter((m) => m.role === "player");
    for (const name of names) expect(marked.map((m) => m.text)).toContain(name);
    expect(nameDocument(doc, split).mentions.filter((m) => m.role !== undefined)).toEqual([]);
    // the role is a key of every mention, undefined but for a player (extract/mention.ts): one hidden class
    expect(extractMentions(doc, split).every((m) => Object.keys(m).join() === MENTION_KEYS)).toBe(true);
    expect(JSON.stringify(nameDocument(doc, split).mentions)).not.toContain('"role"');
  });
  // Session 31: after a side's line-up, a bench, the booked, the sent off and the scorers are players, however few
  // of them the tagger read as persons; a scorer's minutes and a sent-off player's minute are no names.
  it.each([
    [
      `${REPORT}Falcons: Tavake; Morland, Hesketh, Pellow, Shanklin; Jessop, Bracken; Yelland, Cairns, Vossberg, Chetwin.\nSubs Not Used: Keswick, Penrith, Kendal.\nSent Off: Hawes (78).\nGoals: Settle 23, 59 pen, Morland 70.\n`,
      ["Keswick", "Penrith", "Kendal", "Hawes", "Settle", "Morland"],
    ],
  ])("%s", (text, names) => {
    const found = persons(text);
    for (const name of names) expect(found).toContain(name);
  });
  // guard: a players-only heading with no side's line-up before it keeps the tagger's reading of towns
  it("reads towns under a heading alone as towns", () => {
    const found = persons("Stops were added.\n\nBooked: Keswick, Penrith, Kendal, Sedbergh.\n");
    expect(found).not.toContain("Penrith");
  });
  // guard: the same words in prose keep their readings
  it("leaves a sentence's ordinary words alone", () => {
    const found = persons(
      `${REPORT}The Green councillor said the bracken on the hill was cut by Cairns council.\n`,
    );
    expect(found).not.toContain("Green");
    expect(found).not.toContain("Cairns");
  });
});

describe("a rebuilt mention keeps the line-up mark (extract/mention.ts)", () => {
  it("shortened keeps the role and the title", () => {
    const player = mentionAt(0, 15, "Dirk van Reenen", "person", "Dirk van Reenen", undefined, "player");
    const cut = shortened(player, 4, "Dirk");
    expect([cut.role, cut.title, Object.keys(cut).join()]).toEqual(["player", undefined, MENTION_KEYS]);
  });
});

describe("a player read as an organization before a deed with the ball (resolve/names/scorer-deeds.ts)", () => {
  it.each([
    ["Arsenal took the lead before Didier Drogmann headed in a second.", ["Didier Drogmann|person"]],
    // "headed into" is a journey, no header: the side stays a side.
    ["Crystal Palace headed into the break a goal down.", ["Crystal Palace|organization"]],
  ])("%s", (text, expected) => {
    const d = makeDocument("t", "t", text);
    expect(nameDocument(d, splitDocument(d)).mentions.map((m) => `${m.text}|${m.type}`)).toEqual(expected);
  });
});
