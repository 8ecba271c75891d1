/**
 * Names in other countries' orders (resolve/names: name-parts.ts, name-order.ts, constituencies.ts): family
 * names written first, Spanish and Portuguese double surnames, Arabic patronymics and titles, Dutch and German
 * particles, and Hansard constituencies. Each row is a short article written for these tests; the names are
 * invented, in the shapes news writes real ones (no real person's name: the data rule).
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Each person mention as `text → entity`, in text order. */
function persons(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions.filter((m) => m.type === "person").map((m) => `${m.text} → ${m.entity}`);
}

describe("family names written first", () => {
  it.each([
    [
      "Chinese: the family name alone, with Mr and with an office",
      'BEIJING -- President Xu Jianmin met the visiting prime minister on Monday. "We are partners," Xu said. Mr Xu later toured a factory.',
      ["Xu Jianmin → Xu Jianmin", "Xu → Xu Jianmin", "Xu → Xu Jianmin"],
    ],
    [
      "Singaporean: a family name the tagger reads as a word is not cut off",
      'SINGAPORE -- Tan Wei Ming, a 52-year-old hawker, said the rent had doubled. "I cannot go on like this," Mr Tan said.',
      ["Tan Wei Ming → Tan Wei Ming", "Tan → Tan Wei Ming"],
    ],
    [
      "Korean: a hyphenated given name",
      'SEOUL -- President Moon Tae-hyun called for talks. "Dialogue is the only way," Moon told reporters. Mr Moon will visit Tokyo.',
      ["Moon Tae-hyun → Moon Tae-hyun", "Moon → Moon Tae-hyun", "Moon → Moon Tae-hyun"],
    ],
    [
      "Vietnamese: Mr and the given name, in Vietnamese style",
      'HANOI -- Prime Minister Nguyen Van Khoa opened the bridge. "This is a proud day," Mr Khoa said.',
      ["Nguyen Van Khoa → Nguyen Van Khoa", "Khoa → Nguyen Van Khoa"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("a family name written first before a given name of two one-syllable words (Singapore, Malaysia, Hong Kong)", () => {
  it.each([
    [
      "typed an organization at a sentence's start",
      "Teo Kah Leng said on Monday the port would reopen next week. The minister gave no date.",
      ["Teo Kah Leng → Teo Kah Leng"],
    ],
    [
      "a family name that is an English word, with no titled form after it",
      "The rent has doubled, Tan Boon Kiat said on Monday.",
      ["Tan Boon Kiat → Tan Boon Kiat"],
    ],
    [
      "after a party role opening the span",
      "Opposition MP Goh Siew Lan said the delay had hurt exporters.",
      ["Goh Siew Lan → Goh Siew Lan"],
    ],
    [
      "after a calling",
      "Lawmaker Leung Wing Fai said the council had ignored the problem.",
      ["Leung Wing Fai → Leung Wing Fai"],
    ],
    [
      "the family name alone, typed an organization, joins the whole name",
      "The rent has doubled, Tan Boon Kiat said on Monday. Tan said the repair bill would be shared.",
      ["Tan Boon Kiat → Tan Boon Kiat", "Tan → Tan Boon Kiat"],
    ],
    // Guards: a company's form ends a firm's name; a firm the document also names at length (a CoNLL train
    // document's shape, CHECK); the pronoun "He" opening a sentence is no family name.
    ["a firm's legal form", "Lim Kee Co said profits rose 10 percent.", []],
    [
      "a firm named for its founder, written with its longer name too",
      "Lim Kah Seng interim profit rose 8 pct. Company name Lim Kah Seng Holdings Ltd.",
      [],
    ],
    ["the pronoun He", "He Wei Ming said the fund would grow.", ["Wei Ming → Wei Ming"]],
  ])("%s", (_name, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("Spanish and Portuguese double surnames", () => {
  it.each([
    [
      "the two surnames, and Mr without the accents",
      "MEXICO CITY -- President Andrés Manuel López Arriaga spoke on Tuesday. López Arriaga promised a refinery. Mr Lopez Arriaga has promised to end fuel imports.",
      [
        "Andrés Manuel López Arriaga → Andrés Manuel López Arriaga",
        "López Arriaga → Andrés Manuel López Arriaga",
        "Lopez Arriaga → Andrés Manuel López Arriaga",
      ],
    ],
    [
      "the first surname alone",
      'Spanish Prime Minister Pablo Sánchez Ruiz-Olmedo spoke in Madrid. "Spain will not be blackmailed," Sánchez said.',
      ["Pablo Sánchez Ruiz-Olmedo → Pablo Sánchez Ruiz-Olmedo", "Sánchez → Pablo Sánchez Ruiz-Olmedo"],
    ],
    [
      "a by-name inside the full name",
      'BRASILIA -- José Carlos Zeca da Costa was sworn in on Sunday. "Brazil is back," Zeca said.',
      ["José Carlos Zeca da Costa → José Carlos Zeca da Costa", "Zeca → José Carlos Zeca da Costa"],
    ],
    [
      "an inner word used before the full name is written stays apart",
      "Professor Ruiz taught for forty years. His daughter, Marta Ruiz Ortega, now runs the school.",
      ["Ruiz → Ruiz", "Marta Ruiz Ortega → Marta Ruiz Ortega"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("Arabic names: patronymics and titles", () => {
  it.each([
    [
      "a surname with its article capitalized opening a sentence, the tagger reading nothing",
      "Ahmed al-Mansouri said the fund would grow. Al-Mansouri told reporters the first projects would be in Africa.",
      ["Ahmed al-Mansouri → Ahmed al-Mansouri", "Al-Mansouri → Ahmed al-Mansouri"],
    ],
    // Guard: a name with the article that ends no person of the document is not made one.
    [
      "no person ends with it",
      "Ahmed Halabi said the fund would grow. Al-Mansouri told reporters the projects would wait.",
      ["Ahmed Halabi → Ahmed Halabi"],
    ],
    [
      "Crown Prince, then Prince and the given name, then the patronymic",
      'RIYADH -- Crown Prince Mohammed bin Harith met the envoy. "The kingdom is open," Prince Mohammed said. Bin Harith has led the reforms since 2017.',
      [
        "Mohammed bin Harith → Mohammed bin Harith",
        "Mohammed → Mohammed bin Harith",
        "Bin Harith → Mohammed bin Harith",
      ],
    ],
    [
      "Sheikh and a given name of a patronymic name named without the title",
      'Mohamed bin Khalaf received the delegation in Abu Dhabi. "We welcome cooperation," Sheikh Mohamed said.',
      ["Mohamed bin Khalaf → Mohamed bin Khalaf", "Mohamed → Mohamed bin Khalaf"],
    ],
    [
      "Sheikh before a given name is a title: one person",
      'DHAKA -- Prime Minister Sheikh Tahmina opened the bridge. "We built it with our own money," Sheikh Tahmina said. Tahmina has governed since 2009.',
      ["Tahmina → Tahmina", "Tahmina → Tahmina", "Tahmina → Tahmina"],
    ],
  ])("%s", (_name, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("Dutch and German particles", () => {
  it.each([
    [
      "von der: with a title, lower case and opening a sentence",
      'Olaf Schalk met Ursula von der Lohe in Berlin. "Europe is united," Ms von der Lohe said. Von der Lohe later flew to Kyiv.',
      [
        "Olaf Schalk → Olaf Schalk",
        "Ursula von der Lohe → Ursula von der Lohe",
        "von der Lohe → Ursula von der Lohe",
        "Von der Lohe → Ursula von der Lohe",
      ],
    ],
    [
      "van der with a given name the tagger left out",
      'Mr Van der Berg, a farmer from Groningen, had a point. Jan van der Berg said he was pleased. "It is a start," Van der Berg said.',
      [
        "Van der Berg → Jan van der Berg",
        "Jan van der Berg → Jan van der Berg",
        "Van der Berg → Jan van der Berg",
      ],
    ],
    [
      "a hyphened given name whose second part no list knows, before von",
      'Karl-Heinz von Stetten said the company would grow. "It was the right time," von Stetten told reporters.',
      ["Karl-Heinz von Stetten → Karl-Heinz von Stetten", "von Stetten → Karl-Heinz von Stetten"],
    ],
    // Guard: a hyphened place name before particles is no given name (its first part is no first name).
    ["a hyphened place", "Alsace-Lorraine de la Varenne said the vote was fair.", []],
  ])("%s", (_name, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("Irish surnames with a capitalized particle (Ó, Ní, Mac, Nic)", () => {
  it.each([
    [
      "a given name, Ní and the surname, typed an organization, and the surname alone after it",
      "Áine Ní Chorráin said the talks had failed. Ní Chorráin blamed the unions.",
      ["Áine Ní Chorráin → Áine Ní Chorráin", "Ní Chorráin → Áine Ní Chorráin"],
    ],
    [
      "Nic",
      "Máire Nic Ruairc said the plan was fair. Nic Ruairc is a councillor.",
      ["Máire Nic Ruairc → Máire Nic Ruairc", "Nic Ruairc → Máire Nic Ruairc"],
    ],
    [
      "Ó and the surname alone, typed an organization, joins the full name",
      "Seán Ó Laoire said the talks had failed. Ó Laoire blamed the unions.",
      ["Seán Ó Laoire → Seán Ó Laoire", "Ó Laoire → Seán Ó Laoire"],
    ],
    [
      "a surname cut after Ó by the tagger takes the particle back",
      "Colm Ó Laoire said the plan was fair.",
      ["Ó Laoire → Ó Laoire"],
    ],
    // Guard: a family named by its surname stays as it was.
    ["a family", "The Ó Laoire family said the plan was fair.", []],
  ])("%s", (_name, text, expected) => {
    expect(persons(text)).toEqual(expected);
  });
});

describe("Hansard constituencies are places, not people", () => {
  it.each([
    [
      "the hon. Member for a two-part seat",
      "The hon. Member for Banff and Buchan said the quota was unfair. Mr Ian Blackwood disagreed.",
      ["Ian Blackwood → Ian Blackwood"],
      ["Banff and Buchan"],
    ],
    [
      "a speaker's label with the seat in parentheses",
      "Mr Alistair Carrick (Orkney and Shetland): I thank the Minister for her answer.",
      ["Alistair Carrick → Alistair Carrick"],
      ["Orkney and Shetland"],
    ],
  ])("%s", (_name, text, people, places) => {
    const doc = bodyOnlyDocument(text);
    const { mentions } = nameDocument(doc, splitDocument(doc));
    expect(persons(text)).toEqual(people);
    expect(mentions.filter((m) => m.type === "place").map((m) => m.entity)).toEqual(places);
  });
});

describe("a given name written with accents is a known first name", () => {
  it.each([
    [
      "the speaker keeps the accented given name (not cut to the first name the lexicon knew)",
      'MEXICO CITY -- President Andrés Manuel López Arriaga spoke on Tuesday. "We keep our word," López Arriaga said.',
      ["Andrés Manuel López Arriaga"],
    ],
    [
      "a pronoun agrees with an accented given name's gender",
      'José Ortega, a fisherman in Vigo, lost his boat in the storm. "I have nothing left," he said.',
      ["José Ortega"],
    ],
  ])("%s", (_name, text, expected) => {
    const doc = bodyOnlyDocument(text);
    const { quotes } = nameDocument(doc, splitDocument(doc));
    expect(quotes.filter((q) => !q.partial).map((q) => q.speaker.name)).toEqual(expected);
  });
});
