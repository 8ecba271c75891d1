/**
 * Session 16: a lone untagged first name of a person the document names in full is that person
 * (first-name-mentions.ts), unless the full name ends in no surname's word or the word is ordinary. Invented text.
 */
import { describe, expect, it } from "vitest";
import { firstNameMentions } from "../src/extract/entities/first-name-mentions.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { factsOf } from "../src/extract/entities/word-facts.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";

/** The lone first names found in `text` beside the given full-name persons (character offsets found by text). */
function found(text: string, persons: readonly string[]): string {
  const doc = { id: "t", path: "t", text, date: null, headers: {}, bodyStart: 0, encoding: "utf-8" } as const;
  const { tokens } = splitDocument(doc);
  gazetteer();
  const covered = new Uint8Array(tokens.length);
  const mentions: Mention[] = persons.map((name) => {
    const start = text.indexOf(name);
    tokens.forEach((t, i) => {
      if (t.start >= start && t.end <= start + name.length) covered[i] = 1;
    });
    return { start, end: start + name.length, text: name, type: "person", entity: name } as Mention;
  });
  const facts = tokens.map((t) => factsOf(t.text));
  return firstNameMentions(doc, tokens, facts, covered, mentions)
    .map((m) => `${m.text}@${m.start}`)
    .join(" ");
}

describe("a lone first name of a person named in full", () => {
  it.each([
    ["Tarvik Mahmoodi won the final. Tarvik said he was tired.", ["Tarvik Mahmoodi"], "Tarvik@31"],
    [
      'Tarvik Mahmoodi won. " Tarvik played well, " said Lena Orr.',
      ["Tarvik Mahmoodi", "Lena Orr"],
      "Tarvik@23",
    ],
    // the full name ends in an ordinary word, a place or a date word: a firm's or a table's words
    ["Orvanto Spa posted a loss. Orvanto said sales fell.", ["Orvanto Spa"], ""],
    ["Orvanto Leeds bought it. Orvanto said so.", ["Orvanto Leeds"], ""],
    ["Grainz July at 40. Grainz, May at 30.", ["Grainz July"], ""],
    // an ordinary word, another full name, another person's surname: not alone
    ["Will Corby spoke. Will he win?", ["Will Corby"], ""],
    ["Dana Whitlow spoke. Later Dana said no.", ["Dana Whitlow"], ""],
    ["Tarvik Mahmoodi won. Tarvik Orlan lost.", ["Tarvik Mahmoodi"], ""],
    ["Tarvik Mahmoodi met Lena Tarvik. Tarvik said no.", ["Tarvik Mahmoodi", "Lena Tarvik"], ""],
  ])("%s", (text, persons, expected) => {
    expect(found(text, persons)).toBe(expected);
  });
});
