/**
 * A country's, a place's or the document's organization's word run into the surname of a person named in full
 * (a caption or a sentence that lost its full stop) is two mentions (resolve/names/run-in-surnames.ts); a person's
 * own name stays whole. Invented text.
 */
import { describe, expect, it } from "vitest";
import { splitRunInSurnames } from "../src/resolve/names/run-in-surnames.js";
import type { Mention, MentionType } from "../src/types.js";
import { namedOf } from "./helpers/document.js";

function mentionsOf(text: string, names: readonly [string, MentionType][]): Mention[] {
  const mentions: Mention[] = [];
  let from = 0;
  for (const [name, type] of names) {
    const start = text.indexOf(name, from);
    mentions.push({ start, end: start + name.length, text: name, type, entity: name });
    from = start + name.length;
  }
  return mentions;
}

const shown = (mentions: readonly Mention[]) => mentions.map((m) => `${m.text}|${m.type}`);

describe("a place or party word and a surname run together are two mentions", () => {
  it.each<[string, [string, MentionType][], string[]]>([
    [
      "Striker Tavi Olembe trained in France Olembe is put through drills.",
      [
        ["Tavi Olembe", "person"],
        ["France Olembe", "place"],
      ],
      ["Tavi Olembe|person", "France|country", "Olembe|person"],
    ],
    [
      "Dana Whitlow spoke for Labour. 'Unfortunately for Labour Whitlow's speech fell flat.'",
      [
        ["Dana Whitlow", "person"],
        ["Labour", "organization"],
        ["Labour Whitlow", "organization"],
      ],
      ["Dana Whitlow|person", "Labour|organization", "Labour|organization", "Whitlow|person"],
    ],
    [
      "Dana Whitlow met the pilots in Atlanta Whitlow said the deal held.",
      [
        ["Dana Whitlow", "person"],
        ["Atlanta Whitlow", "person"],
      ],
      ["Dana Whitlow|person", "Atlanta|place", "Whitlow|person"],
    ],
    [
      "Coach Ravi Orsk praised Zentrix. Zentrix Orsk said the fans were loud.",
      [
        ["Ravi Orsk", "person"],
        ["Zentrix", "organization"],
        ["Zentrix Orsk", "person"],
      ],
      ["Ravi Orsk|person", "Zentrix|organization", "Zentrix|organization", "Orsk|person"],
    ],
  ])("%j", (text, names, expected) => {
    expect(shown(splitRunInSurnames(text, mentionsOf(text, names)))).toEqual(expected);
  });
});

describe("guards: a first name, a particle, a longer name, a place's word, a name written twice, a title", () => {
  it.each<[string, [string, MentionType][]]>([
    [
      "Tavi Olembe met Jordan Olembe.",
      [
        ["Tavi Olembe", "person"],
        ["Jordan Olembe", "person"],
      ],
    ],
    [
      "Hans van Liemt spoke. Van Liemt said more.",
      [
        ["Hans van Liemt", "person"],
        ["Van Liemt", "person"],
      ],
    ],
    [
      "Leopoldo Lima Figar spoke. Lima Figar said more.",
      [
        ["Leopoldo Lima Figar", "person"],
        ["Lima Figar", "person"],
      ],
    ],
    [
      "Dana Canyon drilled in the Wilmington Canyon off the coast.",
      [
        ["Dana Canyon", "person"],
        ["Wilmington Canyon", "place"],
      ],
    ],
    [
      "Ryan Olembe spoke. Rhodri Olembe, 17, met Zentrix. Rhodri Olembe said so. Rhodri read Zentrix.",
      [
        ["Ryan Olembe", "person"],
        ["Rhodri Olembe", "person"],
        ["Zentrix", "organization"],
        ["Rhodri Olembe", "person"],
      ],
    ],
  ])("%j", (text, names) => {
    const mentions = mentionsOf(text, names);
    expect(shown(splitRunInSurnames(text, mentions))).toEqual(shown(mentions));
  });

  it("a titled name stays one person", () => {
    const text = "Tavi Olembe met President France Olembe.";
    const mentions = mentionsOf(text, [
      ["Tavi Olembe", "person"],
      ["France Olembe", "person"],
    ]);
    (mentions[1] as Mention).title = "President";
    expect(shown(splitRunInSurnames(text, mentions))).toEqual(shown(mentions));
  });
});

describe("through annotate", () => {
  it("the surname joins its person, the country is a country", () => {
    const { mentions } = namedOf(
      "Swansea striker Tavi Olembe has been recovering from his injury in France Olembe is put through his exercises as he bids to play again.",
    );
    expect(mentions).toContain("France|country");
    expect(mentions).not.toContain("France Olembe|person");
    expect(mentions).not.toContain("France Olembe|place");
  });
});
