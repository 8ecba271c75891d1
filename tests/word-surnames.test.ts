/**
 * A "person" whose second word is a word of the dictionary no one bears as a surname, after a first word that is no
 * first name, is a firm or its product (resolve/names/word-surnames.ts); a person's context keeps the person.
 * Invented text.
 */
import { describe, expect, it } from "vitest";
import { withoutNamedThings } from "../src/resolve/names/named-things.js";
import { withWordSurnamesAsFirms } from "../src/resolve/names/word-surnames.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Mention } from "../src/types.js";

function mentionsOf(text: string, names: readonly string[]): Mention[] {
  const mentions: Mention[] = [];
  let from = 0;
  for (const name of names) {
    const start = text.indexOf(name, from);
    mentions.push({ start, end: start + name.length, text: name, type: "person", entity: name });
    from = start + name.length;
  }
  return mentions;
}

describe("a person named by a dictionary word after no first name is a firm", () => {
  it.each([
    ["The console ships with Zorbox Live online play built in.", ["Zorbox Live"], ["organization"]],
    ["Shares of Tarvex Pulp rose 3 pct on Monday.", ["Tarvex Pulp"], ["organization"]],
    ["The order went to Quenby Engines and others.", ["Quenby Engines"], ["organization"]],
    // a plural of the dictionary; two such words with a speech verb after them (a firm speaks too)
    ["A new Consumer Reviews study found delays.", ["Consumer Reviews"], ["organization"]],
    [
      "Fares rose, Consumer Reviews says. Consumer Reviews found more.",
      ["Consumer Reviews", "Consumer Reviews"],
      ["organization", "organization"],
    ],
    // guards: a first name; a person's context at any mention; a generation; a surname; three words
    ["Dana Live said the show was over.", ["Dana Live"], ["person"]],
    [
      "Zorbox Live rose early. Later Zorbox Live said he was leaving.",
      ["Zorbox Live", "Zorbox Live"],
      ["person", "person"],
    ],
    ["Shares of Tarvex III rose.", ["Tarvex III"], ["person"]],
    ["A goal by Kawhi Leonard won it.", ["Kawhi Leonard"], ["person"]],
    ["The work of Tarvex Oil Quenby won.", ["Tarvex Oil Quenby"], ["person"]],
    ["The striker Tarvex Oil scored twice.", ["Tarvex Oil"], ["person"]],
    // a speech verb after a name that is not two dictionary words; a body's role; a known surname's plural form
    ["Tarvex Oil said he was leaving.", ["Tarvex Oil"], ["person"]],
    ["The Treasury Secretary spoke.", ["Treasury Secretary"], ["person"]],
    ["A rally for Tarvex Sanders drew crowds.", ["Tarvex Sanders"], ["person"]],
    // an East Asian given name's syllable; a speech verb before and an apposition after (session 37, PolNeAR)
    ["Talks with Tavo Min ended.", ["Tavo Min"], ["person"]],
    ["We lost, said Tavo Bark, a USDP member who ran.", ["Tavo Bark"], ["person"]],
    ["Acme said Tarvex Engines, its unit, grew.", ["Tarvex Engines"], ["organization"]],
    // two dictionary words with "said he" after them, or a person's noun and a comma before (session 39)
    ["Robin Kettle said he would abstain.", ["Robin Kettle"], ["person"]],
    ["His cabinet colleague, Robin Kettle, stayed away.", ["Robin Kettle"], ["person"]],
    ["Consumer Reviews said it would sue.", ["Consumer Reviews"], ["organization"]],
    // an honorific that families bear as a surname, listed or known as a title
    ["Talks with Shabnara Begum ended.", ["Shabnara Begum"], ["person"]],
    ["Talks with Tavani Sultan ended.", ["Tavani Sultan"], ["person"]],
  ] as const)("%j", (text, names, expected) => {
    const typed = withWordSurnamesAsFirms(text, tokenize(text), mentionsOf(text, names));
    expect(typed.map((m) => m.type)).toEqual(expected);
  });
});

describe("a land or water form ends a place's name, not a person's", () => {
  it.each([
    ["Drilling in the Tarvex Basin resumed.", "Tarvex Basin", "place"],
    ["Ships crossed the Quenby Straits on Monday.", "Quenby Straits", "place"],
    ["Dana Basin said the rig was idle.", "Dana Basin", "person"],
  ] as const)("%j", (text, name, expected) => {
    const start = text.indexOf(name);
    const mention: Mention = { start, end: start + name.length, text: name, type: "person", entity: name };
    expect(withoutNamedThings(text, [mention]).map((m) => m.type)).toEqual([expected]);
  });
});
