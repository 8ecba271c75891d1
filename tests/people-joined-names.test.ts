/**
 * People per article (text written for these tests): firms of partners joined by "&", court cases, venues,
 * organizations introduced in apposition, teams in a match report, a name the tagger reads in two parts at a
 * capitalized particle, and first names coordinated with a full name. Each text's names are read as persons without these rules.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

function named(text: string, type: "person" | "organization"): string[] {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return [...new Set(mentions.filter((m) => m.type === type).map((m) => m.entity))].sort();
}

describe("names that are part of another thing's name", () => {
  it.each([
    // A firm of partners.
    [
      "Dana Whitlock, a broker at Marchetti & Okonkwo, said the tower would sell.",
      ["Dana Whitlock"],
      ["Marchetti & Okonkwo"],
    ],
    // A court case; a venue before its lower-case noun.
    ["The judge cited Marchetti v. Okonkwo in his ruling.", [], []],
    ["Fans packed the Marchetti stadium on Saturday to see Ivo Prentiss play.", ["Ivo Prentiss"], []],
    // Tracks, and a ground after "the" (session 22).
    ["Atletico will play at the Teodoro Marquez ground until the pitch is repaired.", [], []],
    ["Fans gathered outside the Marnie Gale velodrome before the final.", [], []],
    ["Riders lapped the Brenzo circuit in record time on Sunday.", [], []],
    ["The horses were moved to the Dana Whitlow racetrack.", [], []],
    // An organization introduced in apposition, after it or before it.
    [
      "The figures came from Marchetti, a start-up that tracks loans. Omar Lindqvist agreed.",
      ["Omar Lindqvist"],
      ["Marchetti"],
    ],
    ["Her latest start-up, Marchetti, sells maps. Omar Lindqvist agreed.", ["Omar Lindqvist"], ["Marchetti"]],
    // A company's word after the name.
    ["He also founded Marchetti Realty, a firm focused on real estate.", [], ["Marchetti Realty"]],
    // A team in a match report's fixture.
    [
      "Wigmore drew 1-1 with Marchetti on Saturday. The striker Tomas Ek scored.",
      ["Tomas Ek"],
      ["Marchetti"],
    ],
  ])("%s", (text, people, organizations) => {
    expect(named(text, "person")).toEqual(people);
    expect(named(text, "organization")).toEqual(expect.arrayContaining(organizations));
  });
});

describe("names that stay persons", () => {
  it.each([
    // Authors of a citation; a titled name beside a court case's name.
    ["Earlier work agrees (Marchetti & Okonkwo, 2014).", ["Marchetti"]],
    ["Mrs Wade said the ruling in Roe v. Wade would stand.", ["Wade"]],
    // "ground" as a verb after a person: a venue only after "the" (session 22).
    ["Dana Whitlow ground her teeth as the result came in.", ["Dana Whitlow"]],
    // A tennis match's sets are no football score.
    ["In the league final, Marchetti beat Okonkwo 6-3 6-4. Okonkwo cried.", ["Marchetti", "Okonkwo"]],
    // A nickname between first name and surname, the surname then used alone.
    [
      "Walter (Buck) Murphy, the city's commissioner, blamed outsiders. Murphy left.",
      ["Walter (Buck) Murphy"],
    ],
    ['Luis "Tito" Fernandez of Oakland carried a picture. Fernandez wept.', ['Luis "Tito" Fernandez']],
    // The tagger's two halves of one name at a capitalized particle.
    [
      "Former minister Khalid al-Harthy met Jean-Claude Van Dessel and Ludwig van Oosterhout's biographer Pieter de Vries.",
      ["Jean-Claude Van Dessel", "Khalid al-Harthy", "Ludwig van Oosterhout", "Pieter de Vries"],
    ],
  ])("%s", (text, people) => {
    expect(named(text, "person")).toEqual(people);
  });
});

describe("a first name coordinated with a full name takes its surname", () => {
  it.each([
    [
      "The arrow was one of 102 found by retired couple Brian and Charlotte Marchetti, who travelled across the US.",
      ["Brian Marchetti", "Charlotte Marchetti"],
    ],
    [
      "Much of the money comes from donors led by Charles G. and David H. Marchetti.",
      ["Charles G. Marchetti", "David H. Marchetti"],
    ],
    // A surname, by the lexicon or by the document, stays its own person.
    ["The award went to Harper and George W. Marchetti.", ["George W. Marchetti", "Harper"]],
    [
      "Lawyer William B. Marchetti arrived. Few survived, including Marchetti and James Okonkwo.",
      ["James Okonkwo", "William B. Marchetti"],
    ],
  ])("%s", (text, people) => {
    expect(named(text, "person")).toEqual(people);
  });
});
