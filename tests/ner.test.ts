import { describe, expect, it } from "vitest";
import { Flag, shapeOf, TAGS, viewDocument } from "../src/extract/entities/features.js";
import { segmentsOf } from "../src/extract/entities/segments.js";
import { allowed, tagSentence } from "../src/extract/entities/tagger.js";
import { splitDocument } from "../src/text/split.js";

describe("shapeOf", () => {
  it.each([
    ["Hassan", "Xx"],
    ["U.S.", "X.X."],
    ["1996-08-30", "d-d-d"],
    ["McDonald", "XxXx"],
    ["NATO", "X"],
    ["Žižek", "Xx"],
  ])("%s → %s", (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });
});

describe("viewDocument flags", () => {
  const views = viewDocument([
    ["Police", "said", "“", "Peace", "is", "near", "”", "."],
    ["The", "police", "chief", "met", "Smith", "in", "Berlin", "."],
  ]);
  const first = views[0] ?? [];
  const second = views[1] ?? [];

  it("marks sentence-initial words, also after an opening quotation mark", () => {
    expect((first[0]?.flags ?? 0) & Flag.initial).toBeTruthy();
    expect((first[3]?.flags ?? 0) & Flag.initial).toBeTruthy();
    expect((second[4]?.flags ?? 0) & Flag.initial).toBe(0);
  });

  it("remembers how the document writes a word elsewhere", () => {
    expect((first[0]?.flags ?? 0) & Flag.seenLower).toBeTruthy(); // "police" appears lower-case
    expect((first[0]?.flags ?? 0) & Flag.common).toBeTruthy();
  });
});

describe("segmentsOf", () => {
  it.each([
    [
      "BERLIN 2020-10-07\nFloods hit the city on Monday.",
      ["BERLIN 2020-10-07", "Floods hit the city on Monday."],
    ],
    [
      "Floods hit the city of Dresden on Monday and the water kept rising\nthrough the night, officials said.",
      [
        "Floods hit the city of Dresden on Monday and the water kept rising\nthrough the night, officials said.",
      ],
    ],
  ])("%j", (text, expected) => {
    const { tokens, sentences } = splitDocument({ text, bodyStart: 0 });
    const segments = segmentsOf(text, tokens, sentences).map((s) =>
      text.slice(tokens[s.firstToken]?.start, tokens[s.endToken - 1]?.end),
    );
    expect(segments).toEqual(expected);
  });
});

describe("tagSentence", () => {
  it("never starts a name with an I- tag (BIO)", () => {
    expect(allowed(TAGS.indexOf("O"), TAGS.indexOf("I-PER"))).toBe(false);
    expect(allowed(TAGS.indexOf("B-PER"), TAGS.indexOf("I-PER"))).toBe(true);
    expect(allowed(TAGS.indexOf("B-LOC"), TAGS.indexOf("I-PER"))).toBe(false);
    const [views] = viewDocument([["Angela", "Merkel", "visited", "Paris", "on", "Monday", "."]]);
    const tags = tagSentence(views ?? []).map((t) => TAGS[t]);
    expect(tags).toEqual(["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"]);
  });
});
