/**
 * Session 16: a letter alone is no place and no demonym (index.ts mentionsOfSpan, gazetteer-sources.ts: an empty
 * demonym's "plural" "s" no longer reads as a people's name). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { extractMentions } from "../src/extract/entities/index.js";
import { splitDocument } from "../src/text/split.js";

function mentions(text: string): string {
  const doc = { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" } as const;
  return extractMentions(doc, splitDocument(doc))
    .filter((m) => m.type === "place" || m.type === "country" || m.type === "demonym")
    .map((m) => `${m.type}:${m.text}`)
    .join(" | ");
}

describe("a letter alone names no place or people", () => {
  it.each([
    ["The debt is rated BBB by S/P. S and P said the outlook is stable.", ""],
    ["Agency S and P cut the rating of Ohio bonds.", "place:Ohio"],
    ["SOCCER - ORLAN 'S EXCUSE NOT ENOUGH FOR CLUB", ""],
    // places and peoples of more letters stay
    ["Troops left Ohio and the Swiss stayed.", "place:Ohio | demonym:Swiss"],
    // a country's initialism without its last stop is the country (glued-initialisms.ts)
    ["Exports to the U.S rose 4 pct, and those to the U.K fell.", "country:U.S | country:U.K"],
    ["Acme said U.S/Norland relations were calm.", "country:U.S | place:Norland"],
    ["Acme bought shares of Orvel <ORVL.S> on Monday.", ""],
    ["Acme sold its U.S.A.-made parts.", "country:U.S.A."],
  ])("%s → %s", (text, expected) => {
    expect(mentions(text)).toBe(expected);
  });
});

function organizations(text: string): string {
  const doc = { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" } as const;
  return extractMentions(doc, splitDocument(doc))
    .filter((m) => m.type === "organization" && m.text.length <= 2)
    .map((m) => m.text)
    .join(" | ");
}

describe("a letter glued after a stop names no firm (a ticker's exchange code)", () => {
  it.each([
    ["Shares of Orvel Holding AG <ORVZ.Z> rose on Monday.", ""],
    // a one-letter ticker of its own stays the firm's
    ["Shares of Acme Corp <X> fell.", "X"],
  ])("%s → %s", (text, expected) => {
    expect(organizations(text)).toBe(expected);
  });
});
