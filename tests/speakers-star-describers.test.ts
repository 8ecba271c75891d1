/**
 * "star", the showbiz calling news writes only in lower case (LOWER_CASE_CALLINGS), as a speaker's describer:
 * "The Oscar-nominated star added:", "the star said" go to the person the text called the star; a capital "Star"
 * (a newspaper) and a bare "star" cut off by a quoted title stay as before. And a headline-style describer with
 * no article ("says Oscar-nominated star") is a role phrase, not the name "Oscar-nominated". All text invented.
 */
import { describe, expect, it } from "vitest";
import { textDocument } from "../src/corpus/read.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const PENHALLOW =
  "The Oscar-nominated star Marla Penhallow spoke about her win. Director Tom Rees was delighted. ";

describe("the star as a speaker", () => {
  it.each<[string, Tagged, Speaker[]]>([
    [
      `${PENHALLOW}The Oscar-nominated star added: "I still cannot believe it."`,
      { "Marla Penhallow": {}, "Tom Rees": {} },
      [["Marla Penhallow", "The Oscar-nominated star"]],
    ],
    [
      `${PENHALLOW}The star added: "I still cannot believe it."`,
      { "Marla Penhallow": {}, "Tom Rees": {} },
      [["Marla Penhallow", "The star"]],
    ],
    [
      `${PENHALLOW}"I still cannot believe it," the star said.`,
      { "Marla Penhallow": {}, "Tom Rees": {} },
      [["Marla Penhallow", "the star"]],
    ],
    [
      'Marla Penhallow, the Tarrow-born star, spoke about her win. Director Tom Rees was delighted. The Bafta-winning star told the Tarrow Times: "I still cannot believe it."',
      { "Marla Penhallow": {}, "Tom Rees": {} },
      [["Marla Penhallow", "The Bafta-winning star"]],
    ],
    // Read as a phrase now (it was none); nobody described so: the subject of the sentence before (session 38).
    [
      'Marla Penhallow spoke about her win. The reality TV star added: "I still cannot believe it."',
      { "Marla Penhallow": {} },
      [["Marla Penhallow", "The reality TV star"]],
    ],
  ])("%s", (text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("guards: a capital Star, a bare star after a quoted title", () => {
  it.each<[string, Tagged, Speaker[]]>([
    // A newspaper is no describer.
    [
      'The Oscar-nominated star Marla Penhallow spoke about her win. "She was wonderful," the Tarrow Star said.',
      { "Marla Penhallow": {}, "Tarrow Star": { type: "organization" } },
      [[null, "Tarrow Star", "Tarrow Star"]],
    ],
    // `the “<Film>” star posted …:` cuts the phrase at the title's mark: the quote's own "she wrote" speaks.
    [
      'Fans cheered when Dana Whitlow announced her comeback tour on Monday. Later, the "Lantern Road" star posted a long note online about her decision to return: "I missed the stage more than I can say," she wrote. "Every night away from it felt long."',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "she"]],
    ],
  ])("%s", (text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a headline's describer with no article", () => {
  it("`says Oscar-nominated star` is the star the body names", () => {
    const doc = textDocument(
      "t",
      "t",
      "'It was the best night of my life' says Oscar-nominated star\n\nThe Oscar-nominated star Marla Penhallow spoke about her win at the Harbury film awards.\n",
    );
    const [quote] = nameDocument(doc, splitDocument(doc)).quotes;
    expect([quote?.speaker.name, quote?.speaker.mention?.text]).toEqual([
      "Marla Penhallow",
      "Oscar-nominated star",
    ]);
  });
});
