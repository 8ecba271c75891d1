/**
 * A speaker whose name the speaker phrase writes, though the entity mentions missed it, is a person of the
 * document (resolve/speakers/written-speakers.ts): first on quotes and mentions made here, then through the
 * per-document naming. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { withWrittenSpeakers } from "../src/resolve/speakers/written-speakers.js";
import type { Mention, Quote } from "../src/types.js";
import { peopleOf } from "./helpers/document.js";

/** A quote at the text's end whose speaker `name` the phrase `phrase` (found in `text`) names. */
function quoteOf(text: string, phrase: string, name: string | null, organization?: string): Quote {
  const start = text.indexOf(phrase);
  const speaker = { name, mention: { start, end: start + phrase.length, text: phrase }, organization };
  return { start: text.length, end: text.length, text: "…", partial: false, speaker, cue: null };
}

const person = (text: string, name: string, entity = name): Mention => {
  const start = text.indexOf(name);
  return { start, end: start + name.length, text: name, type: "person", entity };
};

describe("a written speaker's name becomes a person mention", () => {
  it.each<[string, string, string | null, Mention[], string[]]>([
    ["Nicola Tarrant: “…”", "Nicola Tarrant", "Nicola Tarrant", [], ["Nicola Tarrant"]],
    ["“…,” analyst Ward Pelham said.", "analyst Ward Pelham", "Ward Pelham", [], ["Ward Pelham"]],
    ["“…,” P.S. Tamar said.", "P.S. Tamar", "P.S. Tamar", [], ["P.S. Tamar"]],
    // guards: known already, one word, not a person's shape, a pronoun's referent, an organization
    [
      "Nicola Tarrant: “…”",
      "Nicola Tarrant",
      "Nicola Tarrant",
      [person("Nicola Tarrant: “…”", "Tarrant", "Nicola Tarrant")],
      ["Nicola Tarrant"],
    ],
    ["Tarrant: “…”", "Tarrant", "Tarrant", [], []],
    ["“…,” Yesterday Pacad said.", "Yesterday Pacad", "Yesterday Pacad", [], []],
    [
      "“…,” Davis County School District said.",
      "Davis County School District",
      "Davis County School District",
      [],
      [],
    ],
    ["“…,” he said.", "he", "Nicola Tarrant", [], []],
  ])("%s (%s)", (text, phrase, name, mentions, expected) => {
    const out = withWrittenSpeakers(mentions, [quoteOf(text, phrase, name)]);
    expect(out.filter((m) => m.type === "person").map((m) => m.entity)).toEqual(expected);
  });

  it("not an organization speaker", () => {
    const text = "“…,” Wells Fargo said.";
    expect(withWrittenSpeakers([], [quoteOf(text, "Wells Fargo", null, "Wells Fargo")])).toEqual([]);
  });
});

describe("through the per-document naming", () => {
  it("a live blog's speaker label the tagger missed", () => {
    const text =
      'Boris Johnson held his seat.\n\n03:10 GMT: Nicola Sturgeon: "Boris Johnson has no mandate in Scotland."';
    expect(peopleOf(text)).toEqual(["Boris Johnson", "Nicola Sturgeon"]);
  });
});
