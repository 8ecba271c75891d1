/**
 * Session 24: a surname that is also a town, before a deed only a cricketer or a tennis player does or after a
 * dismissal's "by", is the player (player-deeds.ts). On the tagger's spans as invented text shows them. Invented
 * text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { playerDeedSpans } from "../src/extract/entities/player-deeds.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, playerDeedSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a surname before a player's deed is the player", () => {
  it.each([
    ["[ORG Bolton] took three wickets as", "[PER Bolton] took three wickets as"],
    ["Hastings took 4-35 in the second innings", "[PER Hastings] took 4-35 in the second innings"],
    ["[LOC Lancaster] served for the match at 5-4", "[PER Lancaster] served for the match at 5-4"],
    ["[LOC Lancaster] broke serve twice", "[PER Lancaster] broke serve twice"],
    ["Whitlow was bowled by [ORG Hastings] for 12", "[PER Whitlow] was bowled by [PER Hastings] for 12"],
    ["[PER Whitlow] was caught by [LOC Preston] for 40", "[PER Whitlow] was caught by [PER Preston] for 40"],
    // Guards: a county side, a country's side, a known organization; a deed no player's only; a longer person
    // span; "caught by" with no score after it.
    ["[ORG Yorkshire] took three wickets", "[ORG Yorkshire] took three wickets"],
    ["[LOC England] took two wickets", "[LOC England] took two wickets"],
    [
      "the thief was caught by [ORG Interpol] at the border",
      "the thief was caught by [ORG Interpol] at the border",
    ],
    ["[LOC Durham] took three years to build", "[LOC Durham] took three years to build"],
    ["[LOC Durham] was caught in a storm", "[LOC Durham] was caught in a storm"],
    ["the man was caught by [LOC Preston] police", "the man was caught by [LOC Preston] police"],
    ["[PER Dana Hastings] took three wickets", "[PER Dana Hastings] took three wickets"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
