/**
 * Session 20: names written in other countries' orders and forms (issue 11, "news from other countries"): a family
 * name written first that is also an English first name, joined by its courtesy title ("Mr Long" → "Long Wei").
 * Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** Each person mention's written text → the entity it names, in text order. */
function named(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions.filter((m) => m.type === "person").map((m) => `${m.text} → ${m.entity}`);
}

describe("a courtesy title before a family name written first that is also an English first name", () => {
  it.each([
    [
      "The bank will cut rates, Long Wei said on Monday. Mr Long gave no date.",
      ["Long Wei → Long Wei", "Long → Long Wei"],
    ],
    [
      "The court heard from Chan Ka-ming, a driver. Mr Chan was then cross-examined.",
      ["Chan Ka-ming → Chan Ka-ming", "Chan → Chan Ka-ming"],
    ],
    [
      "Sales rose, Kim Ji-hoon said. Mr. Kim gave no figures.",
      ["Kim Ji-hoon → Kim Ji-hoon", "Kim → Kim Ji-hoon"],
    ],
    // Guards: a full name whose surname the document writes alone; two full names opening with the word; a royal's
    // title, which goes with a given name; the surname at the end as usual.
    [
      "Sales rose, John Whitlow said. Whitlow is the chairman. Mr John disagreed.",
      ["John Whitlow → John Whitlow", "Whitlow → John Whitlow", "John → John"],
    ],
    [
      "Park Ji-sung and Park Soo-min met on Monday. Mrs Park said no.",
      ["Park Ji-sung → Park Ji-sung", "Park Soo-min → Park Soo-min", "Park → Park"],
    ],
    [
      "Prince Harry watched the match. Harry Dane scored twice.",
      ["Harry → Harry", "Harry Dane → Harry Dane"],
    ],
    ["Sales rose, Dana Long said. Mr Long gave no figures.", ["Dana Long → Dana Long", "Long → Dana Long"]],
    // A titled surname inside a Spanish double surname joins as before (a CHECK document's shape).
    [
      "Sales rose, Dana Ruiz Ortega said. Ms. Ruiz gave no figures.",
      ["Dana Ruiz Ortega → Dana Ruiz Ortega", "Ruiz → Dana Ruiz Ortega"],
    ],
  ])("%s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("a calling capitalized at a sentence's start is no part of the name (calling-names.ts)", () => {
  it.each([
    ["Novelist Pyle said he would build there. Pyle bought the site in May.", ["Pyle"]],
    ["Drummer Kez said the tour was sold out.", ["Kez"]],
    // Guard: a descriptor that is no calling stays, with no full name to join (descriptor-led-names.ts).
    ["Investor Pyle said he would build there. Pyle bought the site in May.", ["Investor Pyle"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
