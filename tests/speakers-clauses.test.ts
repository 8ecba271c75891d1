/**
 * Speakers over a sentence's clauses, as news writes them: pronouns and the clause a quote hangs from, the
 * person before a long appositive, a parenthesis or an employer, a quoted fragment of a reported statement,
 * pronouns as a careful reader takes them, a quote standing alone after narration (split from
 * speakers-news-styles.test.ts, whose house styles stay there). All text here is written for these tests.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const ORG = { type: "organization" } as const;

describe("pronouns and the clause a quote hangs from", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a pronoun takes the person of its gender across another speaker's quote",
      'Ann Lee and Tom Reid met. "We have a deal," Lee said. Reid was less sure. "There is work to do," he said. "I am confident," she said.',
      { "Ann Lee": {}, "Tom Reid": {}, Lee: { entity: "Ann Lee" }, Reid: { entity: "Tom Reid" } },
      [
        ["Ann Lee", "Lee"],
        ["Tom Reid", "he"],
        ["Ann Lee", "she"],
      ],
    ],
    [
      "a quote standing alone after a reported statement is that statement's speaker's",
      '"We won," said Ann Lee. Tom Reid said the vote was unfair. "We will appeal."',
      { "Ann Lee": {}, "Tom Reid": {} },
      [
        ["Ann Lee", "Ann Lee"],
        ["Tom Reid", "Tom Reid"],
      ],
    ],
    [
      "`X took to Twitter, writing:`",
      'Harjit Singh took to Twitter, writing: "This is a betrayal of workers."',
      { "Harjit Singh": {} },
      [["Harjit Singh", "Harjit Singh"]],
    ],
    [
      "`X said … but added,`",
      'Rachel Nolte said it was too early to tell but added, "Voters know what is at stake."',
      { "Rachel Nolte": {} },
      [["Rachel Nolte", "Rachel Nolte"]],
    ],
    [
      "`X went on to say:`",
      'Owen Baird went on to say: "That is simply not true."',
      { "Owen Baird": {} },
      [["Owen Baird", "Owen Baird"]],
    ],
    [
      "a name right before a participle is its subject",
      'Police removed the protester, with Tom Reid reportedly yelling: "Get him out of here!"',
      { "Tom Reid": {} },
      [["Tom Reid", "Tom Reid"]],
    ],
    [
      "but not a name after a preposition",
      'Ann Lee responded to the question on Facebook writing, "Yes, I will."',
      { "Ann Lee": {}, Facebook: ORG },
      [["Ann Lee", "Ann Lee"]],
    ],
    [
      "a main clause opened by `Then`, its verb after an adverb",
      'Then Tom Reid went fully on the attack, saying, "He should resign."',
      { "Tom Reid": {} },
      [["Tom Reid", "Tom Reid"]],
    ],
    [
      "not a subordinate clause's subject",
      'When Ann Lee resigned, the premier released the following statement: "We thank her."',
      { "Ann Lee": {} },
      [[null, "the premier"]],
    ],
    [
      "`The … senator emailed donors saying:`",
      'The Oregon senator emailed donors saying: "The fight goes on."',
      { Oregon: { type: "place" } },
      [[null, "The Oregon senator"]],
    ],
    [
      "`The email said,` is the email (no organization), not a person named before",
      'Ann Lee wrote to staff. The email said, "We are closing the plant."',
      { "Ann Lee": {} },
      [[null, "The email"]],
    ],
    [
      "a one-word name that is also a word, right after the closing mark",
      '"It is a good deal," From said. "We will sign it," said Walt From.',
      { "Walt From": {}, From: { entity: "Walt From" } },
      [
        ["Walt From", "From"],
        ["Walt From", "Walt From"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("the person before a long appositive, a parenthesis or an employer", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a description with a relative clause, longer than sixteen words",
      'Tom Baxter, a longtime orchard manager who last spring had tried without success to start a rival cooperative, said, "The plan is finished."',
      { "Tom Baxter": {} },
      [["Tom Baxter", "Tom Baxter"]],
    ],
    [
      "roles and an employer with no closing comma",
      'Ann Tully, president and CEO of the Manitoba Restaurant Association stated, "It is a math problem."',
      { "Ann Tully": {}, "Manitoba Restaurant Association": ORG },
      [["Ann Tully", "Ann Tully"]],
    ],
    [
      "an employer whose own name holds `of`",
      'Bishop Karl Venn of the Anglican Diocese of Huron told reporters, "We are all grieving."',
      { "Karl Venn": {}, "Anglican Diocese of Huron": ORG },
      [["Karl Venn", "Bishop Karl Venn"]],
    ],
    [
      "a segment ending in a noun for a person",
      'Mike Dunn, pastor of the Grace Church of Regina and a party supporter, said: "He prays like no one else."',
      { "Mike Dunn": {}, "Grace Church": ORG },
      [["Mike Dunn", "Mike Dunn"]],
    ],
    [
      "a party and state in parentheses, then a participle's clause",
      'Sen. Rick Dean (D-Ill.), noting the size of the crowd, said, "He has a heck of a list." Gov. John Kane (R-Ohio), said, "I am ready."',
      { "Rick Dean": {}, "John Kane": {} },
      [
        ["Rick Dean", "Sen. Rick Dean"],
        ["John Kane", "Gov. John Kane"],
      ],
    ],
    [
      "a role in an appositive before a participle",
      'Jane Abbot, vice chairwoman for the Liberal campaign, emailed supporters on Monday, telling them, "I am proud."',
      { "Jane Abbot": {} },
      [["Jane Abbot", "Jane Abbot"]],
    ],
    [
      "a name after a description, its closing comma left out",
      '"She is also a mother of three," another friend, Mia Esfandi told CTV News.',
      { "Mia Esfandi": {} },
      [["Mia Esfandi", "Mia Esfandi"]],
    ],
    [
      "`X, 70, said it was … but added,`",
      'Anne Kyi, 70, said it was too early to celebrate but added, "I think you know the results."',
      { "Anne Kyi": {} },
      [["Anne Kyi", "Anne Kyi"]],
    ],
    [
      "but the nearer subject of `I laughed and said`",
      'When my mother mentioned the devil, I laughed and said, "I do not believe in it."',
      {},
      [[null, "I"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a quoted fragment of a reported statement", () => {
  it.each<[string, string, Tagged, [string, string | null][]]>([
    [
      "after `X said`",
      'Andrew Schaefer said the prime minister "has lost the moral authority to govern."',
      { "Andrew Schaefer": {} },
      [["has lost the moral authority to govern.", "Andrew Schaefer"]],
    ],
    [
      "after `X said … that`",
      'Conservative leader Malcolm Howard said that the government had "lost the trust of the country".',
      { "Malcolm Howard": {} },
      [["lost the trust of the country", "Malcolm Howard"]],
    ],
    [
      "with no reporting verb it is nobody's",
      'Critics called the plan "a total disaster" on Monday.',
      {},
      [["a total disaster", null]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    const quotes = resolvedQuotes(text, tagged);
    expect(quotes.filter((q) => q.partial).map((q) => [q.text, q.speaker.name])).toEqual(expected);
  });
});

describe("pronoun speakers as a careful reader takes them", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "nobody named inside the statement is its speaker",
      'Okonjo won Iowa. Okonjo then won Ohio. Raynard Cole, a radio host, is a Virginia voter who backed Okonjo in the primary. "If Ohio had come first, Okonjo would not have won," he said.',
      { "Raynard Cole": {}, Okonjo: {} },
      [["Raynard Cole", "he"]],
    ],
    [
      "the subject of the sentence just before, over a person named more often earlier",
      'Carol Tobin praised the law. "It will save lives," she said. Tobin said it was overdue and Tobin thanked the governor. Julie Barker, who runs a clinic in Wichita, said on Twitter that the law was cruel. "This law puts women at risk," she said.',
      { "Carol Tobin": {}, Tobin: { entity: "Carol Tobin" }, "Julie Barker": {} },
      [
        ["Carol Tobin", "she"],
        ["Julie Barker", "she"],
      ],
    ],
    [
      "a person with a reporting verb is a subject even after a caption run into the sentence",
      "Klomp is leaving. Klomp thanked the fans. But for all that a new test lies ahead for Klomp, Per Larsen admits he cannot explain the exit. He said: 'It is sad news for the club.'",
      { Klomp: {}, "Per Larsen": {} },
      [["Per Larsen", "He"]],
    ],
    [
      "one speaker phrase for two quotes, a person named inside the first",
      'Corey Ward, the campaign manager, defended the plan. "That will help Mr. Frost and every race down the ballot," he said, adding: "No donor owns him."',
      { "Corey Ward": {}, Frost: { entity: "Donald Frost" }, "Donald Frost": {} },
      [
        ["Corey Ward", "he"],
        ["Corey Ward", "he"],
      ],
    ],
    [
      "the subject after an introductory phrase",
      'Others were close to following. "I will not vote for him," declared Senator Neil Lake. In a victory speech on Tuesday night, Mr. Frost struck a measured tone. "I will never let you down," he said.',
      { "Neil Lake": {}, Frost: { entity: "Donald Frost" } },
      [
        ["Neil Lake", "Senator Neil Lake"],
        ["Donald Frost", "he"],
      ],
    ],
    [
      "a name the tagger typed an organization, then `says she`",
      'Maya Sitwell was trapped for a day. Sitwell says she never lost hope. "I heard people outside," she said.',
      { "Maya Sitwell": ORG, Sitwell: { entity: "Maya Sitwell", type: "organization" } },
      [["Maya Sitwell", "she"]],
    ],
    [
      "a name the tagger missed, then a verb and `his`",
      'Evan Hollis held the title for years. Hollis lost it to Tom Ruddock in 1990. Ruddock explained his plan to his followers in a post. He said: "I will tweet anything for a fee."',
      { "Tom Ruddock": {}, "Evan Hollis": {}, Hollis: { entity: "Evan Hollis" } },
      [["Tom Ruddock", "He"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a quote standing alone after narration about someone", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the name opening the sentence before, not the speaker of a quote further back",
      '"He is a risk," said Sam Gorman. John Barton distanced himself from the campaign by saying he would serve if asked. "I am going to support him."',
      { "Sam Gorman": {}, "John Barton": {} },
      [
        ["Sam Gorman", "Sam Gorman"],
        ["John Barton", "John Barton"],
      ],
    ],
    [
      "but a capitalized word opening that sentence is no person: the earlier speaker goes on",
      '"We will fix the roads," said David Cole. Parking was supposed to be a perk. "We will pave it."',
      { "David Cole": {} },
      [
        ["David Cole", "David Cole"],
        ["David Cole", null],
      ],
    ],
    [
      "a day before a participle is no speaker",
      'Donald Frost issued a statement Tuesday saying, "I do not feel that heritage makes anyone biased."',
      { "Donald Frost": {} },
      [["Donald Frost", "Donald Frost"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
