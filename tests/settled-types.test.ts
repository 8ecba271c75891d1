/**
 * One name, one type within a document (resolve/names/settled-types.ts): a person the document attests by an age
 * in commas or a title keeps the name against an organization's reading, and a full name's organization readings
 * join the person. Invented names only.
 */
import { describe, expect, it } from "vitest";
import { settleTypes } from "../src/resolve/names/settled-types.js";
import type { Mention } from "../src/types.js";
import { namedOf } from "./helpers/document.js";

describe("an attested person keeps the name", () => {
  it.each([
    [
      "Singer Joss Stone, 17, is up for three awards. Dido will perform alongside Green Day and Joss Stone.",
      ["Joss Stone|person", "Green Day|organization", "Joss Stone|person"],
    ],
  ])("%j", (text, mentions) => {
    expect(namedOf(text).mentions).toEqual(mentions);
  });
});

describe("settleTypes on the document's mentions", () => {
  const at = (text: string, word: string, from = 0): number => text.indexOf(word, from);
  it.each([
    // a titled one-word name keeps its person, and the firm of that word stays a firm
    [
      "Kestrel said revenue rose. Kestrel shares fell. Mr. Kestrel founded it.",
      [
        ["Kestrel", 0, "organization"],
        ["Kestrel", 27, "organization"],
        ["Kestrel", 54, "person", "Mr."],
      ],
      ["organization", "organization", "person"],
    ],
    // without a title or an age the firm's two readings take the name
    [
      "Kestrel said revenue rose. Kestrel shares fell. Then Kestrel founded it.",
      [
        ["Kestrel", 0, "organization"],
        ["Kestrel", 27, "organization"],
        ["Kestrel", 53, "person"],
      ],
      ["organization", "organization", "organization"],
    ],
  ] as const)("%j", (text, spans, types) => {
    const mentions: Mention[] = spans.map(([word, from, type, title]) => {
      const start = at(text, word, from);
      const m: Mention = { start, end: start + word.length, text: word, type, entity: word };
      if (title !== undefined) m.title = title;
      return m;
    });
    settleTypes(mentions, text);
    expect(mentions.map((m) => m.type)).toEqual(types);
  });
});
