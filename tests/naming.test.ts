import { describe, expect, it } from "vitest";
import { extractMentions } from "../src/extract/entities/index.js";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { isCredit, withoutCredits } from "../src/resolve/names/credits.js";
import { nameMentions } from "../src/resolve/names/index.js";
import { personRule } from "../src/resolve/names/persons.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

describe("extract: spans only", () => {
  it.each([
    ["President Hassan Rouhani spoke. Rouhani left.", ["Hassan Rouhani", "Rouhani"]],
    [
      "The International Monetary Fund met. The IMF agreed to lend more.",
      ["International Monetary Fund", "IMF"],
    ],
  ])("%s: person and organization entities are their surface text", (text, expected) => {
    const d = bodyOnlyDocument(text);
    const found = extractMentions(d, splitDocument(d))
      .filter((m) => m.type === "person" || m.type === "organization")
      .map((m) => m.entity);
    expect(found).toEqual(expected);
  });

  it.each([
    ["“We will win,” Jane Doe said.", [["Jane Doe", "name", null]]],
    [
      "“We will win,” Jane Doe said.\n\n“It is time.”",
      [
        ["Jane Doe", "name", null],
        [null, null, 0],
      ],
    ],
    ["“We will win,” she said.", [["she", "pronoun", null]]],
  ])("%s: quotes carry their speaker phrase or the quote they continue", (text, expected) => {
    const d = bodyOnlyDocument(text);
    const quotes = extractQuotes(d, splitDocument(d)).quotes.filter((q) => !q.partial);
    expect(
      quotes.map((q) => [q.speakerPhrase?.text ?? null, q.speakerPhrase?.kind ?? null, q.continues]),
    ).toEqual(expected);
  });
});

describe("resolve: the person rule", () => {
  const rule = personRule(
    ["john smith", "mary smith", "hassan rouhani", "smith", "rouhani", "hassan", "harry dane"],
    {
      firstNames: true,
      genderOf: (key) => (key.startsWith("john") ? "male" : key.startsWith("mary") ? "female" : null),
    },
  );
  it.each([
    ["rouhani", undefined, "hassan rouhani"],
    ["hassan", undefined, "hassan rouhani"],
    ["smith", undefined, "smith"],
    ["smith", { gender: "male" as const }, "john smith"],
    ["smith", { gender: "female" as const }, "mary smith"],
    ["harry", undefined, "harry dane"],
    ["harry", { gender: "male" as const }, "harry"],
  ])("%s (title %j) → %s", (key, title, expected) => {
    expect(rule(key, title)).toBe(expected);
  });

  it.each([
    [4, 1, "marcia kendrick"],
    [2, 1, "marcia kendrick"],
    [3, 2, "kendrick"],
    [1, 4, "bill kendrick"],
  ])("'kendrick' with %i 'Marcia Kendrick' and %i 'Bill Kendrick' → %s", (marcia, bill, expected) => {
    const counts = new Map([
      ["marcia kendrick", marcia],
      ["bill kendrick", bill],
    ]);
    const byCount = personRule(["marcia kendrick", "bill kendrick", "kendrick"], {
      firstNames: true,
      mentionsOf: (key) => counts.get(key) ?? 0,
    });
    expect(byCount("kendrick")).toBe(expected);
  });
});

