import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { speakerMatches } from "../src/aggregate/speaker-match.js";
import { parseHeader } from "../src/corpus/header.js";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { resolveQuotes } from "../src/resolve/speakers/resolve.js";
import { splitDocument } from "../src/text/split.js";
import type { Document, Mention, Quote } from "../src/types.js";

function doc(text: string, bodyStart = 0): Document {
  return { id: "t", path: "t", text, date: null, headers: {}, bodyStart, encoding: "utf-8" };
}

type Spec = { entity: string; type?: Mention["type"]; title?: string };

/** Mentions for every occurrence of each surface form, as extractMentions would give them. */
function mentionsOf(text: string, specs: Record<string, Spec>): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, spec] of Object.entries(specs)) {
    const pattern = new RegExp(`\\b${surface}\\b`, "g");
    for (const m of text.matchAll(pattern)) {
      const at = m.index ?? 0;
      const mention: Mention = {
        start: at,
        end: at + surface.length,
        text: surface,
        type: spec.type ?? "person",
        entity: spec.entity,
      };
      if (spec.title) mention.title = spec.title;
      mentions.push(mention);
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

function quotesOf(text: string, mentions: Mention[]): Quote[] {
  const d = doc(text);
  const split = splitDocument(d);
  return resolveQuotes(extractQuotes(d, split).quotes, split.tokens, split.sentences, mentions);
}

function speakers(text: string, specs: Record<string, Spec>): Array<[string | null, string | null]> {
  return quotesOf(text, mentionsOf(text, specs))
    .filter((q) => !q.partial)
    .map((q) => [q.speaker.name, q.speaker.mention?.text ?? null]);
}

const CAST: Record<string, Spec> = {
  "Anna Berg": { entity: "Anna Berg" },
  Berg: { entity: "Anna Berg", title: "Minister" },
  "Karl Vos": { entity: "Karl Vos" },
  Vos: { entity: "Karl Vos", title: "President" },
  Norwegian: { entity: "Norway", type: "demonym" },
  Dutch: { entity: "Netherlands", type: "demonym" },
  ministry: { entity: "Ministry of Trade", type: "organization" },
};

describe("speaker resolution", () => {
  it.each<[string, string, Array<[string | null, string | null]>]>([
    [
      "a name resolves to its canonical person",
      "Minister Anna Berg arrived. “We are ready,” Berg said.",
      [["Anna Berg", "Berg"]],
    ],
    [
      "a pronoun resolves to the most recent compatible subject (she → skips a man)",
      "Minister Anna Berg met Mrs. Lee's staff. Mr. Karl Vos spoke first. Berg listened.\n\n“We are ready,” she said.",
      [["Anna Berg", "she"]],
    ],
    [
      "a role noun with a demonym resolves to the person linked to that country",
      "The Norwegian minister Anna Berg met the Dutch president Karl Vos.\n\n“Trade matters,” the Dutch president said.\n\n“So does fishing,” the Norwegian minister added.",
      [
        ["Karl Vos", "the Dutch president"],
        ["Anna Berg", "the Norwegian minister"],
      ],
    ],
    [
      "a bare role noun resolves through titles and recency",
      "President Karl Vos met Minister Anna Berg. Vos spoke at length.\n\nThe president also voiced concern, saying, “This cannot go on.”",
      [["Karl Vos", "The president"]],
    ],
    [
      "a role-noun then pronoun chain",
      "President Karl Vos arrived late.\n\n“We were delayed,” the president said. “It will not happen again,” he added.",
      [
        ["Karl Vos", "the president"],
        ["Karl Vos", "he"],
      ],
    ],
    [
      "two speakers alternating",
      "Anna Berg and Karl Vos debated.\n\n“Taxes must fall,” Berg said.\n\n“They must rise,” Vos said.\n\n“Never,” Berg replied.",
      [
        ["Anna Berg", "Berg"],
        ["Karl Vos", "Vos"],
        ["Anna Berg", "Berg"],
      ],
    ],
    [
      "a cue-less paragraph continues the previous speaker with no mention",
      "“Taxes must fall,” Karl Vos said on Monday.\n\n“And they will fall this year.”",
      [
        ["Karl Vos", "Karl Vos"],
        ["Karl Vos", null],
      ],
    ],
    [
      "an unknown role keeps the mention with no name",
      "Talks went on.\n\n“Nothing was agreed,” a spokesman said.",
      [[null, "a spokesman"]],
    ],
  ])("%s", (_name, text, expected) => {
    expect(speakers(text, CAST)).toEqual(expected);
  });

  it("an organization speaker keeps its organization name", () => {
    const text = "The ministry of trade met.\n\n“Nothing was agreed,” the ministry said.";
    const q = quotesOf(text, mentionsOf(text, CAST))[0] as Quote;
    expect(q.speaker).toMatchObject({ name: null, organization: "Ministry of Trade" });
  });
});

describe("speakerMatches", () => {
  const quote = (name: string | null, mention: string, organization?: string): Quote => ({
    start: 0,
    end: 1,
    text: "x",
    partial: false,
    cue: null,
    speaker: {
      name,
      mention: { start: 0, end: mention.length, text: mention },
      ...(organization ? { organization } : {}),
    },
  });
  it.each<[Quote, string, boolean]>([
    [quote("Hassan Rouhani", "the Iranian president"), "Rouhani", true],
    [quote("Hassan Rouhani", "the Iranian president"), "hassan rouhani", true],
    [quote("Hassan Rouhani", "the Iranian president"), "president", false],
    [quote("François Hallier", "he"), "hallier", true],
    [quote("François Hallier", "he"), "Francois", true],
    [quote("Ilham Aliyev", "Aliyev"), "Rouhani", false],
    [quote(null, "the ministry", "Ministry of Trade"), "ministry of trade", true],
    [quote(null, "a spokesman"), "spokesman", false],
  ])("%#", (q, query, expected) => {
    expect(speakerMatches(q, query)).toBe(expected);
  });
});

const SAMPLE = new URL("../seeds/000_45a8fef921a77d2f.txt", import.meta.url);

describe("sample article (extract and resolve, as annotate runs them)", () => {
  it("Rouhani's three quotes, Aliyev's one, and a partial quote", () => {
    const text = readFileSync(SAMPLE, "utf8");
    const header = parseHeader(text);
    const d = doc(text, header.bodyStart);
    const { quotes } = nameDocument(d, splitDocument(d));
    const by = (name: string) => quotes.filter((q) => !q.partial && speakerMatches(q, name));
    expect(by("Rouhani").map((q) => [q.text.slice(0, 20), q.speaker.mention?.text, q.cue?.text])).toEqual([
      ["Security, stability ", "the Iranian president", "added"],
      ["Peace in the region ", "President Rouhani", "stressing"],
      ["I hope the war and c", "The president", "saying"],
    ]);
    expect(by("Aliyev").map((q) => [q.text.slice(0, 20), q.speaker.mention?.text, q.cue?.text])).toEqual([
      ["We consider Iran’s s", "The Azeri president", "stating"],
    ]);
    expect(quotes.filter((q) => q.partial).map((q) => q.text)).toEqual(["constructive stances"]);
  });
});
