import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { viewDocument } from "../src/extract/entities/document-view.js";
import { shapeOf, TAGS } from "../src/extract/entities/features.js";
import { modelPath } from "../src/extract/entities/model-path.js";
import { segmentsOf } from "../src/extract/entities/segments.js";
import { allowed, loadTagger, type ModelFile, tagSentence } from "../src/extract/entities/tagger.js";
import { Flag } from "../src/extract/entities/token-view.js";
import { splitDocument } from "../src/text/split.js";
import { tokenize } from "../src/text/tokenize.js";

function words(sentence: string): string[] {
  return tokenize(sentence).map((token) => token.text);
}

/** The tagger's names in one document's sentences, as "TYPE:words". */
function namesIn(sentences: readonly string[]): string[][] {
  const tokenized = sentences.map(words);
  return viewDocument(tokenized).map((views, s) => {
    const tokens = tokenized[s] as string[];
    const names: string[] = [];
    tagSentence(views).forEach((tag, i) => {
      const name = TAGS[tag] as string;
      if (name.startsWith("B-")) names.push(`${name.slice(2)}:${tokens[i]}`);
      else if (name.startsWith("I-")) names[names.length - 1] += ` ${tokens[i]}`;
    });
    return names;
  });
}

describe("shapeOf", () => {
  it.each([
    ["Hassan", "Xx"],
    ["U.S.", "X.X."],
    ["1996-08-30", "d-d-d"],
    ["McDonald", "XxXx"],
    ["NATO", "X"],
    ["Žižek", "Xx"],
  ])("%s → %s", (word, shape) => {
    expect(shapeOf(word)).toBe(shape);
  });
});

describe("viewDocument flags", () => {
  const views = viewDocument([
    ["Police", "said", "“", "Peace", "is", "near", "”", "."],
    ["The", "police", "chief", "met", "Smith", "in", "Berlin", "."],
  ]);
  const first = views[0] ?? [];
  const second = views[1] ?? [];

  it("marks sentence-initial words, also after an opening quotation mark", () => {
    expect((first[0]?.flags ?? 0) & Flag.initial).toBeTruthy();
    expect((first[3]?.flags ?? 0) & Flag.initial).toBeTruthy();
    expect((second[4]?.flags ?? 0) & Flag.initial).toBe(0);
  });

  it("remembers how the document writes a word elsewhere", () => {
    expect((first[0]?.flags ?? 0) & Flag.seenLower).toBeTruthy(); // "police" appears lower-case
    expect((first[0]?.flags ?? 0) & Flag.common).toBeTruthy();
  });
});

