/**
 * A headline whose label introduces a quote and which ends at the closing mark (`Acme boss: "…"`, `Rovers boss Gavin
 * Roe: "…"`, British style): the line is the document's title, and the label (a name, a role, or a name after a
 * role) names the headline's speaker from the body. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { detectHeadline } from "../src/corpus/headline.js";
import { textDocument } from "../src/corpus/read.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";

/** The document read as a text file: [quote text, speaker name, speaker mention] of each quote with a mention. */
function quotesOf(text: string): [string, string | null, string | null][] {
  const doc = textDocument("t", "t", text);
  return nameDocument(doc, splitDocument(doc))
    .quotes.filter((q) => q.speaker.mention !== null)
    .map((q) => [q.text, q.speaker.organization ?? q.speaker.name, q.speaker.mention?.text ?? null]);
}

const BODY =
  "Loomly chief executive Dana Whitlow told a committee on Wednesday that the firm would never sell data.\n\n" +
  '"Our business is built on trust," Whitlow said.\n';

describe("a headline ending in quoted words is a title", () => {
  it.each([
    [
      "Minister 'will not resign'\n\nThe minister said on Monday that she would stay.",
      "Minister 'will not resign'",
    ],
    [
      'Loomly boss: "We will not sell data"\n\nThe firm said on Monday it would stay.',
      'Loomly boss: "We will not sell data"',
    ],
    ["Rovers boss: “We deserved it”\n\nRovers won 2-1 on Saturday.", "Rovers boss: “We deserved it”"],
  ])("%j", (text, title) => {
    expect(detectHeadline(text, 0)?.title ?? null).toBe(title);
  });
});

describe("a quoted sentence or a quote without its opening is no title (guards)", () => {
  it.each([
    ['"We will not sell data."\n\nThe firm said on Monday it would stay.'],
    ["Rovers won, said the boss'\n\nRovers won 2-1 on Saturday."],
    ['He said: "It\'s over,"\n\nThe talks ended on Monday.'],
  ])("%j", (text) => {
    expect(detectHeadline(text, 0)?.title ?? null).toBe(null);
  });
});

describe("the headline's label names its speaker", () => {
  it.each<[string, [string, string | null, string | null][]]>([
    [
      `Loomly boss: "We will not sell user data"\n\n${BODY}`,
      [
        ["We will not sell user data", "Dana Whitlow", "Loomly boss"],
        ["Our business is built on trust,", "Dana Whitlow", "Whitlow"],
      ],
    ],
    [
      'Rovers boss Gavin Threlkeld: "We deserved the win"\n\nRovers beat Harbourside 2-1 on Saturday.\n',
      [["We deserved the win", "Gavin Threlkeld", "Gavin Threlkeld"]],
    ],
  ])("%j", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});

describe("a label that names no speaker (guards)", () => {
  it.each<[string, [string, string | null, string | null][]]>([
    [
      'Harbourside Chairman On Whitlow: "His Plan Will Sink Us"\n\nThe club said on Tuesday it opposed Dana Whitlow.\n',
      [],
    ],
  ])("%j", (text, expected) => {
    expect(quotesOf(text)).toEqual(expected);
  });
});
