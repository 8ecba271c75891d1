/**
 * A headline whose label introduces a quote and which ends at the closing mark (`Acme boss: "…"`, `Rovers boss Gavin
 * Roe: "…"`, British style): the line is the document's title, and the label (a name, a role, or a name after a
 * role) names the headline's speaker from the body. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { detectHeadline } from "../src/corpus/headline.js";

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
