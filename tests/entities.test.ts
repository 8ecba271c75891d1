import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseHeader } from "../src/corpus/header.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { groupEntities } from "../src/resolve/entities.js";
import { acronymTarget, initialsIndex } from "../src/resolve/names/acronym-names.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";
import { LINEARITY_CPU_MS, LINEARITY_TIMEOUT_MS, withCpuMillis } from "./helpers/cpu-time.js";
import { documentOf } from "./helpers/document.js";

function mentionsOf(text: string): Mention[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc)).mentions;
}

/** "text|type|entity" (and "|title" for a titled person) of every mention, in text order. */
function describeMentions(text: string): string[] {
  return mentionsOf(text).map(
    (m) => `${m.text}|${m.type}|${m.entity}${m.title === undefined ? "" : `|${m.title}`}`,
  );
}

describe("extractMentions", () => {
  it.each([
    // titles stay out of the span and go in `title`
    [
      "Prime Minister Jane Holloway visited Oslo on Monday.",
      ["Jane Holloway|person|Jane Holloway|Prime Minister", "Oslo|place|Oslo"],
    ],
    ["The talks were hosted by Dr. Alan Reyes.", ["Alan Reyes|person|Alan Reyes|Dr."]],
    // possessives stay out of the span
    [
      "Canada's foreign minister met Peter Novak's lawyer in Toronto.",
      ["Canada|country|Canada", "Peter Novak|person|Peter Novak", "Toronto|place|Toronto"],
    ],
    // hyphenated places
    [
      "Shelling hit Guinea-Bissau and the suburbs of Port-au-Prince, officials said.",
      ["Guinea-Bissau|country|Guinea-Bissau", "Port-au-Prince|place|Port-au-Prince"],
    ],
    // initials
    [
      "J.K. Marlowe signed books in Edinburgh on Saturday.",
      ["J.K. Marlowe|person|J.K. Marlowe", "Edinburgh|place|Edinburgh"],
    ],
    // Mc / O' / van der
    [
      "Rory McAlinden, Sinead O'Rourke and Rafael van der Meulen attended the gala in Dublin.",
      [
        "Rory McAlinden|person|Rory McAlinden",
        "Sinead O'Rourke|person|Sinead O'Rourke",
        "Rafael van der Meulen|person|Rafael van der Meulen",
        "Dublin|place|Dublin",
      ],
    ],
    // name particles stay inside a name; any other lower-case word ends it
    [
      "Paintings by Leonardo da Varenna and letters of Osama bin Hamdan and Ludwig van Oosterhout were shown.",
      [
        "Leonardo da Varenna|person|Leonardo da Varenna",
        "Osama bin Hamdan|person|Osama bin Hamdan",
        "Ludwig van Oosterhout|person|Ludwig van Oosterhout",
      ],
    ],
    ["Former heavyweight champion Frank Milo has quit the ring.", ["Frank Milo|person|Frank Milo"]],
    // sentence-initial capitalized ordinary words are not names
    ["Police said the fire started early. Opposition leaders blamed the mayor.", []],
    ["Nice weather brought crowds to the beach.", []],
    ["Reading the report, Mr. Kowalski frowned.", ["Kowalski|person|Kowalski|Mr."]],
    // ... but the same words are places where the context says so
    ["She flew to Nice, France, on Friday.", ["Nice|place|Nice", "France|country|France"]],
    // a surname joins the one full name of the document that ends with it
    [
      "Chancellor Ingrid Kessel said Germany would help. Kessel spoke in Berlin.",
      [
        "Ingrid Kessel|person|Ingrid Kessel|Chancellor",
        "Germany|country|Germany",
        "Kessel|person|Ingrid Kessel",
        "Berlin|place|Berlin",
      ],
    ],
    // two people with the same surname: a bare "Smith" is the one named last before it (listed apart, it would
    // be a third person)
    [
      "John Smith and Mary Smith arrived late. Smith said the train was delayed.",
      ["John Smith|person|John Smith", "Mary Smith|person|Mary Smith", "Smith|person|Mary Smith"],
    ],
    // countries under their canonical name
    [
      "The U.S. and the USA and America are one country.",
      ["U.S.|country|United States", "USA|country|United States", "America|country|United States"],
    ],
    // "Georgia" is the country unless it follows "<US place>," (then the US state, a place)
    ["Georgia and Russia fought a short war in 2008.", ["Georgia|country|Georgia", "Russia|country|Russia"]],
    [
      "He grew up in Atlanta, Georgia, before moving to Texas.",
      ["Atlanta|place|Atlanta", "Georgia|place|Georgia", "Texas|place|Texas"],
    ],
    // demonyms, singular and plural, refer to their country
    [
      "Iranian officials met Azeri diplomats while Americans watched.",
      ["Iranian|demonym|Iran", "Azeri|demonym|Azerbaijan", "Americans|demonym|United States"],
    ],
    // "Dominican" is both Dominica's and the Dominican Republic's demonym: the republic's, which news means;
    // the island's own name stays the island
    [
      "The Dominican pitcher Ramiro Velasquo flew to Dominica on Friday.",
      [
        "Dominican|demonym|Dominican Republic",
        "Ramiro Velasquo|person|Ramiro Velasquo",
        "Dominica|country|Dominica",
      ],
    ],
    [
      "President Emmanuel Marchand of France met German Chancellor Olaf Schalk in Paris.",
      [
        "Emmanuel Marchand|person|Emmanuel Marchand|President",
        "France|country|France",
        "German|demonym|Germany",
        "Olaf Schalk|person|Olaf Schalk|Chancellor",
        "Paris|place|Paris",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(describeMentions(text)).toEqual(expected);
  });

  it.each([
    ["STORM HITS BERLIN", "BERLIN|place|Berlin"],
    ["ROUHANI WARNS OF WAR. Hassan Rouhani spoke on Tuesday.", "ROUHANI|person|Hassan Rouhani"],
  ])("reads ALL-CAPS headlines: %s", (text, expected) => {
    expect(describeMentions(text)).toContain(expected);
  });

  it.each(["The President said on Monday that the Prime Minister would visit.", "PRESIDENT WARNS OF WAR"])(
    "does not take a bare title for a person: %s",
    (text) => {
      expect(mentionsOf(text).filter((m) => m.type === "person")).toEqual([]);
    },
  );

  it("keeps every span exact: text.slice(start, end) === text, names without trailing punctuation", () => {
    const text = "Mr. Smith’s friend, Anna Berg, flew from Paris. “Berg,” he said, “is in Oslo.”";
    const mentions = mentionsOf(text);
    expect(mentions.length).toBeGreaterThan(3);
    for (const m of mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(m.text).not.toMatch(/[\s\p{P}]$|['’]s$/u);
    }
    expect(mentions.map((m) => m.start)).toEqual([...mentions.map((m) => m.start)].sort((a, b) => a - b));
  });

  it("ignores the header and returns nothing for an empty body", () => {
    expect(mentionsOf("date 2020-10-07\n")).toEqual([]);
    expect(mentionsOf("")).toEqual([]);
  });
});

describe("the sample article", () => {
  const text = readFileSync(new URL("../seeds/000_45a8fef921a77d2f.txt", import.meta.url), "utf8");
  const mentions = mentionsOf(text);
  const entities = groupEntities(mentions);
  const names = (type: string): string[] =>
    entities
      .filter((e) => e.type === type && e.count > 0)
      .map((e) => e.name)
      .sort();

  it("finds its people (and no bare title as a person)", () => {
    expect(names("person")).toEqual(["Hassan Rouhani", "Ilham Aliyev"]);
    const rouhani = entities.find((e) => e.name === "Hassan Rouhani");
    expect(rouhani?.aliases).toEqual(expect.arrayContaining(["Hassan Rouhani", "Rouhani"]));
    expect(rouhani?.titles).toContain("President");
  });

  it("finds its countries, places and demonyms", () => {
    expect(names("country")).toEqual(["Armenia", "Azerbaijan", "Iran"]);
    expect(names("place")).toEqual(["Baku", "Nagorno-Karabakh", "Tehran", "Yerevan"]);
    const demonyms = new Map(mentions.filter((m) => m.type === "demonym").map((m) => [m.text, m.entity]));
    expect(Object.fromEntries(demonyms)).toEqual({ Iranian: "Iran", Azeri: "Azerbaijan" });
    expect(entities.find((e) => e.name === "Azerbaijan")?.aliases).toContain("Republic of Azerbaijan");
    expect(entities.find((e) => e.name === "Baku")?.country).toBe("Azerbaijan");
  });

  it("keeps the header out of the mentions", () => {
    expect(mentions[0]?.start).toBeGreaterThanOrEqual(parseHeader(text).bodyStart);
  });
});

describe("organization names", () => {
  const organizations = (text: string) =>
    mentionsOf(text)
      .filter((m) => m.type === "organization")
      .map((m) => `${m.text}|${m.entity}`);

  it.each([
    // An acronym joins the one longer name of the document whose initials it spells, "of"/"the" skipped.
    [
      "The International Monetary Fund (IMF) said growth would slow. The IMF expects inflation to ease.",
      [
        "International Monetary Fund|International Monetary Fund",
        "IMF|International Monetary Fund",
        "IMF|International Monetary Fund",
      ],
    ],
    [
      "Ministers of the Organisation of Petroleum Exporting Countries met. OPEC kept output unchanged.",
      [
        "Organisation of Petroleum Exporting Countries|Organisation of Petroleum Exporting Countries",
        "OPEC|Organisation of Petroleum Exporting Countries",
      ],
    ],
    // Acronyms are kept as written, not title-cased; a dotted one is undotted.
    ["NATO officials met in Brussels on Monday.", ["NATO|NATO"]],
    ["The U.N. said on Monday it would send aid.", ["U.N.|UN"]],
  ])("%s", (text, expected) => {
    expect(organizations(text)).toEqual(expected);
  });

  it("writes headline capitals as the document spells them elsewhere, or in title case", () => {
    const found = organizations(
      "BUNDESBANK HOLDS RATES\nThe Bundesbank left its rates unchanged on Thursday.",
    );
    expect(found).toContain("Bundesbank|Bundesbank");
    expect(found.every((f) => !/\|.*\p{Lu}{2}/u.test(f))).toBe(true);
  });

  it.each([
    ["AP", ["Associated Press", "Reuters"], "Associated Press"],
    ["AP", ["Associated Press", "Alliance Party"], undefined],
    // The initials of every word spell an acronym too where no name's initials without small words do
    // (fullInitialsOf: "DOJ"); this row said undefined before.
    ["BOE", ["Bank of England"], "Bank of England"],
    ["BOE", ["Bank of England", "Bay Orchard Estates"], "Bay Orchard Estates"],
    ["BE", ["Bank of England"], "Bank of England"],
    ["ECB", ["European Central Bank", "European Central Bank"], "European Central Bank"],
    ["UN", ["UNICEF"], undefined],
  ])("acronymTarget(%s, %j) is %s: one name only, never a guess between two", (letters, names, expected) => {
    expect(acronymTarget(letters, initialsIndex(names))).toBe(expected);
  });
});

describe("robustness", () => {
  it("tags a dateline or byline on its own short line apart from the sentence after it", () => {
    expect(
      describeMentions("Anna Berg\nBERLIN 2020-10-07\nFlooding hit the city of Dresden on Monday."),
    ).toEqual(["Anna Berg|person|Anna Berg", "BERLIN|place|Berlin", "Dresden|place|Dresden"]);
  });

  it.each([
    ["a 3 MB line without punctuation", "word ".repeat(600_000)],
    ["20,000 unbalanced quote marks", `“${"Smith said “yes ".repeat(20_000)}`],
    ["a long run of capitalized words", "Alpha Beta Gamma ".repeat(100_000)],
  ])(
    "stays linear on %s",
    (_, text) => {
      const { result: mentions, cpuMillis } = withCpuMillis(() => mentionsOf(text));
      expect(cpuMillis).toBeLessThan(LINEARITY_CPU_MS);
      for (const m of mentions.slice(0, 100)) expect(text.slice(m.start, m.end)).toBe(m.text);
    },
    LINEARITY_TIMEOUT_MS,
  );
});
