/**
 * A quote that is a question put to someone ("Ray Whitlow was asked, “…”") is the asker's: the person after
 * "by", else nobody (the reporter), never the person asked nor the speaker before. The answer is the person
 * asked's. All text here is invented.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, type Tagged } from "./helpers/speakers.js";

const BEFORE = 'Tom Hale opened his campaign in Regina. "We will balance the books," Hale said. ';
const TAGGED: Tagged = {
  "Tom Hale": {},
  Hale: { entity: "Tom Hale" },
  "Ray Whitlow": {},
  Whitlow: { entity: "Ray Whitlow" },
  "Mia Lund": {},
};

describe("a question put to someone", () => {
  it.each<[string, string, Speaker[]]>([
    ["`X was asked, “…”`: nobody named asks", 'Ray Whitlow was asked, "Will you resign?"', [[null, null]]],
    [
      "`X was asked whether …: “…”`",
      'Ray Whitlow was asked whether he would resign: "Will you step down before the vote?"',
      [[null, null]],
    ],
    [
      "`X was asked by Y, “…”`: the asker",
      'Ray Whitlow was asked by host Mia Lund, "Will you resign?"',
      [["Mia Lund", "Mia Lund"]],
    ],
    [
      "guard: `X was asked by Y, who …, “…”`: a phrase after `asked` (the asker) is kept",
      'Ray Whitlow was asked by host Mia Lund, who has dismissed the story, "Will you resign? Voters in Regina want to know."',
      [["Mia Lund", "Mia Lund"]],
    ],
    [
      "a fragment in the question: `X was asked by Y whether the plan would risk “…”`",
      'Ray Whitlow was asked by host Mia Lund whether the plan would risk "another decade of debt."',
      [["Mia Lund", "Mia Lund"]],
    ],
    [
      "guard: a fragment the person asked says after `and described it as`",
      'Ray Whitlow was asked about the plan and described it as "another decade of debt."',
      [["Ray Whitlow", "Ray Whitlow"]],
    ],
    [
      "`he was asked, “…”` does not continue the speaker before",
      'Later he was asked, "Will you resign?"',
      [[null, null]],
    ],
    [
      "`X was also asked, “…”`: the name before `asked` is the person asked; the answer is theirs",
      'On the radio, Ray Whitlow was also asked, "Will you resign?" He answered, "Not today."',
      [
        [null, null],
        ["Ray Whitlow", "He"],
      ],
    ],
    [
      "guard: `X was asked whether …: “…”` where the quotation asks nothing is X's answer",
      'Ray Whitlow was asked whether he would resign: "Not before the vote."',
      [["Ray Whitlow", "Ray Whitlow"]],
    ],
    [
      "`X was asked by reporters, who …, “…”`: a relative clause is no indirect question",
      'Ray Whitlow was asked by reporters, who had waited all day, "Tell us about the mill."',
      [[null, null]],
    ],
    [
      "guard: a quote in a sentence of its own after `X was asked about …` is X's answer",
      'Ray Whitlow was asked about the budget. "It was a long night."',
      [["Ray Whitlow", "Ray Whitlow"]],
    ],
    [
      "guard: `X was asked to …: “…”` is a request; the quote is X's",
      'Ray Whitlow was asked to explain the vote: "We had no choice."',
      [["Ray Whitlow", "Ray Whitlow"]],
    ],
    [
      "guard: a reporting verb after `asked` gives the answer: `… and replied: “…”`",
      'Ray Whitlow was asked about the budget and replied: "It is balanced."',
      [["Ray Whitlow", "Ray Whitlow"]],
    ],
    [
      "guard: `Asked whether …, X said, “…”`",
      'Asked whether he would resign, Ray Whitlow said, "Never."',
      [["Ray Whitlow", "Ray Whitlow"]],
    ],
    [
      "guard: `X asked Hale, “…”`: X asks",
      'Ray Whitlow asked Hale, "Will you resign?"',
      [["Ray Whitlow", "Ray Whitlow"]],
    ],
  ])("%s", (_name, text, expected) => {
    // Fragments too: extraction may read a long question after a relative clause as one.
    const [first, ...rest] = resolvedQuotes(BEFORE + text, TAGGED).map(
      (q): Speaker => [q.speaker.name, q.speaker.mention?.text ?? null],
    );
    expect(first).toEqual(["Tom Hale", "Hale"]);
    expect(rest).toEqual(expected);
  });
});
