/**
 * extract/entities/city-teams.ts: a town and a capitalized plural right after it ("the Calgary Flames") is a team,
 * an organization; places' plurals, events and dates are not (session 30, issue 11). Teams' nicknames invented
 * where the town is real.
 */
import { describe, expect, it } from "vitest";
import { namedOf } from "./helpers/document.js";

/** "text|type" of every mention of a body-only document. */
const mentionsOf = (text: string): string[] => namedOf(text).mentions;

describe("a town and a plural nickname is a team (city-teams.ts)", () => {
  it.each([
    ["The Calgary Quokkas beat the visitors 3-2 on Saturday.", "Calgary Quokkas|organization"],
    ["Fans of the Ottawa Senators waited outside.", "Ottawa Senators|organization"],
    ["The Toronto Maple Leafs lost again.", "Toronto Maple Leafs|organization"],
    ["He was traded to the Vancouver Marmots last spring.", "Vancouver Marmots|organization"],
    // A town of three tokens.
    ["The Jets open against the St. Louis Blues on Oct. 4.", "St. Louis Blues|organization"],
    // A singular nickname; a plural nickname alone after "the", which the tagger read as a place.
    ["The Leafs play the Tampa Bay Lightning on Tuesday.", "Tampa Bay Lightning|organization"],
    ["Drake sat courtside as the Raptors beat the Bucks.", "Raptors|organization"],
  ])("%s", (text, expected) => {
    expect(mentionsOf(text)).toContain(expected);
  });
});

describe("places, events and dates are no teams (city-teams.ts)", () => {
  it.each([
    // A place's plural word, or a place the gazetteer knows whole.
    ["Tourists flocked to Niagara Falls on Sunday.", "Niagara Falls|organization"],
    ["She grew up in Colorado Springs before the war.", "Colorado Springs|organization"],
    ["Residents of the Ottawa Heights estate protested.", "Ottawa Heights|organization"],
    // An event's plural.
    ["Tickets for the Calgary Olympics sold out.", "Calgary Olympics|organization"],
    // A division's word in the name, or a body's word after a possessive plural.
    [
      "said Prince George District Teachers' Association president Tanya Kaiser.",
      "George District Teachers|person",
    ],
    ["The Calgary Teachers' Association voted on Monday.", "Calgary Teachers|organization"],
    // A weekday's plural dates.
    ["She drove to Calgary Tuesdays and back on Fridays.", "Calgary Tuesdays|organization"],
    // A region's plural after "the".
    ["Farmers on the Prairies and in the States complained.", "Prairies|organization"],
    // The name goes on past the plural: a union's name, read by the tagger as it is.
    ["Members of Calgary Teachers Local voted to strike.", "Calgary Teachers|organization"],
  ])("%s", (text, unexpected) => {
    expect(mentionsOf(text)).not.toContain(unexpected);
  });

  it("a nickname across a line break is no team's ('Midland\\nTexas')", () => {
    expect(mentionsOf("The rig near Midland\nTexans was shut on Monday.")).not.toContain(
      "Midland\nTexans|organization",
    );
  });
});