describe("segmentsOf", () => {
  it.each([
    [
      "BERLIN 2020-10-07\nFloods hit the city on Monday.",
      ["BERLIN 2020-10-07", "Floods hit the city on Monday."],
    ],
    [
      "Floods hit the city of Dresden on Monday and the water kept rising\nthrough the night, officials said.",
      [
        "Floods hit the city of Dresden on Monday and the water kept rising\nthrough the night, officials said.",
      ],
    ],
    // A short first line (a wire's, its dateline cut away) ending in a first name runs on into the surname on the
    // next line: a wrapped line, or the sentence's end.
    [
      "Zorvanian Trade Minister Tomas\nKelberg said the talks would resume next month in the capital.",
      ["Zorvanian Trade Minister Tomas\nKelberg said the talks would resume next month in the capital."],
    ],
    [
      "Harbour Board chairman Dana\nMerrick said he would stay.",
      ["Harbour Board chairman Dana\nMerrick said he would stay."],
    ],
    // Or any name word after a person's title, before a word that is no ordinary one.
    [
      "World Bank President Orvan\nKelberg said the bank would lend more to the region this year.",
      ["World Bank President Orvan\nKelberg said the bank would lend more to the region this year."],
    ],
    // Or inside a firm's name, the next line opening with the rest of it up to its legal form.
    [
      "Regulators said Kelberg Tarvo\nHoldings Inc would pay a fine of two mln dlrs to settle the case.",
      ["Regulators said Kelberg Tarvo\nHoldings Inc would pay a fine of two mln dlrs to settle the case."],
    ],
    // Or inside a place the gazetteer knows, its first word ending the short line.
    [
      "Talks between Zorvania and the United\nStates ended on Friday without an agreement, officials said.",
      ["Talks between Zorvania and the United\nStates ended on Friday without an agreement, officials said."],
    ],
    [
      "Exports from Zorvan to New\nZealand rose 12 pct in the year to March, the board said.",
      ["Exports from Zorvan to New\nZealand rose 12 pct in the year to March, the board said."],
    ],
    // Guards: two words that are no place together; a place's halves over a short heading's line ending no sentence.
    [
      "Kelberg Hails United\nStatesman Tomas Merrick as the talks resume next month in the capital.",
      ["Kelberg Hails United", "Statesman Tomas Merrick as the talks resume next month in the capital."],
    ],
    [
      "Zorvan Ships Sail To New\nZealand Harbour Chief Quits\nThe chief of the harbour board quit on Monday.",
      [
        "Zorvan Ships Sail To New",
        "Zealand Harbour Chief Quits",
        "The chief of the harbour board quit on Monday.",
      ],
    ],
    // Guards: a list of names one a line; a heading ending in a surname (after a title: an ordinary word next); no
    // legal form after the firm's words; a function word after the first name; a line in capitals.
    [
      "Kelberg Marine Inc\nMerrick and Tomas\nOhio Valley Tools Co",
      ["Kelberg Marine Inc", "Merrick and Tomas", "Ohio Valley Tools Co"],
    ],
    [
      "Kelberg Wins Harbour Vote\nVoters in the port of Zorvan backed the harbour plan on Sunday.",
      ["Kelberg Wins Harbour Vote", "Voters in the port of Zorvan backed the harbour plan on Sunday."],
    ],
    [
      "Police Hold Minister Kelberg\nPolice in the port of Zorvan said they held the minister on Sunday.",
      ["Police Hold Minister Kelberg", "Police in the port of Zorvan said they held the minister on Sunday."],
    ],
    [
      "Regulators said Kelberg Tarvo\nHoldings and three other firms would pay fines to settle the case.",
      ["Regulators said Kelberg Tarvo", "Holdings and three other firms would pay fines to settle the case."],
    ],
    [
      "Harbour talks with Tomas\nThe minister of trade said the talks would resume next month.",
      ["Harbour talks with Tomas", "The minister of trade said the talks would resume next month."],
    ],
    [
      "TRADE MINISTER TOMAS\nKELBERG SAID THE TALKS WOULD RESUME NEXT MONTH IN THE CAPITAL",
      ["TRADE MINISTER TOMAS", "KELBERG SAID THE TALKS WOULD RESUME NEXT MONTH IN THE CAPITAL"],
    ],
  ])("%j", (text, expected) => {
    const { tokens, sentences } = splitDocument({ text, bodyStart: 0 });
    const segments = segmentsOf(text, tokens, sentences).map((s) =>
      text.slice(tokens[s.firstToken]?.start, tokens[s.endToken - 1]?.end),
    );
    expect(segments).toEqual(expected);
  });
});

describe("tagSentence", () => {
  it("never starts a name with an I- tag (BIO)", () => {
    expect(allowed(TAGS.indexOf("O"), TAGS.indexOf("I-PER"))).toBe(false);
    expect(allowed(TAGS.indexOf("B-PER"), TAGS.indexOf("I-PER"))).toBe(true);
    expect(allowed(TAGS.indexOf("B-LOC"), TAGS.indexOf("I-PER"))).toBe(false);
    const [views] = viewDocument([["Ingrid", "Kessel", "visited", "Paris", "on", "Monday", "."]]);
    const tags = tagSentence(views ?? []).map((t) => TAGS[t]);
    expect(tags).toEqual(["B-PER", "I-PER", "O", "B-LOC", "O", "O", "O"]);
  });
});

