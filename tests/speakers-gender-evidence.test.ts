/**
 * What a document says about a person's gender before any pronoun is resolved: a role noun counts only inside
 * the name's own phrase, and a pronoun after a name votes only when the name opens its clause and nobody else
 * is named first. All text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { collectPeople } from "../src/resolve/speakers/people.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";
import { mentionsOf, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

function genderOf(text: string, tagged: Tagged, name: string): string | null {
  const split = splitDocument(bodyOnlyDocument(text));
  const people = collectPeople(split.tokens, split.sentences, mentionsOf(text, tagged));
  return people.get(name)?.gender ?? null;
}

describe("a person's gender from the document", () => {
  it.each<[string, string, Tagged, string, string | null]>([
    [
      "a role noun across a verb is someone else's",
      "A network spokesman confirmed K.J. Ormond had been taken off the air.",
      { "K.J. Ormond": {} },
      "K.J. Ormond",
      null,
    ],
    [
      "a role noun right before the name is the person's",
      "Spokeswoman K.J. Ormond said the plan was on track.",
      { "K.J. Ormond": {} },
      "K.J. Ormond",
      "female",
    ],
    [
      "a pronoun after a name that a verb governs is the subject's",
      "Staff told Vose she was afraid. Staff told Vose she was alone.",
      { Vose: {} },
      "Vose",
      null,
    ],
    [
      "a pronoun after another person named first may be theirs",
      "Vose and Kim Ardent met in October, when she was 13. Vose and Kim Ardent met again, when she was 14.",
      { Vose: {}, "Kim Ardent": {} },
      "Vose",
      null,
    ],
    [
      "a name opening a clause after a long introduction is its subject",
      "But for all the praise heaped on the club this season, Ormond admits he cannot explain the slump.",
      { Ormond: {} },
      "Ormond",
      "male",
    ],
    [
      "a name opening a clause after a conjunction",
      "And because Ormond is uneasy on foreign policy, he largely ignored it.",
      { Ormond: {} },
      "Ormond",
      "male",
    ],
    [
      "a name after an opening bracket in a quote",
      '"[Ormond] ought to keep going until he wins the vote," one ally said.',
      { Ormond: {} },
      "Ormond",
      "male",
    ],
    [
      "a name opening a clause after a comma and 'and'",
      "Ohio is a swing state, and Ormond aimed his speech at the general election.",
      { Ormond: {} },
      "Ormond",
      "male",
    ],
    [
      "but 'and' inside a firm's name opens no clause",
      "Lewis of Hale and Vose said he expected a cut.",
      { Lewis: {}, Vose: {} },
      "Vose",
      null,
    ],
    [
      "a name opening the sentence, the pronoun soon after",
      "Vose said he would appeal the ruling.",
      { Vose: {} },
      "Vose",
      "male",
    ],
    [
      "a title of address the name holds tells its gender, before a pronoun's vote",
      "Madam Chair, a year ago Jorin Pell lost his farm to the flood.",
      { "Madam Chair": {}, "Jorin Pell": {} },
      "Madam Chair",
      "female",
    ],
    [
      "guard: a male title of address the name holds (known before this rule too)",
      "Sir Quillon spoke first. Later the committee thanked her for the report.",
      { "Sir Quillon": {} },
      "Sir Quillon",
      "male",
    ],
    [
      "guard: a title that tells no gender leaves the name to the pronoun's vote",
      "Justice Vose, a year ago Jorin Pell lost his farm to the flood.",
      { "Justice Vose": {}, "Jorin Pell": {} },
      "Justice Vose",
      "male",
    ],
    [
      "a possessive name does not vote: the pronoun after it is someone else's as often",
      "Whitlow’s server was open, and he got in at once.",
      { Whitlow: {} },
      "Whitlow",
      null,
    ],
    [
      "guard: the name itself opening the clause still votes",
      "Whitlow was careless, and he let anyone in.",
      { Whitlow: {} },
      "Whitlow",
      "male",
    ],
  ])("%s", (_name, text, tagged, name, expected) => {
    expect(genderOf(text, tagged, name)).toBe(expected);
  });
});

describe("pronoun speakers once the gender evidence is right", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`she` after a spokesman spoke about the person",
      'A network spokesman confirmed K.J. Ormond had been benched for a week. On Friday K.J. Ormond went online. She posted: "I spoke too soon and I am sorry for it."',
      { "K.J. Ormond": {} },
      [["K.J. Ormond", "She"]],
    ],
    [
      "a name after an office and party in capitals opens its sentence: the pronoun's subject",
      'Secretary of State Peter Ortiz said the state would appeal. Ortiz said the ruling would force the state to keep stale records. In a statement, Ortiz said the court had erred. State Democratic Party Chairman Daniel Varga called the decision a huge win. "The decision reaffirms a basic principle," he said in a statement.',
      { "Peter Ortiz": {}, Ortiz: { entity: "Peter Ortiz" }, "Daniel Varga": {} },
      [["Daniel Varga", "he"]],
    ],
    [
      "a person introduced with a role at the end of the sentence before the quote speaks next",
      'Tom Reyes said the outreach seemed phony. "It is pandering," he said. No one writes songs for the candidate, which worries Hector Valdez, president of the county caucus. "Nobody is writing songs for her," he said.',
      { "Tom Reyes": {}, "Hector Valdez": {} },
      [
        ["Tom Reyes", "he"],
        ["Hector Valdez", "he"],
      ],
    ],
    [
      "but not one described in passing, the sentence going on after the description",
      'Grant Moody is selling the rifle he used to kill Sam Ortega, an unarmed student, during a 2012 fight in Tampa. "I am a free man," he told a local station.',
      { "Grant Moody": {}, "Sam Ortega": {} },
      [["Grant Moody", "he"]],
    ],
    [
      "a first name the tagger cut from a name broken over two lines is no subject over the whole name",
      'U.S. Trade Representative Clayton\nMorrow said the bill was "pure protectionism."\n"It would kill the spirit we need," he said.',
      { Clayton: {} },
      [["Clayton Morrow", "he"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
