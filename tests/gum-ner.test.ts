import { describe, expect, it } from "vitest";
import { type GumDocument, type GumMention, nameSpans, tokenizeGum } from "../scripts/lib/gum-ner.js";

/** A GUM-like document written here: mentions given as [phrase, type, eid], located in order of appearance. */
function documentOf(text: string, mentions: [string, string, number][], people: number[] = []): GumDocument {
  let from = 0;
  const located: GumMention[] = mentions.map(([phrase, type, eid]) => {
    const start = text.indexOf(phrase, from);
    if (start < 0) throw new Error(`no "${phrase}" in the text`);
    from = start;
    return { start, end: start + phrase.length, type, eid, proper: true };
  });
  return { id: "test", genre: "news", text, mentions: located, people_chains: [{ eids: people }] };
}

function names(doc: GumDocument): string[] {
  const gum = tokenizeGum(doc.text);
  return nameSpans(doc, gum, true).map(
    (span) =>
      `${span.label}:${gum.tokens
        .slice(span.first, span.end)
        .map((t) => t.text)
        .join(" ")}`,
  );
}

describe("GUM proper mentions as CoNLL-style names", () => {
  it.each([
    [
      "titles, determiners and possessives are not part of the name",
      documentOf(
        "The prominent critic Dr. Amara Nwosu’s review praised the Halvorsen Museum.",
        [
          ["The prominent critic Dr. Amara Nwosu’s", "person", 1],
          ["the Halvorsen Museum", "place", 2],
        ],
        [1],
      ),
      ["PER:Amara Nwosu", "LOC:Halvorsen Museum"],
    ],
    [
      "an inner name at the start of a longer one is a name of its own",
      documentOf(
        "US Senator Grace Whitfield spoke.",
        [
          ["US Senator Grace Whitfield", "person", 1],
          ["US", "place", 2],
        ],
        [1],
      ),
      ["LOC:US", "PER:Grace Whitfield"],
    ],
    [
      "an inner name further in belongs to the outer name",
      documentOf("She wrote in the Medical Journal of Manitoba.", [
        ["the Medical Journal of Manitoba", "organization", 1],
        ["Manitoba", "place", 2],
      ]),
      ["ORG:Medical Journal of Manitoba"],
    ],
    [
      "a role of an organization is not a person's name",
      documentOf("Director of the Nexora Foundation Kofi Mensah said no.", [
        ["Director of the Nexora Foundation", "person", 1],
        ["the Nexora Foundation", "organization", 2],
      ]),
      ["ORG:Nexora Foundation"],
    ],
    [
      "a group named by a plural or a demonym is MISC, other proper types too",
      documentOf("Canadians and Zentrixers celebrated Founders Day.", [
        ["Canadians", "person", 1],
        ["Zentrixers", "person", 2],
        ["Founders Day", "time", 3],
      ]),
      ["MISC:Canadians", "MISC:Zentrixers"],
    ],
  ])("%s", (_, doc, expected) => {
    expect(names(doc)).toEqual(expected);
  });
});
