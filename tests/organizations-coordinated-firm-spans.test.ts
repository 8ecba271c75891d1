/**
 * Session 34: two firms the tagger read as one across "and" are two (resolve/names/coordinated-firm-spans.ts).
 * Firm names are well-known companies the gazetteer lists; the sentences are invented.
 */
import { describe, expect, it } from "vitest";
import { mentionAt } from "../src/extract/mention.js";
import { withCoordinatedFirmSpans } from "../src/resolve/names/coordinated-firm-spans.js";
import { namedOf as named } from "./helpers/document.js";

function split(name: string): string[] {
  return withCoordinatedFirmSpans([mentionAt(10, 10 + name.length, name, "organization")]).map(
    (m) => `${m.start}-${m.end}:${m.text}`,
  );
}

describe("an organization naming two known firms is two", () => {
  it.each([
    ["Netflix and Facebook", ["10-17:Netflix", "22-30:Facebook"]],
    ["Microsoft & Sony", ["10-19:Microsoft", "22-26:Sony"]],
    // one known firm, and a name of two words on the other side
    ["Kestrel Holdings and Goldman Sachs", ["10-26:Kestrel Holdings", "31-44:Goldman Sachs"]],
    // Guards: a firm of the whole name; neither side a firm of its own; a company's form after "and"; a
    // one-word side no list knows; a comma inside.
    ["Procter & Gamble", ["10-26:Procter & Gamble"]],
    ["Marks and Spencer", ["10-27:Marks and Spencer"]],
    ["Goldman Sachs and Co Inc", ["10-34:Goldman Sachs and Co Inc"]],
    ["Goldman Sachs and Co", ["10-30:Goldman Sachs and Co"]],
    ["Netflix and Kestrel", ["10-29:Netflix and Kestrel"]],
    ["Sears, Roebuck and Co", ["10-31:Sears, Roebuck and Co"]],
  ])("%s", (name, expected) => {
    expect(split(name)).toEqual(expected);
  });

  it("guard: a person's name is not read", () => {
    expect(
      withCoordinatedFirmSpans([mentionAt(0, 20, "Netflix and Facebook", "person")]).map((m) => m.text),
    ).toEqual(["Netflix and Facebook"]);
  });
});

describe("the resolver applies it (wired in resolve/names/index.ts)", () => {
  it("splits the tagger's one firm", () => {
    const mentions = named("Singh said Netflix and Facebook should pay their fair share.").mentions;
    expect(mentions).toContain("Netflix|organization");
    expect(mentions).toContain("Facebook|organization");
  });
});
