/**
 * One person spelled two ways is one entry; a city read as a lone person is the city; another person's surname
 * before a word of the dictionary names a firm (resolve/names spellings.ts, not-people.ts, named-things.ts).
 * All names invented.
 */
import { describe, expect, it } from "vitest";
import { mentionAt } from "../src/extract/mention.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { settleOneWordPersons } from "../src/resolve/names/one-word-persons.js";
import { withOneSpelling } from "../src/resolve/names/spellings.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";
import { bodyOnlyDocument } from "./helpers/document.js";

const mentionsOf = (text: string): Mention[] => {
  const d = bodyOnlyDocument(text);
  return nameDocument(d, splitDocument(d)).mentions;
};

/** The document's people, each once, in order of first mention. */
const people = (text: string): string[] => [
  ...new Set(
    mentionsOf(text)
      .filter((m) => m.type === "person")
      .map((m) => m.entity),
  ),
];

describe("one person spelled two ways", () => {
  it.each([
    ["George W. Harlan spoke first. Later George W Harlan's aides left.", ["George W. Harlan"]],
    [
      "Marianne Barrow, 38, ran the shop for a decade. Her sister said Mariane Barrow would return in May.",
      ["Marianne Barrow"],
    ],
    [
      "Phillip Okoro scored twice. Coach Philip Okoro was pleased, said Tom Harlan.",
      ["Phillip Okoro", "Tom Harlan"],
    ],
    // A surname's doubled letter once and once not (session 37).
    ["Zara Phillimore rode well. Later Zara Philimore said the horse was tired.", ["Zara Phillimore"]],
    // An initial and the surname of a full name of the document (session 32, a rugby report's line-up).
    ["Shane Wilmott scored a try. Later S Wilmott went off injured.", ["Shane Wilmott"]],
    ["Shane Wilmott scored a try. Later S. Wilmott went off injured.", ["Shane Wilmott"]],
    // Another initial is another person.
    ["Shane Wilmott scored a try. Later M. Wilmott went off injured.", ["Shane Wilmott", "M. Wilmott"]],
    // A hyphened surname written once without its hyphen (session 32, a CNN/DailyMail dev story).
    [
      "Sam Walby-Corran rode the winner. Mr Walby Corran's win prompted bets. Mr Walby-Corran smiled.",
      ["Sam Walby-Corran"],
    ],
    [
      "Police named the suspect as Omar Haddad on Tuesday. A witness wrote: Suspect: Haddad Omar, was acting nervous.",
      ["Omar Haddad"],
    ],
    // Two people whose names are the same two first names in the other order stay two.
    [
      "Scott Lowell chaired the hearing on Monday. Lowell Scott, a farmer, told the panel the plan would fail.",
      ["Scott Lowell", "Lowell Scott"],
    ],
    // Guards: another surname, another given name, three words in another order.
    ["Phillip Okoro met Philip Okori on Friday.", ["Phillip Okoro", "Philip Okori"]],
    [
      "Omar Haddad Saleh spoke first. Then Saleh Omar Haddad answered him.",
      ["Omar Haddad Saleh", "Saleh Omar Haddad"],
    ],
    ["Dana Whitlow met Dina Whitlow on Friday.", ["Dana Whitlow", "Dina Whitlow"]],
    ["Dana Hall met Dana Hale on Friday.", ["Dana Hall", "Dana Hale"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("one name written with and without its full stops, or broken over a line, is one entity of the document", () => {
  /** The document's entities as "type name count", most mentioned first. */
  const entities = (text: string): string[] => {
    const d = bodyOnlyDocument(text);
    const counts = new Map<string, number>();
    for (const m of nameDocument(d, splitDocument(d)).mentions) {
      if (m.type === "demonym") continue;
      const key = `${m.type} ${m.entity}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return [...counts].map(([key, count]) => `${key} ${count}`);
  };
  it.each([
    [
      "Kestrel Corp. said on Monday it would cut 40 jobs. Kestrel Corp said the cuts were needed.",
      ["organization Kestrel Corp. 2"],
    ],
    [
      "The U.N. Security Council met on Tuesday. The UN Security Council will meet again in May.",
      ["organization U.N. Security Council 2"],
    ],
    // Guards: another name (Group, not Corp), a person's name as before.
    [
      "Kestrel Corp. said on Monday it would cut 40 jobs. Kestrel Group said it would not.",
      ["organization Kestrel Corp. 1", "organization Kestrel Group 1"],
    ],
    ["Dana W. Whitlow spoke first. Later Dana W Whitlow's aides left.", ["person Dana W. Whitlow 2"]],
  ])("%j", (text, expected) => {
    expect(entities(text)).toEqual(expected);
  });

  // Mentions as the naming passes leave them ("type:entity"), each rule's cases the tagger does not give alone.
  it.each([
    // The line-broken spelling comes first; the single-spaced one names the entity.
    [
      ["place:West\nKestrel", "place:West Kestrel"],
      ["West Kestrel", "West Kestrel"],
    ],
    [
      ["place:St. Kestrel", "place:St Kestrel", "place:St Kestrel"],
      ["St Kestrel", "St Kestrel", "St Kestrel"],
    ],
    // Guards: another type stays apart; a demonym names its country.
    [
      ["place:St. Kestrel", "organization:St Kestrel"],
      ["St. Kestrel", "St Kestrel"],
    ],
    [
      ["country:U.S.", "demonym:US"],
      ["U.S.", "US"],
    ],
  ])("%j", (specs, expected) => {
    const mentions = specs.map((spec, i) => {
      const [type, entity] = spec.split(":") as [Mention["type"], string];
      return mentionAt(i * 20, i * 20 + entity.length, entity, type);
    });
    withOneSpelling(mentions);
    expect(mentions.map((m) => m.entity)).toEqual(expected);
  });
});

describe("a city read as a lone person is the city", () => {
  // The tagger reads these cities right in invented text: the rows give settleOneWordPersons a person mention.
  const settled = (text: string, name: string): Mention["type"] | undefined => {
    const d = bodyOnlyDocument(text);
    const { tokens } = splitDocument(d);
    const mentions: Mention[] = [];
    for (const found of text.matchAll(/Fresno|Leeds|Ruth Okafor/g)) {
      const type = found[0] === name ? "person" : found[0] === "Leeds" ? "place" : "person";
      mentions.push(mentionAt(found.index ?? 0, (found.index ?? 0) + found[0].length, found[0], type));
    }
    return settleOneWordPersons(mentions, tokens).find((m) => m.text === name)?.type;
  };
  it.each([
    [
      "Ms. Okafor, whose seat lies in the leafy Fresno suburbs, said Mr. Harlan was wrong.",
      "Fresno",
      "place",
    ],
    ["The firm has depots in Leeds and Fresno.", "Fresno", "place"],
    // Guards: a city alone that speaks, a city listed with a person.
    ["Fresno said he would run again.", "Fresno", "person"],
    ["He met Ruth Okafor and Fresno in Boston.", "Fresno", "person"],
  ])("%s", (text, name, type) => {
    expect(settled(text, name)).toBe(type);
  });
});

describe("another person's surname before a word of the dictionary names a firm", () => {
  it.each([
    ["Dana Whitlow built towers. Whitlow Mortgage closed in 2007, Whitlow said.", ["Dana Whitlow"]],
    // Guard: a word that is a name too.
    [
      "Tom Harlan met Ruth Okafor. Harlan Rose said the talks failed.",
      ["Tom Harlan", "Ruth Okafor", "Harlan Rose"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a shop's possessive", () => {
  it.each([
    [
      "Revenue rose at Kestrel’s by 4 percent, and at Harlow’s by 2 percent, said Tom Harlan.",
      ["Tom Harlan"],
    ],
    // Guard: a time gap in a results table is no chapter and verse.
    ["1. Tom Harlan 4 hours 2 mins\n2. Harlan 1:25\n3. Omar Haddad 1:30", ["Tom Harlan", "Omar Haddad"]],
    // Guards: a possessive before a noun or inside brackets, a city listed with people.
    [
      "It was Tom Harlan’s idea. Harlan’s and Okafor’s plans differ, said Ruth Okafor.",
      ["Tom Harlan", "Ruth Okafor"],
    ],
    ["Ask about his (Okafor’s) plan, said Ruth Okafor.", ["Ruth Okafor"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe('a plural of the dictionary after "the" names a team', () => {
  it.each([
    ["Fans cheered the Okafor Owls after the win, said Tom Harlan.", ["Tom Harlan"]],
    // Guards: a surname that is a plural too, a first name opening the name.
    ["He heard the Dana Spoons song. Dana Spoons sang it, said Tom Harlan.", ["Dana Spoons", "Tom Harlan"]],
    ["She met the Dana Banks family on Friday, said Tom Harlan.", ["Dana Banks", "Tom Harlan"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person's name is written with single spaces (resolve/names/index.ts)", () => {
  it.each([
    ["The central bank's governor, Dana\nWhitlow, said the bank would cut rates next month.", "Dana Whitlow"],
    ["Sen. Marco\u00a0Rubelli (R-Fla.) opposed the deal.", "Marco Rubelli"],
  ])("%j", (text, entity) => {
    expect(people(text)).toEqual([entity]);
  });
});

describe("every entity is written with single spaces (resolve/names/index.ts)", () => {
  it("a place a wire wrapped", () => {
    const d = bodyOnlyDocument(
      "The company said on Tuesday that it would close its assembly plant in West\nChicago by the end of the year, cutting about 400 jobs, and move the\nwork to its larger factory in Ohio, a spokesman for the firm said.",
    );
    const places = nameDocument(d, splitDocument(d)).mentions.filter((m) => m.type === "place");
    expect(places.map((m) => [m.text, m.entity])).toEqual([
      ["West\nChicago", "West Chicago"],
      ["Ohio", "Ohio"],
    ]);
  });
});

describe("a spaced name that ends a longer one as written is that one's (spellings.ts)", () => {
  it("not the hyphened namesake's", () => {
    const text =
      'Salah Abu-Laban and Ghassan Abu-Laban died. "Have mercy," wrote film director Osman Abu Laban, Abu-Laban’s nephew. "Forgive them," Abu Laban wrote.';
    const d = bodyOnlyDocument(text);
    const speakers = nameDocument(d, splitDocument(d)).quotes.map((q) => q.speaker.name);
    expect(speakers).toEqual(["Osman Abu Laban", "Osman Abu Laban"]);
  });
});

describe("a full name inside a quotation is no sign the story names its person in full (shared-surnames.ts)", () => {
  it("the bare surname stays the story's subject's", () => {
    const text =
      'Pop star Michael Jaxon arrived with his parents, Joe and Katherine Jaxon.\n\nJaxon denies the charges. "Michael Jaxon is an innocent man," his lawyer said.\n\nThe prosecutor has investigated Jaxon for a decade.';
    const d = bodyOnlyDocument(text);
    const bare = nameDocument(d, splitDocument(d)).mentions.filter((m) => m.text === "Jaxon");
    expect(bare.map((m) => m.entity)).toEqual(["Michael Jaxon", "Michael Jaxon"]);
  });
});

describe("a first name the tagger left beside a coordinated person (coordinated-first-names.ts)", () => {
  it.each([
    ["The singer arrived with his parents, Joe and Katherine Jaxon.", ["Joe Jaxon", "Katherine Jaxon"]],
    // Not a word that is also an ordinary word ("Will", "Grace"): no first name alone.
    ["The bill will pass, Will and Dana Whitlow said.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
