/**
 * A quoted headline with its attribution on a file's first line: the line is the document's title, not a body
 * sentence (corpus/headline.ts), and its quote was never read. pipeline/headline-quotes.ts reads it, resolves its
 * speaker against the body, and adds no mention of the headline but the speaker's.
 */
import { describe, expect, it } from "vitest";
import { textDocument } from "../src/corpus/read.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";

/** The document read as a text file: [quote text, speaker name or organization, speaker mention] of each quote. */
function quotesOf(text: string): [string, string | null, string | null][] {
  const doc = textDocument("t", "t", text);
  return nameDocument(doc, splitDocument(doc))
    .quotes.filter((q) => !q.partial || q.speaker.mention !== null)
    .map((q) => [q.text, q.speaker.organization ?? q.speaker.name, q.speaker.mention?.text ?? null]);
}

/** The document's person and organization entities, with their mention counts. */
function namesOf(text: string): string[] {
  const doc = textDocument("t", "t", text);
  const counts = new Map<string, number>();
  for (const m of nameDocument(doc, splitDocument(doc)).mentions)
    if (m.type === "person" || m.type === "organization")
      counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return [...counts].map(([name, n]) => `${name}:${n}`).sort();
}

const STRIKE =
  "Workers at the Acme plant in Harbury walked out on Monday.\n\n" +
  "Union chief Dana Whitlow said members had been left with no choice.\n";

describe("a headline's attributed quote is read, its speaker named from the body", () => {
  it.each([
    [
      `"We will not back down," says union chief Dana Whitlow\n\n${STRIKE}`,
      ["We will not back down,", "Dana Whitlow", "Dana Whitlow"],
    ],
    // A surname joins the body's full name.
    [
      `"I'm not finished yet," says Whitlow\n\nDana Whitlow has vowed to fight on after losing the by-election.\n`,
      ["I'm not finished yet,", "Dana Whitlow", "Whitlow"],
    ],
    // A role the headline names without a name: the person the body names so, later.
    [
      `"We will not back down," says union chief\n\n${STRIKE}`,
      ["We will not back down,", "Dana Whitlow", "union chief"],
    ],
    // A headline drops its article: "says striker" is the striker the body names.
    [
      '"Don\'t blame me," says striker after red card\n\nTarrow Rovers striker Kofi Brannagh was sent off on Saturday.\n',
      ["Don't blame me,", "Kofi Brannagh", "striker"],
    ],
    // A dash attribution's surname joins the body's full name (no second person "Holloway").
    [
      "'I'm proud of the lads' - Holloway\n\nTarrow Rovers manager Dean Holloway praised his side after a 3-0 win.\n",
      ["I'm proud of the lads", "Dean Holloway", "Holloway"],
    ],
    // An office in capitals with no article ("MP tells inquiry"): the MP the body names, later.
    [
      '"I have done nothing wrong," MP tells inquiry\n\nHarbury MP Dana Whitlow has denied breaking lobbying rules.\n',
      ["I have done nothing wrong,", "Dana Whitlow", "MP"],
    ],
    // A club's captain is the captain the body names, not the club.
    [
      '"The fans deserve better," says Rovers captain\n\nTarrow Rovers captain Sam Oyelaran apologised to supporters after a 4-0 defeat.\n',
      ["The fans deserve better,", "Sam Oyelaran", "Rovers captain"],
    ],
    // An organization speaks.
    [
      "'We must act now' on climate, Acme tells investors\n\nAcme, the Harbury-based energy firm, urged investors to back its plan.\n",
      ["We must act now", "Acme", "Acme"],
    ],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)[0]).toEqual(expected);
  });
});

describe("guards: a headline adds no quote without an attribution", () => {
  it.each([
    // A quoted word with no speaker phrase stays the writer's title.
    ['"Disgraceful" decision angers fans\n\nSupporters of Tarrow Rovers reacted angrily on Monday.\n', []],
    // A quoted fragment whose speaker phrase names no one is the headline's own word.
    [
      "Ministers 'must act now' on flooding, says report\n\nA report by the Harbury Environment Trust says ministers must act now.\n",
      [],
    ],
    // A headline's common noun read as the speaker names no one: the listeners, or no one the body names
    // (session 37).
    [
      "Jury told of 'frenzied' knife attack\n\nA man stabbed his neighbour in a frenzied attack, a jury has heard.\n",
      [],
    ],
    ["MPs told of 'crisis' in prisons\n\nPrisons are full, a committee heard on Monday.\n", []],
    ["Survivor tells of 'horror' on the ship\n\nThe ferry sank on Monday, the coastguard said.\n", []],
    // A title written in a header is not in the body's text: nothing to read.
    [`title: "We will not back down," says union chief Dana Whitlow\n\n${STRIKE}`, []],
  ])("%s", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("the headline adds its speaker's mention and no other name", () => {
  it("a surname speaker is the body's person, not a second one", () => {
    const text =
      "'I'm proud of the lads' - Holloway\n\nTarrow Rovers manager Dean Holloway praised his side after a 3-0 win.\n";
    expect(namesOf(text).filter((n) => n.includes("Holloway"))).toEqual(["Dean Holloway:2"]);
  });

  // [headline, body, the speaker]: the names are the body's, the speaker's count one more.
  it.each([
    // The person named inside the quote is not added.
    [
      '"Dana Whitlow must go," says Acme chief Colin Marsh',
      "Colin Marsh, the chief executive of Acme, spoke on Monday.\n",
      "Colin Marsh",
    ],
    // A place or a firm in the speaker phrase is no mention of the headline's.
    ['"We will win," says Harbury union chief Dana Whitlow', STRIKE, "Dana Whitlow"],
  ])("%s", (headline, body, speaker) => {
    const expected = namesOf(body).map((n) =>
      n.replace(/^(.*):(\d+)$/, (all, name: string, count: string) =>
        name === speaker ? `${name}:${Number(count) + 1}` : all,
      ),
    );
    expect(namesOf(`${headline}\n\n${body}`)).toEqual(expected);
  });
});
