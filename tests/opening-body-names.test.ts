/**
 * Session 34: a public body's name that opens a sentence, which the tagger cut to its head noun or missed
 * (extract/entities/opening-body-names.ts). On the tagger's spans as invented text shows them.
 */
import { describe, expect, it } from "vitest";
import { openingBodySpans } from "../src/extract/entities/opening-body-names.js";
import { tokenize } from "../src/text/tokenize.js";
import { namedOf as named } from "./helpers/document.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, openingBodySpans(spans, tokens, 0, tokens.length));
}

describe("a body's name opening a sentence is whole", () => {
  it.each([
    [
      "Home [ORG Office] minister [PER Ann Kestrel] said",
      "[ORG Home Office] minister [PER Ann Kestrel] said",
    ],
    ["Foreign Ministry officials denied it.", "[ORG Foreign Ministry] officials denied it."],
    [
      '"Defence [ORG Ministry] officials knew," he said.',
      '"[ORG Defence Ministry] officials knew," he said.',
    ],
    [
      "Labour [ORG Office] President [PER Kurt Halden] said",
      "[ORG Labour Office] President [PER Kurt Halden] said",
    ],
    // Guards: a function word, a determiner, a connective, a day or an adverb first; no body's noun; the head
    // inside a longer span; a capitalized word after a head read as nothing; a space missing.
    ["The [ORG Office] said", "The [ORG Office] said"],
    ["No [ORG Commission] spokesman was available.", "No [ORG Commission] spokesman was available."],
    ["Meanwhile Ministry officials said", "Meanwhile Ministry officials said"],
    ["Yesterday [ORG Ministry] officials said", "Yesterday [ORG Ministry] officials said"],
    ["Separately [ORG Commission] staff said", "Separately [ORG Commission] staff said"],
    ["Home [ORG Depot] shares rose", "Home [ORG Depot] shares rose"],
    ["Post [ORG Office Ltd] said", "Post [ORG Office Ltd] said"],
    ["Box Office Mojo said", "Box Office Mojo said"],
    ["Labour Office President [PER Kurt Halden] said", "Labour Office President [PER Kurt Halden] said"],
    ["Home-Office staff said", "Home-Office staff said"],
  ])("%j", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe("the extractor joins it (wired in extract/entities/index.ts)", () => {
  it.each([
    ["Home Office minister Ann Kestrel said the powers would be rare.", "Home Office|organization"],
    ["Foreign Ministry officials denied the report on Monday.", "Foreign Ministry|organization"],
  ])("%s", (text, expected) => {
    expect(named(text).mentions).toContain(expected);
  });
});
