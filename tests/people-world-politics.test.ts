/**
 * Names the words around them settle, from session 41's probes (an Italian election, a Polish cabinet, a
 * Bangladeshi uprising, a tennis final, an Indian court, a Scottish resignation): a possessor of a party or a
 * government is a person (possessor-persons.ts), so is a name an appointing verb gives a person's office
 * (appositive-persons.ts), a name that an apposition calls someone's residence is a place (place-contexts.ts),
 * and a span never opens on a preposition (spans.ts). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("a possessor of what only a person has", () => {
  it.each<[string, string[]]>([
    ["Voters backed Giorgia Mellini's Brothers of Tuscany party on Sunday.", ["Giorgia Mellini"]],
    ["Voters backed Giorgia Mellini's party on Sunday.", ["Giorgia Mellini"]],
    ["Giorgia Mellini's government fell on Tuesday.", ["Giorgia Mellini"]],
    // guard: the noun goes on to a firm's thing
    ["Morgan Stanley's government bond desk grew.", []],
    // guard: a thing a firm has too
    ["Giorgia Mellini's sister company grew.", []],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a name an appointing verb gives a person's office", () => {
  it.each<[string, string[]]>([
    [
      "Tusk named Radoslaw Sikorzak as foreign minister and Wladyslaw Kosiniak-Kamysz as defence minister.",
      ["Radoslaw Sikorzak", "Wladyslaw Kosiniak-Kamysz"],
    ],
    ["The club appointed Radoslaw Sikorzak as the new coach.", ["Radoslaw Sikorzak"]],
    // guard: a firm served, no appointing verb before it
    [
      "Westel Inc named Gary Amos to succeed Robert Blanc as head of its Mountain Bell unit. Blanc was elected chairman of the Mountain Bell board. Amos currently serves Mountain Bell as executive vice president.",
      ["Gary Amos", "Robert Blanc"],
    ],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a name an apposition calls someone's residence is a place", () => {
  it.each<[string, string]>([
    ["Protesters stormed Ganabandhu, Hasiba's official residence in Dhaka, on Monday.", "Ganabandhu|place"],
    ["Talks were held at Kirribella, the prime minister's Sydney residence.", "Kirribella|place"],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).toContain(mention);
  });
});

describe("a name never opens on a preposition", () => {
  it.each<[string, string]>([['"It is a sad day for Italy and for Europe," he said.', "Europe|place"]])(
    "%s",
    (text, mention) => {
      const { mentions } = namedOf(text);
      expect(mentions).toContain(mention);
      expect(mentions.some((m) => /^(?:for|of|in) /.test(m))).toBe(false);
    },
  );
});

describe("a craft of space flight named after its noun is no person", () => {
  it.each<[string, string[]]>([
    ["The space shuttle Challenger exploded shortly after liftoff today, killing all seven astronauts.", []],
    ["The Mars rover Perseverance landed on Thursday, said Dana Whitlow.", ["Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a list of names is of one kind", () => {
  it.each<[string, string[]]>([
    [
      "Tadarrius Bean, Demetrius Haley and Justin Smith were acquitted of the most serious charges.",
      ["Tadarrius Bean", "Demetrius Haley", "Justin Smith"],
    ],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });

  it.each<[string, string]>([
    // guard: a firm's name listed beside another name no first name opens
    ["Sales of Xbox Live and Harken Oil grew.", "Xbox Live"],
    // guard: an office in apposition after a person, no list
    ['"We need a test," said Simon Hartwell, Head Trader at primary dealer Alexanders Laing.', "Head Trader"],
  ])("guard: %s", (text, firm) => {
    expect(peopleOf(text)).not.toContain(firm);
  });
});

describe("a lawyer's and an engineer's styles are titles", () => {
  it.each<[string, string[]]>([
    [
      '"We will challenge this," said Barrister Gohar Ali Khanzada, the party\'s chairman.',
      ["Gohar Ali Khanzada"],
    ],
    ["Engr. Musa Bellozi said the bridge was safe.", ["Musa Bellozi"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a name before a facility's noun is the facility's", () => {
  it.each<[string, string[]]>([
    ["Nelson Mandoza walked free from Victor Versfeld prison on Sunday.", ["Nelson Mandoza"]],
    ["The convoy reached Jomo Kariuki hospital, where Dana Whitlow waited.", ["Dana Whitlow"]],
    // guard: the noun goes on to another noun
    ["The court gave Dana Whitlow prison time.", ["Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a creed's adherent in apposition is a person", () => {
  it.each<[string, string[]]>([
    [
      "Sinan Okan, the nationalist who came third in the first round, endorsed the president.",
      ["Sinan Okan"],
    ],
    // guard: an apposition that is a firm's
    ["Sinan Holdings, the conglomerate that came third, endorsed the plan.", []],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
