/**
 * Session 14: in a results list of "Name (Country)" rows, the field after a listed person's country, followed by a
 * result and no country of its own, is the person's team or car, not a person (result-lists.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { personsInResultLists } from "../src/extract/entities/result-lists.js";
import { mentionAt } from "../src/extract/mention.js";
import type { Mention } from "../src/types.js";

/** Mentions of `text`'s [[...]] marks, typed by their prefix ("p:" person, "o:" organization); the last one is read. */
function lastType(marked: string): string | undefined {
  let text = "";
  const mentions: Mention[] = [];
  for (const part of marked.split(/(\[\[[po]:[^\]]+\]\])/)) {
    const match = /^\[\[([po]):([^\]]+)\]\]$/.exec(part);
    if (match === null) {
      text += part;
      continue;
    }
    const name = match[2] as string;
    const type = match[1] === "p" ? "person" : "organization";
    mentions.push(mentionAt(text.length, text.length + name.length, name, type, name));
    text += name;
  }
  personsInResultLists(text, mentions, gazetteer());
  return mentions[mentions.length - 1]?.type;
}

describe("a results row's team or car after the person's country", () => {
  it.each([
    // after the country and a comma, before a result: the car or team
    [
      "1. [[p:Dana Whitlow]] (U.S.), Zentrix Ford, 54.483 2. [[p:Tiihu Okafor]] (Kenya), [[p:Harlan Kestrel]], 54.507",
      "organization",
    ],
    [
      "1. [[p:Dana Whitlow]] (Italy), Acme 4:30:12 2. [[p:Tiihu Okafor]] (France), [[p:Marlo Vance]] 4:30:15",
      "organization",
    ],
    // an untagged chassis word between the country and the engine's name (session 15)
    [
      "1. [[p:Dana Whitlow]] (U.S.), Corvell [[p:Zentrix-Ford]], 54.483 2. [[p:Tiihu Okafor]] (Kenya), Corvell [[p:Zentrix-Ford]], 54.507",
      "organization",
    ],
    // a person with a country of his own, or no result after: a person
    [
      "[[p:Dana Whitlow]] (Kenya), [[p:Maria Ostrova]] (Latvia), [[p:Tiihu Okafor]] (Norway) and others",
      "person",
    ],
    ["[[p:Dana Whitlow]] (Kenya), [[p:Maria Ostrova]] (Latvia), [[p:Tiihu Okafor]] won", "person"],
    // one person listed so is no list
    ["[[p:Dana Whitlow]] (U.S.), [[p:Harlan Kestrel]], 54.507", "person"],
  ])("%s → the last is a %s", (marked, type) => {
    expect(lastType(marked)).toBe(type);
  });
});