describe("resolve: names in a document", () => {
  it.each([
    ["John Smith and Mary Smith met. Mr. Smith left.", ["John Smith", "Mary Smith"]],
    ["Mary Smith and John Smith met. Mrs. Smith left.", ["Mary Smith", "John Smith"]],
    ["Anna Berg arrived on Monday. Anna said the talks went well.", ["Anna Berg"]],
    ["Harry Dane scored twice. Prince Harry watched.", ["Harry Dane", "Harry"]],
    ["Figure 2 shows the rise. The figure is clear. Jane Doe agreed.", ["Jane Doe"]],
    // A short name with two candidates joins the one written twice as often as the other.
    [
      "Marcia Kendrick spoke. Marcia Kendrick won. Bill Kendrick watched. Marcia Kendrick left. Kendrick said no.",
      ["Marcia Kendrick", "Bill Kendrick"],
    ],
  ])("%s → %j", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });

  it.each([
    // Invented names: a company, an app and a product are no people; the people beside them are.
    ["Shares of Zentrix Labs rose after the firm said Priya Okafor would lead it.", ["Priya Okafor"]],
    ["Users of Facebook complained, said Jane Doe, a lawyer.", ["Jane Doe"]],
    ["Zentrix Labs hired Jane Doe. Zentrix said revenue doubled.", ["Jane Doe"]],
    // Events, awards, works and buildings named after people are not those people.
    ["The Marshall Plan helped Europe, Jane Doe wrote.", ["Jane Doe"]],
    ["She won the Halvorsen Prize and spoke at the Okafor Museum, said Jane Doe.", ["Jane Doe"]],
    // A name never runs on from a caption into the next line.
    ["Jane Doe\nWednesday, March 3\n\nThe talks failed.", ["Jane Doe"]],
    [
      "Users of the Flickwave app complained. Flickwave said it would fix the bug, Jane Doe said.",
      ["Jane Doe"],
    ],
    // A US legislator's party and state.
    ["The bill was backed by Rep. Jane Doe (D-Wis.) on Monday.", ["Jane Doe"]],
    // Title-case headline words are not part of a name.
    ["Marcia Bellwood Says Trade Deal Is Dead\n\nMarcia Bellwood spoke on Monday.", ["Marcia Bellwood"]],
    // Descriptors before a name: a party, an epithet, a country and a title.
    ["Democrat Nancy Dorsey spoke on Monday. Dorsey left.", ["Nancy Dorsey"]],
    ["The rally cheered as US President Tendai Okonjo arrived.", ["Tendai Okonjo"]],
    ["Conservative Leader Andrew Schaefer said on Monday that he would stay.", ["Andrew Schaefer"]],
    // Middle initials that the tagger reads as the start of another name.
    ["The plan, said Leonard E. Burkett, a fellow at the center, would cost more.", ["Leonard E. Burkett"]],
    // An ordinary English word capitalized in passing is no person.
    ["They called the show Beauty and the crowd loved it, said Jane Doe.", ["Jane Doe"]],
    // A lone first name joins the one full name it belongs to.
    ["Priya Okafor founded the firm. Priya said it would grow.", ["Priya Okafor"]],
  ])("%s → %j", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });

  it.each([
    ["Latino", []],
    ["Muslim", []],
    ["Del.", []],
    ["Beauty", []],
    ["GOP", ["GOP|organization"]],
    ["Facebook", ["Facebook|organization"]],
    ["Okafor", ["Okafor|person"]],
  ])("a one-word person %s, tagged as such, stays %j", (word, expected) => {
    const text = `Jane Doe met ${word} on Monday.`;
    const start = text.indexOf(word);
    const spans: Mention[] = [
      { start: 0, end: 8, text: "Jane Doe", type: "person", entity: "Jane Doe" },
      { start, end: start + word.length, text: word, type: "person", entity: word },
    ];
    const named = nameMentions(spans, text, splitDocument(bodyOnlyDocument(text)).tokens);
    expect(named.slice(1).map((m) => `${m.entity}|${m.type}`)).toEqual(expected);
  });

  it("an acronym the document defines in parentheses joins that name, whatever its initials", () => {
    const text = "Agence France-Presse (AFP) sent a team. AFP said on Monday it would stay.";
    const d = bodyOnlyDocument(text);
    const at = (word: string, from = 0): Mention => {
      const start = text.indexOf(word, from);
      return { start, end: start + word.length, text: word, type: "organization", entity: word };
    };
    const spans = [at("Agence France-Presse"), at("AFP"), at("AFP", 30)];
    const named = nameMentions(spans, text, splitDocument(d).tokens);
    expect(named.map((m) => m.entity)).toEqual(Array(3).fill("Agence France-Presse"));
  });
});

describe("resolve: a party's variants", () => {
  it.each([
    [["Democratic Party", "Democrats", "Democratic"], Array(3).fill("Democratic Party")],
    [
      ["Labour Party", "Labour"],
      ["Labour Party", "Labour Party"],
    ],
    [["Democrats"], ["Democrats"]],
    [
      ["Republican Party", "Democrats"],
      ["Republican Party", "Democrats"],
    ],
  ])("%j → %j", (names, expected) => {
    const text = names.join(" met. ");
    let from = 0;
    const spans: Mention[] = names.map((name) => {
      const start = text.indexOf(name, from);
      from = start + name.length;
      return { start, end: from, text: name, type: "organization", entity: name };
    });
    const named = nameMentions(spans, text, splitDocument(bodyOnlyDocument(text)).tokens);
    expect(named.map((m) => m.entity)).toEqual(expected);
  });
});

