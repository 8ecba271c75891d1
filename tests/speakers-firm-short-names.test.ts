/**
 * `“…,” Tolvane said` after "Tolvane Holdings Ltd": a firm's first word the tagger left untagged is the firm
 * speaking, not a person of that name. All text here is written for these tests (invented firms and names).
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("an untagged short name of the document's one firm", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a company's first word",
      'Tolvane Holdings Ltd cut 400 jobs on Monday. "Demand has collapsed," Tolvane said in a statement.',
      { "Tolvane Holdings Ltd": { type: "organization" } },
      [[null, "Tolvane", "Tolvane Holdings Ltd"]],
    ],
    [
      "a club's first word, inverted",
      'Harbury Rovers sacked their coach. "We thank him for his work," said Harbury.',
      { "Harbury Rovers": { type: "organization" } },
      [[null, "Harbury", "Harbury Rovers"]],
    ],
    // Guards: a person the document names so stays the person; a word two firms share names neither.
    [
      "guard: a person of that surname",
      'Jo Tolvane founded Tolvane Holdings Ltd in 1990. "Demand has collapsed," Tolvane said.',
      { "Jo Tolvane": {}, "Tolvane Holdings Ltd": { type: "organization" } },
      [["Jo Tolvane", "Tolvane"]],
    ],
    [
      "guard: two firms of that word",
      'Tolvane Holdings Ltd and Tolvane Mining Corp cut jobs. "Demand has collapsed," Tolvane said.',
      { "Tolvane Holdings Ltd": { type: "organization" }, "Tolvane Mining Corp": { type: "organization" } },
      [["Tolvane", "Tolvane"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