describe("tagSentence on news of the 2020s (invented names)", () => {
  it.each([
    [
      "Mayor Daniela Okafor told reporters in Toronto that the bike lanes would stay.",
      ["PER:Daniela Okafor", "LOC:Toronto"],
    ],
    ["Shares of Quorvia Inc. fell after the startup missed its revenue forecast.", ["ORG:Quorvia Inc."]],
    [
      "The Nexora Foundation gave $5 million to the University of Manitoba.",
      ["ORG:Nexora Foundation", "ORG:University of Manitoba"],
    ],
    [
      "Ms. Okonkwo said the Ministry of Health would review the vaccine contract.",
      ["PER:Okonkwo", "ORG:Ministry of Health"],
    ],
    [
      "Prime Minister Elena Vasquez will visit Kenya and Ghana next week.",
      ["PER:Elena Vasquez", "LOC:Kenya", "LOC:Ghana"],
    ],
    [
      "Mateo Ferreira, a spokesman for Solvane Energy Ltd., declined to comment.",
      ["PER:Mateo Ferreira", "ORG:Solvane Energy Ltd."],
    ],
    ["Senator Grace Whitfield of Ohio voted against the bill.", ["PER:Grace Whitfield", "LOC:Ohio"]],
    [
      "Chloe Harrington, 34, founded the meal-kit startup Greenplate in Denver in 2021.",
      ["PER:Chloe Harrington", "ORG:Greenplate", "LOC:Denver"],
    ],
    [
      "Aiko Tanaka left Osaka for a job at the Microsoft office in Dublin.",
      ["PER:Aiko Tanaka", "LOC:Osaka", "ORG:Microsoft", "LOC:Dublin"],
    ],
    [
      "Kofi Mensah-Boateng joined the fintech company Paystream as chief technology officer.",
      ["PER:Kofi Mensah-Boateng", "ORG:Paystream"],
    ],
  ])("%s", (sentence, expected) => {
    expect(namesIn([sentence])[0]).toEqual(expected);
  });

  it("remembers within a document that a lone surname is the person named in full before", () => {
    const [, second] = namesIn([
      "Daniela Okafor runs a clinic in Winnipeg.",
      "Patients praised Okafor on Friday.",
    ]);
    expect(second).toEqual(["PER:Okafor"]);
  });

  it("starts each document with an empty memory, so tagging is the same whatever came before", () => {
    const alone = namesIn(["Patients praised Okafor on Friday."]);
    namesIn(["Daniela Okafor runs a clinic in Winnipeg.", "Patients praised Okafor on Friday."]);
    expect(namesIn(["Patients praised Okafor on Friday."])).toEqual(alone);
  });
});

describe("document evidence flags", () => {
  const [first, second] = viewDocument([
    words("Ms Vasko thanked the staff of Kerrigan Ltd on Monday."),
    words("Later Vasko and Kerrigan met Sarah Ramaswamy and Ramaswamy left."),
  ]);
  const flagsOf = (views: typeof first, word: string): number =>
    views?.find((view) => view.text === word)?.flags ?? 0;

  it("marks a word written after a person title elsewhere", () => {
    expect(flagsOf(second, "Vasko") & Flag.afterTitle).toBeTruthy();
    expect(flagsOf(second, "Kerrigan") & Flag.afterTitle).toBe(0);
  });

  it("marks a word written before a company word elsewhere", () => {
    expect(flagsOf(second, "Kerrigan") & Flag.beforeCompanyWord).toBeTruthy();
    expect(flagsOf(first, "Vasko") & Flag.beforeCompanyWord).toBe(0);
  });

  it("marks a word written after a known first name elsewhere", () => {
    expect(flagsOf(second, "Ramaswamy") & Flag.afterFirstName).toBeTruthy();
  });
});

describe("the shipped model", () => {
  it("loads, with one row of weights per feature for every tag", () => {
    const file = JSON.parse(readFileSync(modelPath("ner.json"), "utf8")) as ModelFile;
    expect(file.tags).toEqual([...TAGS]);
    expect(file.weights.length).toBe(file.features.length * TAGS.length);
    expect(() => loadTagger()).not.toThrow();
  });

  it("tags the same text the same way every time", () => {
    const text = [
      "Zara Lindqvist of Brightloom Technologies spoke in Oslo.",
      "Lindqvist said Brightloom would grow.",
    ];
    expect(namesIn(text)).toEqual(namesIn(text));
  });
});
