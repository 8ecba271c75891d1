/**
 * One person, one entry; two persons, two entries (issue 11 item 1), in a document and across a corpus, and
 * persons named by a title the tagger's span missed. Text written for these tests in today's news styles.
 */
import { describe, expect, it } from "vitest";
import { EntityAggregator } from "../src/aggregate/entities.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import type { EntityRecord } from "../src/types.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** Each person mention's written text → the entity it names, in text order. */
function named(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions.filter((m) => m.type === "person").map((m) => `${m.text} → ${m.entity}`);
}

describe("a document's short names join the full name they belong to", () => {
  it.each([
    // The title's gender settles between two people sharing the surname.
    [
      "Tony Hollis and his wife Cherie Hollis arrived in Sedgefield. Mrs Hollis visited a school, while Mr Hollis met voters.",
      [
        "Tony Hollis → Tony Hollis",
        "Cherie Hollis → Cherie Hollis",
        "Hollis → Cherie Hollis",
        "Hollis → Tony Hollis",
      ],
    ],
    [
      "Ontario Premier Curtis Ford spoke on Monday. Karen Ford, a Toronto councillor, disagreed. Ms. Ford said the vote was close.",
      ["Curtis Ford → Curtis Ford", "Karen Ford → Karen Ford", "Ford → Karen Ford"],
    ],
    // A royal's titled first name is no other person's first name.
    [
      "Prince Harry watched England play. Harry Dane scored twice, and Prince Harry cheered.",
      ["Harry → Harry", "Harry Dane → Harry Dane", "Harry → Harry"],
    ],
    // A lone first name joins the one full name it starts.
    [
      'Priya Sharma, 34, runs a bakery in Brampton. "It has been a hard year," Priya said.',
      ["Priya Sharma → Priya Sharma", "Priya → Priya Sharma"],
    ],
    // A family name written first ("Mr. Xu") is no first name.
    [
      "Chinese President Xu Jianmin met the delegation. Mr. Xu said ties were strong.",
      ["Xu Jianmin → Xu Jianmin", "Xu → Xu Jianmin"],
    ],
  ])("%s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("a title names a person the tagger missed", () => {
  it.each([
    [
      "In an opinion written by Justice Scaletti, the court said the word had a narrow meaning.",
      ["Scaletti → Scaletti"],
    ],
    // A title of two words, a British title of address.
    [
      "The board met on Monday, and Chief Executive Dana Whitcombe said sales rose.",
      ["Dana Whitcombe → Dana Whitcombe"],
    ],
    ["Lord Falconer said the reforms would go ahead.", ["Falconer → Falconer"]],
    // A title word that opens names of things, and a name running on into capitals, are no evidence.
    ["General Motors cut 4,000 jobs, the union said.", []],
    ["Stock prices:\n DET ED      17 1/4\n DU PONT    119 1/4", []],
    ["Shares of Major League Baseball teams rose.", []],
  ])("%s", (text, expected) => {
    expect(named(text)).toEqual(expected);
  });
});

describe("across a corpus, a titled surname joins the full name whose gender agrees", () => {
  const record = (name: string, count: number, titles?: string[]): EntityRecord => ({
    name,
    type: "person",
    count,
    aliases: [name],
    ...(titles === undefined ? {} : { titles }),
  });
  it.each([
    [
      [record("Tony Hollis", 5), record("Cherie Hollis", 2), record("Hollis", 3, ["Mr"])],
      ["Tony Hollis", "Cherie Hollis"],
    ],
    [
      [record("Tony Hollis", 5), record("Cherie Hollis", 2), record("Hollis", 3, ["Mrs"])],
      ["Cherie Hollis", "Tony Hollis"],
    ],
    // Titles of both genders, or none, leave the surname apart between two people.
    [
      [record("Tony Hollis", 5), record("Cherie Hollis", 2), record("Hollis", 3, ["Mr", "Mrs"])],
      ["Tony Hollis", "Hollis", "Cherie Hollis"],
    ],
    [
      [record("Tony Hollis", 5), record("Cherie Hollis", 2), record("Hollis", 3)],
      ["Tony Hollis", "Hollis", "Cherie Hollis"],
    ],
    // A woman's title does not join the only full name, a man's.
    [
      [record("Tony Hollis", 5), record("Hollis", 3, ["Mrs"])],
      ["Tony Hollis", "Hollis"],
    ],
  ])("%j", (records, expected) => {
    const aggregator = new EntityAggregator();
    for (const r of records) aggregator.addAnnotation({ entities: [r] });
    expect(aggregator.result().map((e) => e.name)).toEqual(expected);
  });
});

describe("a one-word name that is a place's or a company's is no person", () => {
  it.each([
    // A town before its state's abbreviation that ends the sentence.
    ["He spoke on the anniversary of the march in Selma, Ala. But on Saturday his tone was calm.", []],
    // A city the tagger reads as a person most of the time, and as a place at least once, that nobody bears.
    [
      "CHARLOTTE - The wife of a man shot by police spoke on Friday. Officers will remain in Charlotte through " +
        "Sunday. After the death Tuesday, Charlotte experienced chaos and violence, even as Charlotte remains " +
        "under a state of emergency. Kendrick plans to visit Charlotte on Sunday. Activists say Charlotte officers have been slow.",
      ["Kendrick"],
    ],
    // A name opening a company's or a school's name the tagger cut off.
    ["Shares of Halvorsen Corp rose 2 pct, while Kettering Industries Inc fell.", []],
    ["He applied to the Ohio School of Design and later to the Pratt Institute in New York.", []],
    // A title word that opens a thing's name; a people's words; a route; a league.
    ["The General Assembly vote condemned the test, and General Agreement talks resumed.", []],
    ["About 98 percent of the refugees are Sunni Muslims, the data show.", []],
    ["Fares on the busy Toronto-Montreal route fell, a study found.", []],
    ["Dr. Sarah Mitchell — an Ivy League-trained surgeon — said the claims were false.", ["Sarah Mitchell"]],
    // An office alone, a body's word and a title (session 37).
    ["Dana Whitlow was appointed Treasury Secretary in February.", ["Dana Whitlow"]],
    // A First Nation's government (session 37).
    ["Grand Chief Dana Orvatz of Wabanaki Aski Nation called for a plan.", ["Dana Orvatz"]],
    // The person who founded it, named in full, stays.
    ["Walter Pratt founded the firm in 1952. Pratt said he was proud.", ["Walter Pratt"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
