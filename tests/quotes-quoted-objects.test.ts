/**
 * `<Outlet> quoted X as saying`: the object of "quoted" speaks, also when it is a pronoun (`quoted him as saying`)
 * or has an apposition before "as" (`quoted Ann Lee, Acme's chief executive, as saying`). All text here is written
 * for these tests (invented outlets, firms and names).
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

/** Each quote as "text | speaker phrase | cue", with "(p)" before a partial one; "-" for none. */
function quotes(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return extractQuotes(doc, splitDocument(doc)).quotes.map(
    (q) =>
      `${q.partial ? "(p) " : ""}${q.text.replace(/\s+/g, " ")} | ${q.speakerPhrase?.text ?? "-"} | ${q.cue?.text ?? "-"}`,
  );
}

describe("the object of `quoted … as saying` past an apposition, or a pronoun", () => {
  it.each<[string, string, string[]]>([
    [
      "a role in commas after the name, before the quote",
      'Talks collapsed on Monday. The Carrow Herald quoted Ansel Brigg, Tolvane\'s chief executive, as saying: "The deal is dead."',
      ["The deal is dead. | Ansel Brigg | saying"],
    ],
    [
      "a role in commas after the name, after the quote",
      '"The deal is dead," the Carrow Herald quoted Ansel Brigg, Tolvane\'s chief executive, as saying.',
      ["The deal is dead, | Ansel Brigg | quoted"],
    ],
    [
      "an age in commas",
      'Talks collapsed on Monday. The Carrow Herald quoted Ansel Brigg, 54, as saying: "The deal is dead."',
      ["The deal is dead. | Ansel Brigg | saying"],
    ],
    [
      "the name in commas after a role, before the quote",
      'The Carrow Herald quoted Tolvane\'s chief executive, Ansel Brigg, as saying: "The deal is dead."',
      ["The deal is dead. | Ansel Brigg | saying"],
    ],
    [
      "the name in commas after a role, after the quote",
      '"The deal is dead," the Carrow Herald quoted Tolvane\'s chief executive, Ansel Brigg, as saying.',
      ["The deal is dead, | Ansel Brigg | quoted"],
    ],
    [
      "an object pronoun before the quote",
      'Ansel Brigg runs Tolvane. The Carrow Herald quoted him as saying: "The deal is dead."',
      ["The deal is dead. | him | saying"],
    ],
    [
      "an object pronoun after the quote",
      'Orla Penrith runs Tolvane. "The deal is dead," the Carrow Herald quoted her as saying.',
      ["The deal is dead, | her | quoted"],
    ],
    // Guards: a possessive "her" is no object; a passive "was quoted" keeps its subject; an outlet's own clause in
    // commas before "quoted" is none of this.
    [
      "guard: `quoted her spokesman as saying`",
      'Orla Penrith runs Tolvane. The Carrow Herald quoted her spokesman as saying: "The deal is dead."',
      ["The deal is dead. | her spokesman | saying"],
    ],
    [
      "guard: `he was quoted as saying`",
      'Ansel Brigg runs Tolvane. "The deal is dead," he was quoted as saying.',
      ["The deal is dead, | he | quoted"],
    ],
    [
      "guard: a clause in commas after the outlet",
      'Talks collapsed. The Carrow Herald, in its Sunday edition, quoted Ansel Brigg as saying: "The deal is dead."',
      ["The deal is dead. | Ansel Brigg | saying"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("`quoted him as saying` resolved to the person named before", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "him",
      'Ansel Brigg runs Tolvane. Talks collapsed on Monday. "The deal is dead," the Carrow Herald quoted him as saying.',
      { "Ansel Brigg": {}, Tolvane: { type: "organization" }, "Carrow Herald": { type: "organization" } },
      [["Ansel Brigg", "him"]],
    ],
    [
      "her, after a man named since",
      'Orla Penrith runs Tolvane. She met Ansel Brigg on Monday. The Carrow Herald quoted her as saying: "The deal is dead."',
      {
        "Orla Penrith": {},
        "Ansel Brigg": {},
        Tolvane: { type: "organization" },
        "Carrow Herald": { type: "organization" },
      },
      [["Orla Penrith", "her"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
