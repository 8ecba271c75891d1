/**
 * Speakers resolved as a careful reader resolves them (session 11): a pronoun from the sentence right before it,
 * a party's member or "one analyst" as nobody named, an office in capitals as a role, a name the tagger typed an
 * organization with an office before it, a person in commas after a kin phrase, an organization's "it", a first
 * name glued to an organization. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { createSpeakerContext, resolveSpeaker } from "../src/resolve/speakers/resolve.js";
import { splitDocument } from "../src/text/split.js";
import type { SpeakerPhrase } from "../src/types.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { mentionsOf, resolvedQuotes, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

/** The speaker a phrase of the text resolves to, as extraction would hand it over. */
function phraseSpeaker(text: string, tagged: Tagged, phrase: string, kind: SpeakerPhrase["kind"]): Speaker {
  const split = splitDocument(bodyOnlyDocument(text));
  const context = createSpeakerContext(split.tokens, split.sentences, mentionsOf(text, tagged));
  const start = text.indexOf(phrase);
  const s = resolveSpeaker(context, { start, end: start + phrase.length, text: phrase, kind });
  return s.organization === undefined ? [s.name, s.mention?.text ?? null] : [s.name, null, s.organization];
}

/** Every quote's speaker, partial ones too. */
function allSpeakers(text: string, tagged: Tagged): Speaker[] {
  return resolvedQuotes(text, tagged).map((q) => {
    const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
    if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
    return s;
  });
}

