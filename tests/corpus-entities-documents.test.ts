/**
 * Entities across documents read by the naming stage: an institution named for a person, the type vote that
 * keeps a document's clear evidence, an organization cut before its institution's word (split from
 * corpus-entities.test.ts, whose rows are the documents' records).
 */
import { describe, expect, it } from "vitest";
import { EntityAggregator } from "../src/aggregate/entities.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { withInstitutionTails } from "../src/resolve/names/organization-spans.js";
import { splitDocument } from "../src/text/split.js";
import type { EntityRecord, EntityType, Mention } from "../src/types.js";
import { bodyOnlyDocument } from "./helpers/document.js";

describe("an institution named for a person is one organization, not the person beside a nameless one", () => {
  /** The document's entities as "type: name". */
  const named = (text: string): string[] => {
    const doc = bodyOnlyDocument(text);
    const { mentions } = nameDocument(doc, splitDocument(doc));
    return [...new Set(mentions.map((m) => `${m.type}: ${m.entity}`))];
  };
  it.each([
    [
      "Senator Dana Whitlow spoke on Monday. Donors to the Whitlow Foundation met her in Ashford.",
      "organization: Whitlow Foundation",
    ],
    [
      "Ada Okafor left the board in May. Grants from the Okafor Foundation will go on, aides said.",
      "organization: Okafor Foundation",
    ],
  ])("%s", (text, expected) => {
    expect(named(text)).toContain(expected);
    expect(named(text)).not.toContain(`organization: ${expected.split(" ").pop()}`);
  });
});

/**
 * One document's record: "name/type/mentions[/alias...][#Title,Title]" ("Kestrel/person/2#President": two
 * mentions of a person titled President).
 */
const documentRecord = (spec: string): EntityRecord => {
  const [names, titles] = spec.split("#");
  const [name, type, count, ...aliases] = (names as string).split("/");
  const record: EntityRecord = {
    name: name as string,
    type: type as EntityType,
    count: Number(count),
    aliases: [name as string, ...aliases],
  };
  if (titles !== undefined) record.titles = titles.split(",");
  return record;
};
/** The corpus's entries as "name/type/mentions/documents" after adding each document's records in turn. */
const corpus = (documents: readonly (readonly string[])[]): string[] => {
  const aggregator = new EntityAggregator();
  for (const records of documents) aggregator.addAnnotation({ entities: records.map(documentRecord) });
  return aggregator.result().map((e) => `${e.name}/${e.type}/${e.count}/${e.documents}`);
};
describe("the type vote keeps a document's clear evidence (several documents a row)", () => {
  const firm = ["Kestrel/organization/5"];
  it.each([
    // A titled person stays a person beside a firm of the same name that most documents name.
    [
      [firm, firm, firm, firm, ["Kestrel/person/2#President"]],
      ["Kestrel/organization/20/4", "Kestrel/person/2/1"],
    ],
    [
      [firm, firm, firm, ["Kestrel/person/1#Mr."]],
      ["Kestrel/organization/15/3", "Kestrel/person/1/1"],
    ],
    // Without a title, the document's reading joins the majority's.
    [[firm, firm, firm, firm, ["Kestrel/person/2"]], ["Kestrel/organization/22/5"]],
    // A table's acronym in capitals before the name is no title.
    [[firm, firm, firm, firm, ["Kestrel/person/2#ADM"]], ["Kestrel/organization/22/5"]],
    // A person outvotes a firm when the corpus names it as one: a known first name...
    [
      [["Dana Whitlow/person/4"], ["Dana Whitlow/person/4"], ["Dana Whitlow/organization/1"]],
      ["Dana Whitlow/person/9/3"],
    ],
    // ... a title ...
    [[["Okafor/person/4#Mr"], ["Okafor/person/4"], ["Okafor/organization/1"]], ["Okafor/person/9/3"]],
    // ... or as the surname of a full name with a known first name or with a title.
    [
      [
        ["Dana Whitlow/person/3/Whitlow"],
        ["Whitlow/person/4"],
        ["Whitlow/person/4"],
        ["Whitlow/organization/1"],
      ],
      ["Dana Whitlow/person/12/4"],
    ],
    [
      [
        ["Zoltar Brennick/person/3/Brennick#Minister"],
        ["Brennick/person/3"],
        ["Brennick/person/3"],
        ["Brennick/place/1"],
      ],
      ["Zoltar Brennick/person/10/4"],
    ],
    // A "person" the corpus never names as one (a firm the tagger reads as a person) keeps the firm's documents.
    [
      [["Okafor/person/4"], ["Okafor/person/4"], ["Okafor/organization/1"]],
      ["Okafor/person/8/2", "Okafor/organization/1/1"],
    ],
    [
      [["Halvorsen Matheson/person/4"], ["Halvorsen Matheson/person/4"], ["Halvorsen Matheson/place/1"]],
      ["Halvorsen Matheson/person/8/2", "Halvorsen Matheson/place/1/1"],
    ],
  ])("%j", (documents, expected) => {
    expect(corpus(documents)).toEqual(expected);
  });
});

