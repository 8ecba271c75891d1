/**
 * People of today's news that the 1996 tagger misreads (issue 11): full names compromise's lexicon knows as
 * people, names shown by their shape (a first name and a surname it left out, romanized Chinese and Korean names),
 * titles before a surname, titled first names, and people named before an institution's word. Text written for
 * these tests in Canadian, US and British news styles.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Each person mention's written text (with its title) → the entity it names, in text order. */
function named(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions
    .filter((m) => m.type === "person")
    .map((m) => `${m.title === undefined ? "" : `${m.title} `}${m.text} → ${m.entity}`);
}

describe("a full name the lexicon knows as a person is one, whatever the tagger read", () => {
  it.each([
    [
      "Niles Crane spoke in Seattle on Monday. Dr. Crane said the city had changed. Daphne Crane did not attend.",
      ["Niles Crane → Niles Crane", "Dr. Crane → Niles Crane", "Daphne Crane → Daphne Crane"],
    ],
    // A company named after a person stays the company.
    ["Shares of Walt Disney Co rose 2 pct in heavy trading on Tuesday.", []],
  ])("%s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("a name the tagger missed shows by its shape", () => {
  it.each([
    [
      "The seat went to the FTU's Alice Mok, who beat two rivals by a wide margin.",
      ["Alice Mok → Alice Mok"],
    ],
    [
      "Localist candidate Lam Siu-fung won in New Territories West, while veteran Chan Wai-kit lost.",
      ["Lam Siu-fung → Lam Siu-fung", "Chan Wai-kit → Chan Wai-kit"],
    ],
    // A party's or a company's possessive before a person's name (the tagger reads "Khan" alone, or nothing).
    [
      "Labour's Nadeem Khan won London, and the SNP's Nicola Haddock won Scotland.",
      ["Nadeem Khan → Nadeem Khan", "Nicola Haddock → Nicola Haddock"],
    ],
    // A company's unit is no person.
    ["News Corp's Fox Television Stations unit and Salomon Inc's Salomon Brothers unit were named.", []],
    // A month or a day is no first name; an English compound is no romanized given name.
    ["June T-bond futures opened lower, and Hong Kong-listed shares fell on Wednesday March 4.", []],
  ])("%s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("titles settle who a short name is", () => {
  it.each([
    // The title before a surname the tagger read alone gives its gender.
    [
      "Lorna May and Brendan May met at Downing Street. Mrs May said the guitarist was charming, and Mr May laughed.",
      ["Lorna May → Lorna May", "Brendan May → Brendan May", "Mrs May → Lorna May", "Mr May → Brendan May"],
    ],
    // A knight's or a dame's first name joins the full name written with the same title.
    [
      "Sir Alex Fenwick watched from the stands. Sir Alex said the young side had done well.",
      ["Sir Alex Fenwick → Alex Fenwick", "Sir Alex → Alex Fenwick"],
    ],
    [
      "Dame Judi Denholm opened the theatre in York. Dame Judi told the crowd she loved the city.",
      ["Dame Judi Denholm → Judi Denholm", "Dame Judi → Judi Denholm"],
    ],
    // A royal's first name is no untitled person's first name.
    [
      "Prince Harry watched England play. Harry Dane scored twice.",
      ["Prince Harry → Harry", "Harry Dane → Harry Dane"],
    ],
  ])("%s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("a person named before an institution's word", () => {
  it.each([
    // The document names the person: the namesake is that person.
    [
      "Lena Okafor built the first clinic in 1990. Its doctors trained at the Okafor Centre.",
      ["Lena Okafor → Lena Okafor", "Okafor → Lena Okafor"],
    ],
    // No person of that name in the document: the company's name is no person.
    ["Chrysler Corp said sales rose in March.", []],
  ])("%s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});
