/**
 * Session 34: a name read as a place that holds a public body's word is the body (resolve/names/place-bodies.ts).
 * Names invented or generic.
 */
import { describe, expect, it } from "vitest";
import { mentionAt } from "../src/extract/mention.js";
import { withPlaceBodies } from "../src/resolve/names/place-bodies.js";
import { namedOf as named } from "./helpers/document.js";

function typeOf(name: string, type: "place" | "country" | "person" = "place"): string {
  const [m] = withPlaceBodies([mentionAt(0, name.length, name, type)]);
  return `${m?.type}:${m?.entity}`;
}

describe("a place's name holding a public body's word is the body", () => {
  it.each([
    ["Treasury", "organization:Treasury"],
    ["Kestrel Cocoa Board", "organization:Kestrel Cocoa Board"],
    ["Halden City Board of Trade", "organization:Halden City Board of Trade"],
    ["North Kestrel Government", "organization:North Kestrel Government"],
    ["Halden Federal Court", "organization:Halden Federal Court"],
    ["Halden Court of Appeal", "organization:Halden Court of Appeal"],
    // Guards: a palace's or a district's "Court"; a street's or a venue's last word; a word in lower case.
    ["Hampton Court", "place:Hampton Court"],
    ["Earls Court", "place:Earls Court"],
    ["Council Street", "place:Council Street"],
    ["Parliament Square", "place:Parliament Square"],
    ["Senate Arena", "place:Senate Arena"],
    ["Bay of council", "place:Bay of council"],
  ])("%s → %s", (name, expected) => {
    expect(typeOf(name)).toBe(expected);
  });

  it("guard: a person's name is left to the person rules", () => {
    expect(typeOf("Ann Board", "person")).toBe("person:Ann Board");
  });
});

describe("the resolver applies it (wired in resolve/names/index.ts)", () => {
  it.each([
    ["A Treasury spokesman declined to comment.", "Treasury|organization"],
    [
      "Ford is fighting the tax in the Ontario Court of Appeal, he said.",
      "Ontario Court of Appeal|organization",
    ],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toContain(expected);
  });
});