describe("an organization cut before its institution's word holds it (stage: withInstitutionTails)", () => {
  /** The organization mention of `span` (first occurrence) through the stage, beside `others`: its text. */
  const grown = (text: string, span: string, others: string[] = []): string => {
    const mention = (name: string, type: Mention["type"]): Mention => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type, entity: name };
    };
    const mentions = [mention(span, "organization"), ...others.map((o) => mention(o, "place"))].sort(
      (a, b) => a.start - b.start,
    );
    withInstitutionTails(mentions, text);
    return mentions.find((m) => m.type === "organization")?.text ?? "";
  };
  it.each<[string, string, string[], string]>([
    [
      "She is a professor at the Kestrel Institute of Applied Optics.",
      "Kestrel",
      [],
      "Kestrel Institute of Applied Optics",
    ],
    ["Grants from the Okafor Museum will go on.", "Okafor", [], "Okafor Museum"],
    // A company's form stays out of a firm's name, as the tagger leaves it.
    ["Shares of Kestrel Petroleum rose.", "Kestrel", [], "Kestrel"],
    // Not an institution's word; not over another mention; not in capitals.
    ["Shares of Kestrel Rose on Monday.", "Kestrel", [], "Kestrel"],
    ["He left the Kestrel University of Dayton for Ohio.", "Kestrel", ["Dayton"], "Kestrel"],
    ["KESTREL INSTITUTE CLOSES", "KESTREL", [], "KESTREL"],
  ])("%s", (text, span, others, expected) => {
    expect(grown(text, span, others)).toBe(expected);
  });
});

describe("a surname titled Mr in some documents and Mrs in others is two people", () => {
  const full = ["Dana Whitlow/person/4", "Tom Whitlow/person/4"];
  it.each([
    // Each titled surname joins the full name of its gender.
    [
      [full, ["Whitlow/person/2#Mrs"], ["Whitlow/person/3#Mr"]],
      ["Tom Whitlow/person/7/2", "Dana Whitlow/person/6/2"],
    ],
    [
      [["Whitlow/person/2#Mr"], full, ["Whitlow/person/3#Ms."]],
      ["Dana Whitlow/person/7/2", "Tom Whitlow/person/6/2"],
    ],
    // A part no full name of its gender takes joins its name's record again, whichever part comes first.
    [
      [
        ["Tom Whitlow/person/4", "John Whitlow/person/4", "Mary Whitlow/person/4", "Anna Whitlow/person/4"],
        ["Whitlow/person/2#Mr"],
        ["Whitlow/person/3#Mrs"],
        ["Whitlow/person/1"],
      ],
      [
        "Whitlow/person/6/3",
        "Anna Whitlow/person/4/1",
        "John Whitlow/person/4/1",
        "Mary Whitlow/person/4/1",
        "Tom Whitlow/person/4/1",
      ],
    ],
    // With no full name, two entries of one name: two people.
    [
      [["Okafor/person/2#Mr"], ["Okafor/person/3#Mrs"]],
      ["Okafor/person/3/1", "Okafor/person/2/1"],
    ],
    // Guards: the same gender, or no title, is one entry as before.
    [[["Okafor/person/2#Mr"], ["Okafor/person/3#Mr."], ["Okafor/person/1"]], ["Okafor/person/6/3"]],
    [
      [full, ["Whitlow/person/2#Mr"], ["Whitlow/person/1"]],
      ["Tom Whitlow/person/7/3", "Dana Whitlow/person/4/1"],
    ],
  ])("%j", (documents, expected) => {
    expect(corpus(documents)).toEqual(expected);
  });
});

describe("a name titled both ways splits the same from pieces of the corpus", () => {
  it("pieces (one through JSON, as the cache keeps them) give what their documents give", () => {
    const documents = [
      ["Dana Whitlow/person/4", "Tom Whitlow/person/4"],
      ["Whitlow/person/2#Mrs"],
      ["Whitlow/person/3#Mr"],
    ];
    const whole = new EntityAggregator();
    const first = new EntityAggregator();
    const second = new EntityAggregator();
    documents.forEach((records, i) => {
      whole.addAnnotation({ entities: records.map(documentRecord) });
      (i < 2 ? first : second).addAnnotation({ entities: records.map(documentRecord) });
    });
    const pieces = new EntityAggregator();
    pieces.merge(JSON.parse(JSON.stringify(first.records())));
    pieces.merge(second);
    expect(pieces.result()).toEqual(whole.result());
    expect(whole.result().map((e) => `${e.name}/${e.count}`)).toEqual(["Tom Whitlow/7", "Dana Whitlow/6"]);
  });
});
