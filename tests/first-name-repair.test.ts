import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { joinFirstNames } from "../src/extract/entities/person-joins.js";
import type { SpanLabel } from "../src/extract/entities/spans.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";
import { documentOf } from "./helpers/document.js";

/**
 * The tagger's spans are given by hand (label and the span's word), so that each row tests the repair alone:
 * what text the span covers after it.
 */
describe("a first name the tagger left out of the surname after it", () => {
  it.each<[string, string, SpanLabel, string]>([
    // the surname read alone as a company or a place: one person
    ["Curtis Ford was not there.", "Ford", "ORG", "PER Curtis Ford"],
    ["On Monday, Sumner Halvorsen said no.", "Halvorsen", "LOC", "PER Sumner Halvorsen"],
    // an ordinary word opening the sentence is no first name
    ["Will Ford cut prices?", "Ford", "ORG", "ORG Ford"],
    // a month or a day is no first name
    ["June Treasury bills rose.", "Treasury", "ORG", "ORG Treasury"],
    // an ordinary word or a company word is no surname
    ["Curtis Tool said it would sell.", "Tool", "ORG", "ORG Tool"],
    // a place is no surname
    ["Curtis Toronto was busy.", "Toronto", "LOC", "LOC Toronto"],
    // inside a longer capitalized run the tagger's reading stands
    ["Texas Curtis Ford dealers met.", "Ford", "ORG", "ORG Ford"],
    ["Curtis Ford Motor dealers met.", "Ford", "ORG", "ORG Ford"],
    // one character apart: a space, or the line break of wrapped text; no more
    ["Curtis\nFord was not there.", "Ford", "ORG", "PER Curtis Ford"],
    ["Curtis  Ford was not there.", "Ford", "ORG", "ORG Ford"],
  ])("%j, the tagger's %s (%s) → %s", (text, word, label, expected) => {
    const tokens = tokenize(text);
    const first = tokens.findIndex((t) => t.text === word);
    const [span] = joinFirstNames([{ label, first, end: first + 1 }], tokens, 0, gazetteer());
    const covered = text.slice(tokens[span?.first ?? 0]?.start, tokens[(span?.end ?? 1) - 1]?.end);
    expect(`${span?.label} ${covered.replace(/\n/g, " ")}`).toBe(expected);
  });

  it("never reaches into the sentence before", () => {
    const text = "They met Curtis. Ford was not there.";
    const tokens = tokenize(text);
    const ford = tokens.findIndex((t) => t.text === "Ford");
    expect(joinFirstNames([{ label: "ORG", first: ford, end: ford + 1 }], tokens, ford, gazetteer())).toEqual(
      [{ label: "ORG", first: ford, end: ford + 1 }],
    );
  });

  it("gives the whole name to the document's person (the tagger reads 'Ford' here as a company)", () => {
    const doc = documentOf("Curtis Ford was not there.");
    const people = nameDocument(doc, splitDocument(doc))
      .mentions.filter((m) => m.type === "person")
      .map((m) => m.entity);
    expect(people).toEqual(["Curtis Ford"]);
  });
});
