/**
 * People whose unknown names the tagger reads as firms when they come with an affiliation: "<name> of the <body>"
 * (organization-run-ons.ts, appositive-persons.ts), ", leader of the <party>," or ", an official for …" after the
 * name, and a director's name after the role (appositive-persons.ts). Session 40 probes (an NHS story, a Turkish
 * election, an Indonesian story); invented names only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name of unknown words before “of the <institution>” is a person", () => {
  it.each<[string, string[]]>([
    ["Kavi Ramanathan of the Health Foundation said waiting lists would grow.", ["Kavi Ramanathan"]],
    ["Siraj Anandavel of the Health Foundation said waiting lists would grow.", ["Siraj Anandavel"]],
    [
      "Tim Garrow agreed. Ravi Anandavel of the King's Fund said the service was running hot.",
      ["Tim Garrow", "Ravi Anandavel"],
    ],
    // guard: a firm's legal name
    ["Central Bancorp of the South Inc said profits rose.", []],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("an apposition that names a role before “of”, “for” or “at”", () => {
  it.each<[string, string[]]>([
    ["Meral Askeroglu, leader of the Iyi Party, declined to comment.", ["Meral Askeroglu"]],
    ["Yvo Bertrande, an official for the Conference on Trade, said prices fell.", ["Yvo Bertrande"]],
    // guard: a verb or an adverb before the role is no apposition
    [
      "Dag Rokk, previously president of Smeddon Tool, is now president of Smeddon International.",
      ["Dag Rokk"],
    ],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a name right after “director”", () => {
  it.each<[string, string[]]>([
    [
      "“The forest will be sacrificed,” said Verdant's Kalimantan director Fathur Rozani Fen.",
      ["Fathur Rozani Fen"],
    ],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toContain(people[0]);
  });
});
