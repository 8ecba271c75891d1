/**
 * An organization's noun as speaker ("the ministry said") names the body the document names with that noun, even
 * when it names it only after the quote and another organization stands before it. All text here is invented for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("`the ministry said` before the document's `Ministry of …`", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a name opened by the head noun after the phrase, over an unrelated firm before it",
      'Priya Ramaswamy joined Telvora from Brightcastle last year. "The review is routine," the ministry said in a statement. The Ministry of Trade said it would report in six weeks.',
      {
        "Priya Ramaswamy": {},
        Telvora: { type: "organization" },
        Brightcastle: { type: "organization" },
        "Ministry of Trade": { type: "organization" },
      },
      [[null, "the ministry", "Ministry of Trade"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("guards: a body named before, or a later name that only holds the noun", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the ministry named before wins over one named after",
      'The Ministry of Health closed two clinics. "Staff will move to the city hospital," the ministry said. The Ministry of Trade was not consulted.',
      { "Ministry of Health": { type: "organization" }, "Ministry of Trade": { type: "organization" } },
      [[null, "the ministry", "Ministry of Health"]],
    ],
    [
      "`the network` is the broadcaster before it, not a later name ending in the noun",
      'Acme Broadcasting rejected the union offer. "This is our final proposal," the network said. Staff at Harbor News Network watched closely.',
      { "Acme Broadcasting": { type: "organization" }, "Harbor News Network": { type: "organization" } },
      [[null, "the network", "Acme Broadcasting"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
