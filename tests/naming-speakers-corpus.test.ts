/**
 * Naming beyond one mention: a document's speakers and pronouns, one name's one type over the corpus, and a
 * language that is no country (split from naming.test.ts).
 */
import { describe, expect, it } from "vitest";
import { EntityAggregator } from "../src/aggregate/entities.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { createSpeakerContext, resolvePronoun } from "../src/resolve/speakers/resolve.js";
import { splitDocument } from "../src/text/split.js";
import type { EntityRecord } from "../src/types.js";
import { bodyOnlyDocument } from "./helpers/document.js";

describe("resolve: speakers and pronouns", () => {
  const speakerOf = (text: string) => {
    const d = bodyOnlyDocument(text);
    return nameDocument(d, splitDocument(d)).quotes.filter((q) => !q.partial)[0]?.speaker.name ?? null;
  };
  it.each([
    ["Mary Smith met John Roe on Monday.\n\n“We agreed,” she said.", "Mary Smith"],
    ["John Roe met Mary Smith on Monday.\n\n“We agreed,” he said.", "John Roe"],
  ])("%j → %s: a pronoun agrees in gender with its person", (text, expected) => {
    expect(speakerOf(text)).toBe(expected);
  });

  it("a pronoun resolves to the salient subject, not a person in an adjunct", () => {
    const text = "Edmund studied at Harrow.\nSent to the care of a Dr. Penhallow, he was told to rest.";
    const d = bodyOnlyDocument(text);
    const split = splitDocument(d);
    const { mentions } = nameDocument(d, split);
    const context = createSpeakerContext(split.tokens, split.sentences, mentions);
    const at = text.indexOf(" he ") + 1;
    expect(resolvePronoun(context, { start: at, end: at + 2, text: "he" })).toBe("Edmund");
  });
});

describe("aggregate: one name, one type over the corpus", () => {
  const record = (name: string, type: EntityRecord["type"], count: number): EntityRecord => ({
    name,
    type,
    count,
    aliases: [name],
  });
  it.each([
    [[record("Tembara", "place", 5), record("Tembara", "person", 1)], [["Tembara", "place", 6]]],
    [
      [record("Jordan", "country", 3), record("Jordan", "person", 2)],
      [
        ["Jordan", "country", 3],
        ["Jordan", "person", 2],
      ],
    ],
    // A place the gazetteer puts in a country (a US state) is not the country of its name, however outvoted.
    [
      [record("Georgia", "country", 9), { ...record("Georgia", "place", 1), country: "United States" }],
      [
        ["Georgia", "country", 9],
        ["Georgia", "place", 1],
      ],
    ],
    // A body's name that its document reads as an organization keeps that reading beside a place of its name.
    [
      [record("Harwick University", "place", 4), record("Harwick University", "organization", 1)],
      [
        ["Harwick University", "place", 4],
        ["Harwick University", "organization", 1],
      ],
    ],
    [
      [record("Morland Department", "place", 5), record("Morland Department", "organization", 2)],
      [
        ["Morland Department", "place", 5],
        ["Morland Department", "organization", 2],
      ],
    ],
    // Guard: an organization of another name joins the place of most mentions.
    [[record("Harwick", "place", 4), record("Harwick", "organization", 1)], [["Harwick", "place", 5]]],
    // Guard: a place the gazetteer does not place joins the country of most mentions.
    [[record("Georgia", "country", 9), record("Georgia", "place", 1)], [["Georgia", "country", 10]]],
  ])("%j", (records, expected) => {
    const aggregator = new EntityAggregator();
    for (const r of records) aggregator.addAnnotation({ entities: [r] });
    expect(aggregator.result().map((e) => [e.name, e.type, e.count])).toEqual(expected);
  });
});

describe("resolve: a language is not a country", () => {
  const demonyms = (text: string): string[] => {
    const d = bodyOnlyDocument(text);
    return nameDocument(d, splitDocument(d))
      .mentions.filter((m) => m.type === "demonym")
      .map((m) => m.text);
  };
  it.each([
    ["She speaks Dutch at home.", []],
    ["The letter was written in English, then sent.", []],
    ["He studied at Dutch universities.", ["Dutch"]],
    ["He studied in Dutch universities.", ["Dutch"]],
    ["The Iranian president spoke.", ["Iranian"]],
    ["She came to Canada to learn English. He spent a year teaching French to refugees.", []],
    ["He was teaching German students in Ottawa.", ["German"]],
  ])("%s → %j", (text, expected) => {
    expect(demonyms(text)).toEqual(expected);
  });
});
