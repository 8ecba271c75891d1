/**
 * Indian honorifics before a speaker's name (session 22, issue #11 item 3): "Smt." and "Shri." with their stop
 * ended the sentence, so the quote before "Smt. Jane Roe said" lost its attribution, and "said Smt. Jane Roe" gave
 * a speaker "Smt"; "Thiru" (Tamil Nadu's Mr) stayed in the person's name. Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

function speakerNames(text: string): Array<string | null> {
  const doc = bodyOnlyDocument(text);
  const { quotes } = nameDocument(doc, splitDocument(doc));
  return quotes.map((q) => q.speaker.name);
}

describe("an Indian honorific is the title, not the speaker or part of the name", () => {
  it.each<[string, Array<string | null>]>([
    ['"We will build the road," Smt. Dana Whitlow said.', ["Dana Whitlow"]],
    ['"We will build the road," said Smt. Dana Whitlow.', ["Dana Whitlow"]],
    ['"We will build the road," Shri. Tom Roe said.', ["Tom Roe"]],
    // (Guards: the titles already read.)
    ['"We will build the road," Shri Tom Roe said.', ["Tom Roe"]],
    ['"We will build the road," said Dr Tom Roe.', ["Tom Roe"]],
  ])("%s", (text, expected) => {
    expect(speakerNames(text)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['"We will build the road," Thiru Tom Roe said on Friday.', ["Tom Roe"]],
    ["Thiru Tom Roe met farmers in the district on Friday.", ["Tom Roe"]],
    // (Guard: a name with no title.)
    ["Tom Roe met farmers in the district on Friday.", ["Tom Roe"]],
  ])("people of %s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
