/**
 * A quote that is the subject of its owner's speech-act noun (session 22, issue #11 item 3, British sport and
 * politics styles): "“We go again,” was Whitlow's verdict", "came the reply from Whitlow", "Whitlow's response:
 * “…”". Before, such quotes had no speaker (or went to the owner only as a partial quote). Text written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

function quotesOf(text: string): Array<[string | null, boolean]> {
  const doc = bodyOnlyDocument(text);
  const { quotes } = nameDocument(doc, splitDocument(doc));
  return quotes.map((q) => [q.speaker.name, q.partial]);
}

const LEAD = "Dana Whitlow lost the final on Sunday.";

describe("the owner of the speech-act noun a quote is joined to speaks", () => {
  it.each<[string, Array<[string | null, boolean]>]>([
    [`${LEAD} "We go again," was Whitlow's verdict.`, [["Dana Whitlow", false]]],
    [`${LEAD} "We go again," was Whitlow's blunt verdict after the match.`, [["Dana Whitlow", false]]],
    [`${LEAD} "We go again," was the verdict of Whitlow.`, [["Dana Whitlow", false]]],
    [`${LEAD} "Not today," came the reply from Whitlow.`, [["Dana Whitlow", false]]],
    [`${LEAD} "Not today," came Whitlow's reply.`, [["Dana Whitlow", false]]],
    [`${LEAD} "We go again" were Whitlow's words.`, [["Dana Whitlow", false]]],
    [`${LEAD} "We go again," was her verdict.`, [["Dana Whitlow", false]]],
    [`${LEAD} Whitlow's response: "We go again."`, [["Dana Whitlow", false]]],
    [`${LEAD} Whitlow's words: "We go again."`, [["Dana Whitlow", false]]],
    [`${LEAD} The club, in Whitlow's words, "has lost its way."`, [["Dana Whitlow", true]]],
    // (Guards: a noun with no owner, a quoted word inside the writer's sentence, a noun that is no speech act,
    // the noun's phrase going on past the clause.)
    [`${LEAD} "We go again," was the verdict.`, [[null, true]]],
    [`${LEAD} The "verdict" was Whitlow's to give.`, [[null, true]]],
    [`${LEAD} "Comeback" was Whitlow's nickname.`, [[null, true]]],
    [`${LEAD} "Cheat" is his response to every loss.`, [[null, true]]],
    [
      `${LEAD} Her coach praised the club's response to the defeat and its "brave choices" since.`,
      [[null, true]],
    ],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
