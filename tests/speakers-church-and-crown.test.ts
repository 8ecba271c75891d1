/**
 * The news's other words for a pope and a reigning king or queen as speakers: "the pontiff" is the person the
 * document titled Pope, "the monarch" the one it titled King or Queen (lexicon/speaker-roles.ts). Session 40 probe,
 * a papal visit: "the 84-year-old pontiff told officials" was no speaker phrase at all. Invented text.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("the pontiff and the monarch", () => {
  it.each<[string, Tagged, Speaker[]]>([
    [
      '"I come as a pilgrim," the 84-year-old pontiff told officials at the palace.',
      {},
      [[null, "the 84-year-old pontiff"]],
    ],
    [
      'Pope Clement arrived on Friday. "I come as a pilgrim," the 84-year-old pontiff told officials.',
      { Clement: { entity: "Clement" } },
      [["Clement", "the 84-year-old pontiff"]],
    ],
    [
      'King Edmund opened the bridge. "It is an honour," the monarch said.',
      { Edmund: { entity: "Edmund" } },
      [["Edmund", "the monarch"]],
    ],
    // guard: a monarch is no president
    [
      'President Dana Roe opened the bridge. "It is an honour," the monarch said.',
      { "Dana Roe": {} },
      [[null, "the monarch"]],
    ],
  ])("%s", (text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
