/**
 * Session 22: a person named in full whom the tagger read as an organization (a given name from outside 1996
 * Reuters), while the document writes the surname alone as a person: the full name is that person's
 * (extract/entities/document-names.ts organizationsAsFullNames). Invented names and text.
 */
import { describe, expect, it } from "vitest";
import { organizationsAsFullNames } from "../src/extract/entities/document-names.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { mentionAt } from "../src/extract/mention.js";
import type { Mention } from "../src/types.js";
import { peopleOf } from "./helpers/document.js";

describe("an organization of name words whose surname is read alone as a person is that person", () => {
  it.each([
    ["Bolat Sadykov won the race. Sadykov said he was tired.", ["Bolat Sadykov"]],
    [
      "Sunetra Bhattacharjee opened the meeting. Bhattacharjee told reporters she was pleased.",
      ["Sunetra Bhattacharjee"],
    ],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

/** The types of the marked mentions ("[ORG Bolat Sadykov]", "[PER Sadykov]") after the pass. */
function read(marked: string): string {
  const mentions: Mention[] = [];
  let text = "";
  for (const part of marked.split(/(\[(?:ORG|PER) [^\]]+\])/u)) {
    const m = /^\[(ORG|PER) ([^\]]+)\]$/u.exec(part);
    if (m === null) {
      text += part;
      continue;
    }
    const name = m[2] as string;
    mentions.push(
      mentionAt(
        text.length,
        text.length + name.length,
        name,
        m[1] === "ORG" ? "organization" : "person",
        name,
      ),
    );
    text += name;
  }
  organizationsAsFullNames(text, mentions, gazetteer());
  return mentions.map((m) => `${m.type}:${m.text}`).join(" | ");
}

describe("organizationsAsFullNames on marked mentions", () => {
  it.each([
    ["[ORG Bolat Sadykov] won. [PER Sadykov] said", "person:Bolat Sadykov | person:Sadykov"],
    // Guards: the first word alone too (a firm's short name); the surname alone as a firm too; a company's form
    // after the name; a capitalized word before it; a club the gazetteer knows.
    [
      "[ORG Bolat Sadykov] rose. [ORG Bolat] said. [PER Sadykov] said",
      "organization:Bolat Sadykov | organization:Bolat | person:Sadykov",
    ],
    [
      "[ORG Bolat Sadykov] rose. [ORG Sadykov] said. [PER Sadykov] said",
      "organization:Bolat Sadykov | organization:Sadykov | person:Sadykov",
    ],
    ["[ORG Bolat Sadykov] S.P.A. rose. [PER Sadykov] said", "organization:Bolat Sadykov | person:Sadykov"],
    ["Istituto [ORG Bolat Sadykov] rose. [PER Sadykov] said", "organization:Bolat Sadykov | person:Sadykov"],
    ["[ORG Aston Villa] won. [PER Villa] said", "organization:Aston Villa | person:Villa"],
  ])("%s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
