/**
 * The tagger's document features of session 8 (document-memory.ts, document-view.ts): the memory of what a document's earlier sentences
 * were tagged (types seen, majority, the neighbours' types) and a first name near a pronoun of its gender.
 * Invented documents only.
 */
import { describe, expect, it } from "vitest";
import {
  MEMORY_STATES,
  memoryFeatures,
  neighbourMemoryFeatures,
  recalled,
  recalledTypes,
  remember,
} from "../src/extract/entities/document-memory.js";
import { viewDocument } from "../src/extract/entities/document-view.js";
import { TAGS } from "../src/extract/entities/features.js";
import { tagSentence } from "../src/extract/entities/tagger.js";
import { Flag, type TokenView } from "../src/extract/entities/token-view.js";
import { tokenize } from "../src/text/tokenize.js";

const tag = (name: (typeof TAGS)[number]): number => TAGS.indexOf(name);

/** A one-sentence document's view of `word` (not sentence-initial: after "The"). */
function viewOf(word: string): TokenView {
  const [views] = viewDocument([["The", word, "said", "."]]);
  return (views as TokenView[])[1] as TokenView;
}

describe("document memory: types seen and the majority", () => {
  it.each([
    // tags given in order → the memory features of the next token of the word
    [[], []],
    [["B-PER"], ["m=1"]],
    [["B-PER", "I-PER"], ["m=1"]],
    [["B-ORG"], ["m=4"]],
    [["O"], ["m=16"]],
    [
      ["B-PER", "B-ORG", "B-PER"],
      ["m=5", "mm=1"],
    ],
    [
      ["B-ORG", "B-ORG", "B-PER"],
      ["m=5", "mm=3"],
    ],
    [
      ["B-PER", "B-ORG"],
      ["m=5", "mm=0"],
    ],
    [
      ["B-LOC", "O", "O"],
      ["m=18", "mm=5"],
    ],
    [
      ["B-PER", "B-PER", "B-PER", "B-PER", "B-PER", "B-PER", "B-PER", "B-PER", "B-PER", "B-ORG"],
      ["m=5", "mm=1"],
    ],
  ] as [(typeof TAGS)[number][], string[]][])("%j → %j", (tags, expected) => {
    const view = viewOf("Halvorsen");
    for (const name of tags) remember(view, tag(name));
    const state = recalled(view);
    expect(state).toBeGreaterThanOrEqual(0);
    expect(state).toBeLessThan(MEMORY_STATES);
    expect(memoryFeatures(state)).toEqual(expected);
  });

  it("remembers nothing of a sentence-initial O, nor of a lower-case word", () => {
    const [views] = viewDocument([["Halvorsen", "said", "it", "."]]);
    const [initial, lower] = views as TokenView[];
    remember(initial as TokenView, tag("O"));
    remember(lower as TokenView, tag("B-ORG"));
    expect(recalled(initial as TokenView)).toBe(0);
    expect(recalled(lower as TokenView)).toBe(0);
  });

  it.each([
    [-1, 0, []],
    [-1, 4, ["-1m=4"]],
    [1, 1, ["1m=1"]],
  ] as [-1 | 1, number, string[]][])("neighbour at %i with types %i → %j", (offset, bits, expected) => {
    expect(neighbourMemoryFeatures(offset, bits)).toEqual(expected);
  });

  it("reads a neighbour's types from the same document's memory", () => {
    const [views] = viewDocument([["Vantrel", "Drug", "rose", "."]]);
    const [first, second] = views as TokenView[];
    remember(second as TokenView, tag("B-ORG"));
    remember(second as TokenView, tag("B-PER"));
    expect(recalledTypes(second, "drug")).toBe(5);
    expect(recalledTypes(first, null)).toBe(0);
    expect(recalledTypes(undefined, "drug")).toBe(0);
  });
});

/** The pronounNear flag of each capitalized word of the invented document. */
function pronounNear(sentences: readonly string[]): string[] {
  const tokenized = sentences.map((s) => tokenize(s).map((token) => token.text));
  const marked = new Set<string>();
  viewDocument(tokenized).forEach((views) => {
    for (const view of views) if (view.flags & Flag.pronounNear) marked.add(view.text);
  });
  return [...marked].sort();
}

describe("a first name near a pronoun of its gender", () => {
  it.each([
    [["The couple lost their daughter, Gloria.", "She was nine months old."], ["Gloria"]],
    [["Gloria won the cup final.", "The club celebrated."], []],
    [["Gloria won the cup final.", "He scored twice."], []],
    [["Brian met the board.", "He said it went well."], ["Brian"]],
    [["Brian met Gloria.", "She said it went well."], ["Gloria"]],
    [["Nothing here.", "Gloria, as her friends say, was late."], ["Gloria"]],
    [["Gloria was late.", "Nothing here.", "She said so."], []],
    [["Paris said she would come."], []],
  ])("%j → %j", (sentences, expected) => {
    expect(pronounNear(sentences)).toEqual(expected);
  });
});

describe("tagging with the document's memory is deterministic", () => {
  const document = [
    "Gloria Vantrel of Halvorsen Holdings spoke in Oslo.",
    "Vantrel said Halvorsen would grow.",
    "Halvorsen shares rose and Vantrel left for Oslo.",
  ];
  const tagged = (): number[][] =>
    viewDocument(document.map((s) => tokenize(s).map((token) => token.text))).map((views) =>
      tagSentence(views),
    );

  it("gives the same tags for the same document, run after run", () => {
    const first = tagged();
    expect(tagged()).toEqual(first);
    expect(first.flat().some((t) => t !== 0)).toBe(true);
  });
});
