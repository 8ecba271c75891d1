/**
 * An office no one the document names holds, given to the subject of the sentence before (resolve/speakers/
 * by-role.ts, officeOfSubject), as a careful reader of today's news resolves it (session 16): a phrase opening its
 * own sentence before the quote ("Two years ago, the Oregon senator said, …"), a person named in a phrase opening
 * the sentence before, and a courtesy title ("Mr Roe"), which is no office. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { resolvedQuotes, type Speaker, type Tagged } from "./helpers/speakers.js";

/** Every quote's speaker, fragments included: [name, mention, organization when set]. */
function allSpeakers(text: string, tagged: Tagged): Speaker[] {
  return resolvedQuotes(text, tagged).map((q) => {
    const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
    if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
    return s;
  });
}

describe("an office with no named holder goes to the subject of the sentence before", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the Texas senator said` (a modifier) still goes to the subject before",
      'Owen Pratt warned against a brokered convention. "It would be a disaster," the Texas senator said.',
      { "Owen Pratt": {} },
      [["Owen Pratt", "the Texas senator"]],
    ],
    [
      "guard: `the senator said` in lower case, no modifier: nobody",
      'Owen Pratt warned against a brokered convention. "It would be a disaster," the senator said.',
      { "Owen Pratt": {} },
      [[null, "the senator"]],
    ],
    [
      "guard: the subject before holds another office by title: not the Chancellor",
      'Mayor Owen Pratt set out the city budget on Wednesday. "We will not borrow to spend," the Chancellor told MPs.',
      { "Owen Pratt": {} },
      [[null, "the Chancellor"]],
    ],
    [
      "guard: the Chancellor the document names keeps the office",
      'Chancellor Mara Lisle met Owen Pratt on Wednesday. Owen Pratt set out his plan. "We will not borrow to spend," the Chancellor told MPs.',
      { "Mara Lisle": {}, "Owen Pratt": {} },
      [["Mara Lisle", "the Chancellor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a role phrase opening its own sentence before the quote looks at the sentence before", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Two years ago, the veteran Oregon senator said, the press called him a “…”` after his reply",
      '"Is that you?" Mara Lisle asked. "That is me," Owen Pratt replied. Two years ago, the veteran Oregon senator said, the press called him a "long shot."',
      { "Mara Lisle": {}, "Owen Pratt": {} },
      [
        ["Mara Lisle", "Mara Lisle"],
        ["Owen Pratt", "Owen Pratt"],
        ["Owen Pratt", "the veteran Oregon senator"],
      ],
    ],
    [
      "`Later, the Ohio governor added: “…”` after the governor opens the sentence before",
      'Owen Pratt toured the flooded towns on Monday. Later, the Ohio governor added: "We will rebuild every bridge."',
      { "Owen Pratt": {} },
      [["Owen Pratt", "the Ohio governor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("the subject of the sentence before is not a person named in a phrase opening it", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`One month after backing X, Y still believes … “…,” the Florida senator told reporters`: Y, not X",
      "One month after backing Owen Pratt, Dana Whitlow still believes that the nominee is unfit. \u201cI stand by everything I said,\u201d the Florida senator told reporters on Thursday.",
      { "Owen Pratt": {}, "Dana Whitlow": {} },
      [["Dana Whitlow", "the Florida senator"]],
    ],
    [
      "`In a letter to X, Y set out …`: Y",
      'In a letter to Owen Pratt, Dana Whitlow set out her plan. "We will not wait," the Ohio governor said.',
      { "Owen Pratt": {}, "Dana Whitlow": {} },
      [["Dana Whitlow", "the Ohio governor"]],
    ],
    [
      "guard: a sentence opening with the name keeps it (`X, Y and Z met …`)",
      'Owen Pratt, Dana Whitlow and their aides met on Monday. "We will not wait," the Ohio governor said.',
      { "Owen Pratt": {}, "Dana Whitlow": {} },
      [["Owen Pratt", "the Ohio governor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a courtesy title is no office (the whole pipeline, whose mentions carry their titles)", () => {
  it.each<[string, string, (string | null)[]]>([
    [
      "`Mr Pratt` later in the document: `The Ohio governor said` is still his",
      "Owen Pratt attacked the opposition over rents on Monday. The Ohio governor said the old system 'punished the poor'. Mr Pratt later left for Leeds by train.",
      ["Owen Pratt"],
    ],
    [
      "guard: `Mayor Pratt` later in the document is another office: nobody",
      "Owen Pratt attacked the opposition over rents on Monday. The Ohio governor said the old system 'punished the poor'. Mayor Pratt later left for Leeds by train.",
      [null],
    ],
  ])("%s", (_name, text, expected) => {
    const doc = bodyOnlyDocument(text);
    const { quotes } = nameDocument(doc, splitDocument(doc));
    expect(quotes.map((q) => q.speaker.name)).toEqual(expected);
  });
});