describe("resolve: credit lines", () => {
  it.each([
    ["By Jane Doe\n\nThe talks failed.", "Jane Doe", true],
    ["By Monday, Jane Doe had left.", "Jane Doe", false],
    ["The talks failed. (Reporting by Jane Doe; Editing by John Roe)", "John Roe", true],
    ["Photo: Jane Doe\nThe talks failed.", "Jane Doe", true],
    ["Jane Doe / The Canadian Press\nThe talks failed.", "Jane Doe", true],
    ["REUTERS/Jane Doe\nThe talks failed.", "Jane Doe", true],
    ["Royal Dutch/Shell Smith said the talks failed.", "Shell Smith", false],
    ["Santos/Jane Doe 10,000 mt bagged sugar", "Jane Doe", false],
    ["Jane Doe said the talks failed.", "Jane Doe", false],
    ["It must be approved\nby Transportation Secretary Jane Doe and President\nRoe.", "Jane Doe", false],
    ["the party's president, Jane Doe, for the job of prime minister", "Jane Doe", false],
    ["The report was written by Jane Doe last year.", "Jane Doe", false],
    ["The talks failed.\n\nJane Doe and John Roe contributed reporting.", "John Roe", true],
    ["The talks failed.\n\nJane Doe contributed to this report.", "Jane Doe", true],
    ["Jane Doe contributed to a fund for the victims.", "Jane Doe", false],
    [
      "The tour was cut short. Acme News' Jane Doe and John Roe contributed to this report.",
      "John Roe",
      true,
    ],
    ["The tour was cut short. Jane Doe contributed to this report.", "Jane Doe", true],
    ["The tour was cut short, and Jane Doe contributed to a fund.", "Jane Doe", false],
    [
      "The talks failed.\n\nAcme Press writers Jane Doe in Ottawa and John Roe contributed.",
      "John Roe",
      true,
    ],
    ["The talks failed.\n\nWith files from Jane Doe\n", "Jane Doe", true],
    ["The talks failed.\n\nJane Doe · CBC News · Posted: Mar 3, 2019\n", "Jane Doe", true],
    ["Jane Doe\nThe Canadian Press\nPublished Monday\n\nThe talks failed.", "Jane Doe", true],
    ["Jane Doe | Reuters\nThe talks failed.", "Jane Doe", true],
    ["Jane Doe, CNN\nUpdated 5:01 PM ET\n\nThe talks failed.", "Jane Doe", true],
    ["The talks failed.\n\nJane Doe is a reporter for CBC News.\n", "Jane Doe", true],
    ["Reach Jane Doe at 555-1234.", "Jane Doe", true],
    ["Jane Doe is a reporter who was hurt, CNN said.", "Jane Doe", false],
    ["Jane Doe, a CNN host, said the talks failed.", "Jane Doe", false],
    ["Jane Doe\nThe talks failed, Reuters said.", "Jane Doe", false],
    ["The talks failed.\n\nFollow Jane Doe on Twitter @janedoe.", "Jane Doe", true],
    ["The talks failed.\n\n--additional reporting from Jane Doe.", "Jane Doe", true],
  ])("%j: %s is a credit: %s", (text, name, expected) => {
    const start = text.indexOf(name);
    expect(isCredit(text, { start, end: start + name.length })).toBe(expected);
  });
});

describe("resolve: a writer's sign-off read as no person", () => {
  it.each([
    ["The talks failed.\n\nJordan Press, The Canadian Press\n", "Jordan Press", "place", false],
    ["The talks failed.\n\nHope Street | CBC News\n", "Hope Street", "organization", false],
    // one word may be a dateline's place; a name in a sentence stays
    ["Ottawa, The Canadian Press\n\nThe talks failed.", "Ottawa", "place", true],
    ["The talks failed in Jordan Press, The Canadian Press said.", "Jordan Press", "place", true],
  ] as const)("%j: %s kept: %s", (text, name, type, kept) => {
    const start = text.indexOf(name);
    const mention: Mention = { start, end: start + name.length, text: name, type, entity: name };
    expect(withoutCredits(text, [mention]).length === 1).toBe(kept);
  });
});