describe("a speaker pronoun from the sentence before it", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`She said she would rather …` before `“…,” she said`: the opening pronoun's referent, not the person after it",
      'Helen Brandt leads the fight against the toll. "This toll is a tax by another name," Brandt said. Maria Okafor takes a softer line. She said she would rather see volunteers knock on doors for Helen Brandt in the spring. "They want to shut the bridge to walkers," she said.',
      { "Helen Brandt": {}, Brandt: { entity: "Helen Brandt" }, "Maria Okafor": {} },
      [
        ["Helen Brandt", "Brandt"],
        ["Maria Okafor", "she"],
      ],
    ],
    [
      "`…, said Tom Reyes of Acme Bank. He added …`: the source of the sentence before, over a speaker quoted further back",
      'Paul Mendel expects a fall. "Prices will drop sharply this quarter," Mendel said. "Nobody is buying." Traders were calmer on Friday, said Tom Reyes of Acme Bank. He added: "One bad week does not make a crash."',
      { "Paul Mendel": {}, Mendel: { entity: "Paul Mendel" }, "Tom Reyes": {} },
      [
        ["Paul Mendel", "Mendel"],
        ["Tom Reyes", "He"],
      ],
    ],
    [
      "`Her daughter, Gail Turner, said …` before `“…,” she said`: the apposition's person, not the possessor (session 30)",
      'Wanda Robson worked at the hospital for 30 years. Her daughter, Gail Turner, said the family was grateful. "Mom would have laughed," she said.',
      { "Wanda Robson": {}, "Gail Turner": {} },
      [["Gail Turner", "she"]],
    ],
    [
      "`His son, Sean Doyle, …`: the same with a man",
      'Frank Doyle worked at the mill. His son, Sean Doyle, said the family was proud. "Dad would have laughed," he said.',
      { "Frank Doyle": {}, "Sean Doyle": {} },
      [["Sean Doyle", "he"]],
    ],
    [
      "a person named as an object in the sentence before is no antecedent (`advocated by Speaker Tom Reyes`)",
      'Paul Mendel said he opposes the new tax. "It is a bad idea," Mendel said. The tax has been advocated by Speaker Tom Reyes. He added: "Not unless you want to tax small savers."',
      { "Paul Mendel": {}, Mendel: { entity: "Paul Mendel" }, "Tom Reyes": {} },
      [
        ["Paul Mendel", "Mendel"],
        ["Paul Mendel", "He"],
      ],
    ],
    [
      "`he said Reyes had done well`: the person after `said` there is the reported clause's subject, no source",
      'Paul Mendel watched the budget closely. "It was a sound plan," Mendel said. Pointing to retail data, he said Tom Reyes had done well to resist pressure. "There is no need to boost spending," he said.',
      { "Paul Mendel": {}, Mendel: { entity: "Paul Mendel" }, "Tom Reyes": {} },
      [
        ["Paul Mendel", "Mendel"],
        ["Paul Mendel", "he"],
      ],
    ],
    [
      "`Since hiring X as his campaign chief, Y has gained ground`: the main clause's subject Y, not X inside the opening phrase",
      'Since hiring Tom Ruddock as his campaign chief, Paul Venner has gained ground in Manitoba. His rallies now fill school halls. "We will win this," he told one crowd.',
      { "Tom Ruddock": {}, "Paul Venner": {} },
      [["Paul Venner", "he"]],
    ],
    [
      "`After meeting X, Y returned`: the subject after the opening phrase's comma",
      'After meeting Tom Ruddock in Ottawa on Monday, Paul Venner returned to Winnipeg. The talks had gone well. "We agreed on almost everything," he said.',
      { "Tom Ruddock": {}, "Paul Venner": {} },
      [["Paul Venner", "he"]],
    ],
    [
      "`… bolder than X?`: a comparison's standard is no subject; the speaker quoted before speaks",
      'Tom Ruddock teaches law in Regina. "The court can wait," Ruddock said. But what if the premier wins? Will she pick judges bolder than Paul Venner? "She should do as she likes," he said.',
      { "Tom Ruddock": {}, Ruddock: { entity: "Tom Ruddock" }, "Paul Venner": {} },
      [
        ["Tom Ruddock", "Ruddock"],
        ["Tom Ruddock", "he"],
      ],
    ],
    [
      "guard: a sentence opening with its subject keeps its first person (`Tom Ruddock, since …, has …`)",
      'Tom Ruddock, since naming Paul Venner as his deputy, has climbed in the polls. His rallies now fill school halls. "We will win this," he told one crowd.',
      { "Tom Ruddock": {}, "Paul Venner": {} },
      [["Tom Ruddock", "he"]],
    ],
    [
      "guard: no person after the opening phrase's comma keeps the phrase's person (`With Tom Ruddock gone, the party …`)",
      'With Tom Ruddock at the helm, the party has climbed in the polls. His rallies now fill school halls. "We will win this," he told one crowd.',
      { "Tom Ruddock": {} },
      [["Tom Ruddock", "he"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("speaker phrases that name nobody the document names", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said one well-connected Democrat`: a party's member is nobody named",
      '"If the senator wins both states, the energy will be hard to stop," said one well-connected Democrat.',
      {},
      // (Extraction keeps the whole unnamed phrase since session 15: tests/quotes-unnamed-speakers.)
      [[null, "one well-connected Democrat"]],
    ],
    [
      "`said one analyst` after an analyst the document named: one of several, not her",
      'Sandra Kell, an analyst at Acme Securities, said prices rose. "Demand is weak," said one analyst.',
      { "Sandra Kell": {} },
      [[null, "one analyst"]],
    ],
    [
      "`the presumptive Republican nominee said` after the quote: the person the story is about, not one the quote names",
      'Tom Hale called Wednesday for Justice Nora Pike to resign. Lashing out, Hale said she had embarrassed the court. "Justice Pike has embarrassed all by her remarks," the presumptive Republican nominee said.',
      { "Tom Hale": {}, Hale: { entity: "Tom Hale" }, "Nora Pike": {}, Pike: { entity: "Nora Pike" } },
      [["Tom Hale", "the presumptive Republican nominee"]],
    ],
    [
      "`The candidates said`: several, nobody named",
      'Tom Hale and Ann Roe met voters in Iowa. "We will keep campaigning," the candidates said.',
      { "Tom Hale": {}, "Ann Roe": {} },
      [[null, "the candidates"]],
    ],
    [
      "`The Prime Minister said` with nobody named for the office: a role, no organization",
      'Labour was attacked again today. The Prime Minister said: "Do not lecture us on poverty."',
      { Labour: { type: "organization" } },
      [[null, "The Prime Minister"]],
    ],
    [
      "`The Prime Minister said` after `Prime Minister Ann Holt`: her",
      'Prime Minister Ann Holt visited Leeds today. The Prime Minister said: "Do not lecture us on poverty."',
      { "Ann Holt": {} },
      [["Ann Holt", "The Prime Minister"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("names a careful reader completes or finds beside the phrase", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Senate Ranking Democrat Maria Velden` typed whole an organization: the bare surname is her",
      'Senate Ranking Democrat Maria Velden said the emails were not hers. "I know nothing about them," Velden said.',
      { "Senate Ranking Democrat Maria Velden": { type: "organization" }, Velden: {} },
      [["Maria Velden", "Velden"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });

  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`reports that his wife, Nora, is running …`: an appositive no reporting verb follows names no speaker",
      'Bill Hale denounced reports that his wife, Nora, is running the firm as "despicable fiction."',
      { "Bill Hale": {}, Nora: {} },
      // (Session 12: no phrase after a reporting word's "that", which opens the reported clause.)
      [[null, null]],
    ],
    [
      "`Acme Advocates of Ohio criticized the move, which it described as “…”`: the organization opening the sentence",
      'Acme Advocates of Ohio sharply criticized the move, which it described as "an extreme measure aimed at voters."',
      { "Acme Advocates of Ohio": { type: "organization" } },
      [[null, "it", "Acme Advocates of Ohio"]],
    ],
    [
      "`Karla Ostrova, now living in Toronto, claims …`: the person the place describes",
      'Karla Ostrova, now living in Toronto, claims the actress had been "envious" of her pet.',
      { "Karla Ostrova": {}, Toronto: { type: "place" } },
      [["Karla Ostrova", "Toronto"]],
    ],
    [
      "`Velmont, which made the panels, said …`: a one-word “place” is a firm, not a person, before “, which”",
      'Velmont, which made the panels used on the tower, said it would "study the report carefully".',
      { Velmont: { type: "place" } },
      [[null, "Velmont", "Velmont"]],
    ],
    [
      "`Human Rights Watch called …`: a name of the dictionary's words only, untagged, is an organization",
      'Human Rights Watch called the election "neither free nor fair".',
      {},
      [[null, "Human Rights Watch", "Human Rights Watch"]],
    ],
    [
      "`Senior Vice President said`: and one that ends in a role is a role, no organization",
      'Senior Vice President said sales were "strong".',
      {},
      [[null, "Senior Vice President"]],
    ],
    [
      "`Velmont, who made the panels, said …`: and a person before “, who”",
      'Velmont, who made the panels used on the tower, said he would "study the report carefully".',
      { Velmont: { type: "place" } },
      [["Velmont", "Velmont"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a role or kin phrase with the person named in commas after it", () => {
  it.each<[string, string, Tagged, string, Speaker]>([
    [
      "`his daughter, Claudia Marr, told …`",
      'The singer was taken to hospital, but he "is much better," his daughter, Claudia Marr, told the Daily Star.',
      { "Claudia Marr": {} },
      "his daughter",
      ["Claudia Marr", "his daughter"],
    ],
    [
      "`said a spokesman, Tom Reyes.`",
      '"We will appeal," said a spokesman, Tom Reyes.',
      { "Tom Reyes": {} },
      "a spokesman",
      ["Tom Reyes", "a spokesman"],
    ],
    [
      "`his wife, Nora, is running …`: no reporting verb after the appositive",
      "He denied that his wife, Nora, is running the firm.",
      { Nora: {} },
      "his wife",
      [null, "his wife"],
    ],
  ])("%s", (_name, text, tagged, phrase, expected) => {
    expect(phraseSpeaker(text, tagged, phrase, "role")).toEqual(expected);
  });
});

describe("a person whose first name the tagger glued to an organization", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Senate Budget Republican Mike` typed an organization, then `Dorsey`: the subject a `he said` means",
      'Nick Ramos defended the practice. "It is overclassification run amok," Ramos said. Senate Budget Republican Mike Dorsey (R-Kan.), who has read the memos, agreed with that point. "Some of the information is not merely about articles," he said.',
      {
        "Nick Ramos": {},
        Ramos: { entity: "Nick Ramos" },
        "Senate Budget Republican Mike": { type: "organization" },
      },
      [
        ["Nick Ramos", "Ramos"],
        ["Mike Dorsey", "he"],
      ],
    ],
    [
      "`the United Nations Rebecca` then `Whitcombe`: the woman a `she wrote` means",
      'Zeyno Varkan told reporters on Tuesday. "We cannot call it that," Varkan said. The ministry declined to comment further on Wednesday. In her memoir, the new envoy to the United Nations Rebecca Whitcombe faulted past leaders. "Nobody put prevention first," she wrote.',
      {
        "Zeyno Varkan": {},
        Varkan: { entity: "Zeyno Varkan" },
        "United Nations Rebecca": { type: "organization" },
      },
      [
        ["Zeyno Varkan", "Varkan"],
        ["Rebecca Whitcombe", "she"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a surname the tagger kept alone, which the text writes in full once", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Chief of Staff Denise Varga` then `Varga wrote`: the full name",
      'Chief of Staff Denise Varga praised the evacuation team. "Great work, everyone," Varga wrote in an email.',
      { Varga: {} },
      [["Denise Varga", "Varga"]],
    ],
    [
      "`Peter Roe` and `Hilda Roe` both written: the surname stays",
      'Peter Roe and Hilda Roe spoke at the dinner. "We are grateful," Roe said.',
      { Roe: {} },
      [["Roe", "Roe"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a speaker pronoun opening a relative clause after a comma", () => {
  it.each<[string, string, Tagged, string, Speaker]>([
    [
      "`X attacked Y … and set the premier, whom he called reckless, against …`: the main clause's subject X, not the head",
      "Paul Venner spoke in Halifax on Sunday. Venner attacked Tom Ruddock over the ferry contract and set the premier, whom he called reckless, against the new leader.",
      { "Paul Venner": {}, Venner: { entity: "Paul Venner" }, "Tom Ruddock": {} },
      "whom ",
      ["Paul Venner", "he"],
    ],
    [
      "guard: `…, when he said` keeps the rules before (that clause's own subject, not the main clause's)",
      "Paul Venner spoke in Halifax on Sunday. Jo Hale asked Tom Ruddock about a speech given on Friday, when he said the ferry contract was a disgrace.",
      { "Paul Venner": {}, "Jo Hale": {}, "Tom Ruddock": {} },
      "when ",
      ["Tom Ruddock", "he"],
    ],
  ])("%s", (_name, text, tagged, after, expected) => {
    // The pronoun right after `after` (a bare "he" would be found inside "the").
    const split = splitDocument(bodyOnlyDocument(text));
    const context = createSpeakerContext(split.tokens, split.sentences, mentionsOf(text, tagged));
    const start = text.indexOf(after) + after.length;
    const s = resolveSpeaker(context, { start, end: start + 2, text: "he", kind: "pronoun" });
    expect([s.name, s.mention?.text ?? null]).toEqual(expected);
  });
});

describe("a pronoun in the sentence of a person named in apposition to its opening phrase", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`The minority leader, Osei Darko, said … what he called “…”`: that person, not a man named before (session 39)",
      'Finance Minister Ken Mensah said the levy would raise money. "This is a defining moment," Mensah said. The minority leader, Osei Darko, said the party would not take part in what he called "a plain illegality".',
      { "Ken Mensah": {}, Mensah: { entity: "Ken Mensah" }, "Osei Darko": {} },
      [
        ["Ken Mensah", "Mensah"],
        ["Osei Darko", "he"],
      ],
    ],
    [
      "`The secretary of the union, Ms Leigh Barton, told …` with a title inside the commas: not a woman named before",
      'Premier Joan Rowe refused to back down. "I will not be bullied," Rowe said. The secretary of the Trades Hall Council, Ms Leigh Barton, told the crowd the march was the biggest in years, and warned of what she called "a long winter".',
      { "Joan Rowe": {}, Rowe: { entity: "Joan Rowe" }, "Leigh Barton": {} },
      [
        ["Joan Rowe", "Rowe"],
        ["Leigh Barton", "she"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});
