/**
 * Session 28: a dateline's town is a place, there and in the story (extract/entities/datelines.ts)
 * (a probe of 18 invented 2018-20 wire and local stories: Canadian Press, AP, Reuters, CNW, PTI, AAP, AFP, New
 * Zealand and British 2004-05 styles). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Each mention of `word` (in any case) as "text/type". */
const readingsOf = (text: string, word: string): string[] => {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions
    .filter((m) => m.text.toLowerCase() === word.toLowerCase())
    .map((m) => `${m.text}/${m.type}`);
};

describe("a dateline's town before a state or province is a place, there and in the story", () => {
  it.each([
    [
      "Library garden grows\n\nSPENCER, Iowa — The Spencer Public Library has a garden. Volunteers in Spencer built 40 beds, said Harriet Oyelowo.",
      "Spencer",
      ["SPENCER/place", "Spencer/place"],
    ],
    [
      "Budget passes\n\nMILLBROOK, Ont. — Council voted 5-2 on Tuesday, Mayor Dana Holcroft said.",
      "Millbrook",
      ["MILLBROOK/place"],
    ],
    // A date straight after the comma, then the agency.
    [
      "Budget passes\n\nKORLAPUR, Dec 4 (PTI) Council voted 5-2 on Tuesday, Mayor Dana Holcroft said.",
      "Korlapur",
      ["KORLAPUR/place"],
    ],
    // Guards: a person named in the story after a dateline; a person after a date-only dateline.
    [
      "Budget passes\n\nKELSO, Wash. (AP) — Marion Hale said the council voted 5-2. Hale said so.",
      "Marion Hale",
      ["Marion Hale/person"],
    ],
    [
      "Profit rises\n\nOct 3 (Reuters) - Spencer Tolliver, the chief executive, said profit rose.",
      "Spencer Tolliver",
      ["Spencer Tolliver/person"],
    ],
  ])("%s", (text, word, readings) => {
    expect(readingsOf(text, word)).toEqual(readings);
  });
});

/**
 * Session 29: a dateline's town at the story's first line under its headline (extract/entities/dateline-shapes.ts):
 * a town no list knows alone before a dash or colon ("KORVALE —"), a colon after a town ("BANGALORE:", as Indian
 * and Pakistani papers write it), and a known town in title case ("Kelowna —"), as web pages print datelines.
 */
describe("a dateline's town at the story's first line", () => {
  it.each<[string, string, string[]]>([
    ["Mill reopens\n\nKORVALE — The sawmill reopened on Monday after a year.", "Korvale", ["KORVALE/place"]],
    ["Mill reopens\n\nKORVALE: The sawmill reopened on Monday after a year.", "Korvale", ["KORVALE/place"]],
    ["Mill reopens\n\nKorvale — The sawmill reopened on Monday after a year.", "Korvale", ["Korvale/place"]],
    [
      "Mill reopens\n\nBANGALORE: Hiring at software firms slowed in March.",
      "Bangalore",
      ["BANGALORE/place"],
    ],
    ["Pool closes\n\nKelowna — Council voted on Monday to close the pool.", "Kelowna", ["Kelowna/place"]],
    [
      "Pool closes\n\nThunder Bay — Council voted on Monday to close the pool.",
      "Thunder Bay",
      ["Thunder Bay/place"],
    ],
    // Guards: a section's slug, a first name.
    ["Markets wrap\n\nMARKETS - Prices fell on Monday.", "Markets", []],
    ["Council vote\n\nTREVOR — the councillor — voted no on Monday.", "Trevor", ["TREVOR/person"]],
  ])("%j", (text, word, readings) => {
    expect(readingsOf(text, word)).toEqual(readings);
  });
});
