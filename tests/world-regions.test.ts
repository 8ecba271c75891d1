/**
 * The world's first-level regions (scripts/gazetteer-build.ts worldRegions, extract/entities/span-mentions.ts
 * isRegionRead, session 31): a person or organization span that is a region the gazetteer knows and nothing else is
 * a place; a person of the same name stays. Text invented.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { phraseKey } from "../src/extract/entities/gazetteer-model.js";
import { namedOf as named } from "./helpers/document.js";

describe("a region read as a person or a firm is a place", () => {
  it.each([
    ["Zhejiang reported 40 new cases on Monday.", "Zhejiang|place"],
    ["Modi will visit Uttar Pradesh next week.", "Uttar Pradesh|place"],
    ["Kerala's chief minister said schools would close.", "Kerala|place"],
    ["Floods swept through Sindh and Balochistan.", "Sindh|place"],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toContain(expected);
  });

  it.each([
    ["Home Office minister Baroness Scotland said the powers would be rare.", "Scotland|person"],
    ['"It is fair," Lady Scotland told peers.', "Scotland|person"],
  ])("session 34 guard: a peer's territorial name after her title is the peer: %s", (text, expected) => {
    expect(named(text).mentions).toContain(expected);
  });

  it("session 34: a town named with a title, after a preposition of place, is the town", () => {
    const mentions = named(
      "PRINCE GEORGE, B.C. — Thousands fled on Tuesday.\n\nResidents gathered at an evacuation centre in Prince George. Darlene Prince, who fled with her dogs, said she had packed in 10 minutes.",
    ).mentions;
    expect(mentions).not.toContain("George|person");
    expect(mentions).toContain("Prince George|place");
  });

  it.each([
    ["Dorian had weakened to a post-tropical storm by the time it reached Cape Breton.", "Cape Breton"],
    ["Gordex said the expansion of the Cape Spencer facilities would go ahead.", "Cape Spencer"],
  ])("session 34: a name opening on a word only places open is a place: %s", (text, name) => {
    const mentions = named(text).mentions;
    expect(mentions).toContain(`${name}|place`);
    expect(mentions).not.toContain(`${name}|person`);
  });

  it("guard: a person named in full keeps the one-word mention of the name", () => {
    expect(named("Joan Rivers joked about it. Rivers said she was fine.").mentions).toEqual([
      "Joan Rivers|person",
      "Rivers|person",
    ]);
  });
});

describe("the regions' list leaves out what names something else", () => {
  it.each([
    // a region's country, kept for the place
    ["Zhejiang", "China"],
    ["Nord-Kivu", "DR Congo"],
  ])("%s is a region of %s", (name, country) => {
    expect(gazetteer().regions.get(phraseKey(name))?.country).toBe(country);
  });
  it.each([["Central"], ["North-East"], ["Niger"], ["Somali"], ["Nara"], ["Victoria"]])(
    "%s is none",
    (name) => {
      const known = gazetteer().regions.get(phraseKey(name));
      expect(known).toBeUndefined();
    },
  );
});
