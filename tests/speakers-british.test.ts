/**
 * British house style (single outer quotes, `said Mr X`, surnames only) and text whose paragraph breaks were
 * lost (one line per article), as the held-out British news is written. All text here is written for these
 * tests.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("single-quoted statements over lost paragraph breaks", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "each reopening after a sentence end continues the statement",
      "Ann Lee spoke. She said: 'We won the vote. 'It was a hard fight. 'Now we rest.' Fans cheered.",
      { "Ann Lee": {} },
      [["Ann Lee", "She"]],
    ],
    [
      "a plural possessive inside does not end it",
      "Tom Reid spoke. He said: 'We enjoy our neighbours' company. 'They are kind.' Then he left.",
      { "Tom Reid": {} },
      [["Tom Reid", "He"]],
    ],
    [
      "a lower-case fragment stays a fragment; the next statement is its own",
      "Tom Reid was 'very proud, Dad' of the prize. He added: 'It was great.' The end.",
      { "Tom Reid": {} },
      [["Tom Reid", "He"]],
    ],
    [
      "two speakers' statements are not glued",
      "'We lost,' said Mr Reid. 'It hurts. 'We go on.' Ann Lee said: 'We won.'",
      { Reid: { entity: "Tom Reid" }, "Ann Lee": {} },
      [
        ["Tom Reid", "Mr Reid"],
        ["Ann Lee", "Ann Lee"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("an unclosed quote before a caption", () => {
  it("does not swallow the quotes that closed after it", () => {
    const text =
      "'We are proud,' said Ann Lee. 'It is a classic. Photo caption here 'We expect demand.' " +
      "'It was natural,' added Tom Reid. 'It sold out.' The end.";
    // The open statement ends before the caption; the quote after the caption goes on with its speaker.
    expect(speakers(text, { "Ann Lee": {}, "Tom Reid": {} })).toEqual([
      ["Ann Lee", "Ann Lee"],
      ["Ann Lee", null],
      ["Tom Reid", "Tom Reid"],
    ]);
  });
});

describe("British attributions", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a press verb after a titled surname",
      "Tom Reid spoke. 'He was pushed,' Mr Reid revealed in court. 'He fell.' The end.",
      { "Tom Reid": {}, Reid: { entity: "Tom Reid" } },
      [["Tom Reid", "Mr Reid"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("the person before an employer or a role in commas", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "name of employer",
      "Odds fell. Dan Ross of Acme Bets said: ‘Punters love it.’",
      { "Dan Ross": {}, "Acme Bets": { type: "organization" } },
      [["Dan Ross", "Dan Ross"]],
    ],
    [
      "name, role, employer",
      "The poll is out. Ann Roe, Director, Polling Scotland said: ‘The poll is clear.’",
      { "Ann Roe": {}, "Polling Scotland": { type: "organization" } },
      [["Ann Roe", "Ann Roe"]],
    ],
    [
      "name, role of the employer, verb",
      "Jo Hart, chief executive of the Lumber Union, added: ‘He could not sign it.’",
      { "Jo Hart": {}, "Lumber Union": { type: "organization" } },
      [["Jo Hart", "Jo Hart"]],
    ],
    [
      "name, role at a long employer, verb",
      "Sam Ash, senior fellow at the Centre for Road Study at Kingsford College, tweeted: ‘Remember this.’",
      { "Sam Ash": {}, "Kingsford College": { type: "organization" } },
      [["Sam Ash", "Sam Ash"]],
    ],
    [
      "an unnamed role for an organization speaks for it",
      "A spokeswoman for Acme Corp said: ‘We are fine.’",
      { "Acme Corp": { type: "organization" } },
      [[null, "A spokeswoman", "Acme Corp"]],
    ],
    [
      "an organization of a place stays the organization",
      "The Bank of Ruritania said: ‘Rates stay.’",
      { "Bank of Ruritania": { type: "organization" } },
      [[null, "Ruritania", "Bank of Ruritania"]],
    ],
    [
      "a name with an age in commas is a person's, whatever the tagger typed",
      "Her granddaughter, Lyon, 20, said: ‘She stays out.’",
      { Lyon: { type: "place" } },
      [["Lyon", "Lyon"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("speaker names without titles", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "an office the tagger kept in the name",
      "Treasury Secretary Jonas Baker said: “We will cut taxes.”",
      { "Treasury Secretary Jonas Baker": {} },
      [["Jonas Baker", "Treasury Secretary Jonas Baker"]],
    ],
    [
      "a descriptor before a first name",
      "Actor Tom Reid spoke. “I love it,” Reid said.",
      { "Actor Tom Reid": {}, Reid: { entity: "Actor Tom Reid" } },
      [["Tom Reid", "Reid"]],
    ],
    [
      "a lone honorific and surname stays",
      "“I love it,” said Mr Reid.",
      { "Mr Reid": {} },
      [["Mr Reid", "Mr Reid"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a statement left open before a caption, and participle clauses", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the statement ends at its last sentence end; the part after the caption goes on",
      "Tom Reid told reporters: 'He is in great form. 'I am happy with him! A photo of the horse " +
        "'Hopefully he will win. 'We are confident.' The race is on Saturday.",
      { "Tom Reid": {} },
      [
        ["Tom Reid", "Tom Reid"],
        ["Tom Reid", null],
      ],
    ],
    [
      "a court participle between commas",
      "The case was heard. But Ann Lee, prosecuting, said: 'He drove without insurance.'",
      { "Ann Lee": {} },
      [["Ann Lee", "Ann Lee"]],
    ],
    [
      "a caption participle between commas",
      "Ann Lee, pictured with her horse in 2001, said: 'She is a winner.'",
      { "Ann Lee": {} },
      [["Ann Lee", "Ann Lee"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a one-word name the tagger typed a place", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a name known as no place speaks as a person",
      "“We lost,” Zorbek said.",
      { Zorbek: { type: "place" } },
      [["Zorbek", "Zorbek"]],
    ],
    [
      "a capital speaks for its government",
      "“We will act,” Moscow said.",
      { Moscow: { type: "place" } },
      [[null, "Moscow", "Moscow"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("words between the speaker and the verb", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "an -ly adverb and a place before the quote",
      "Ann Lee calmly proclaimed at a town hall, “I broke no rules.”",
      { "Ann Lee": {} },
      [["Ann Lee", "Ann Lee"]],
    ],
    [
      "a day after 'later'",
      "Tom Reid later Thursday told reporters: “It will work.”",
      { "Tom Reid": {} },
      [["Tom Reid", "Tom Reid"]],
    ],
    [
      "a parenthesis before a participle's clause verb",
      "In a statement, Rep. Ann Lee (D-Ore.) reacted to the news, saying: “He should be in prison.”",
      { "Ann Lee": {} },
      [["Ann Lee", "Rep. Ann Lee"]],
    ],
    [
      "an adjunct's adverb is not the clause's",
      "With leaders increasingly worried about turnout, Tom Reid is rolling out a message: “It is about me.”",
      { "Tom Reid": {} },
      [["Tom Reid", "Tom Reid"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a role noun resolves to the person who holds the role in the document, else null", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the role given in an appositive",
      "Rob Ball, the shadow chancellor, spoke on Monday. Later the shadow chancellor said: 'We will win.'",
      { "Rob Ball": {} },
      [["Rob Ball", "the shadow chancellor"]],
    ],
    [
      "a spokeswoman named in an appositive",
      "Jane Doe, a spokeswoman for Acme, spoke. 'We are fine,' the spokeswoman said.",
      { "Jane Doe": {}, Acme: { type: "organization" } },
      [["Jane Doe", "the spokeswoman"]],
    ],
    [
      "nobody holds the role",
      "Jane Doe spoke. 'We are fine,' the spokeswoman said.",
      { "Jane Doe": {} },
      [[null, "the spokeswoman"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a surname the tagger typed an organization", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a two-word name shortened to its last word is a person's",
      "The institute, IBX, Jorvo Dastel said. “We will not panic,” Dastel said.",
      { "Jorvo Dastel": { type: "organization" }, Dastel: { type: "organization" } },
      [["Jorvo Dastel", "Dastel"]],
    ],
    [
      "a company shortened to its first word stays a company",
      "Allegheny International met. “We are fine,” Allegheny said.",
      { "Allegheny International": { type: "organization" }, Allegheny: { type: "organization" } },
      [[null, "Allegheny", "Allegheny"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a statement after a caption run into the text", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a whole statement with its attribution after it is direct",
      "Tom Reid celebrates his goal against Leeds 'The season has gone so quickly and we still have finals left,' he told reporters.",
      { "Tom Reid": {} },
      [["Tom Reid", "he"]],
    ],
    [
      "a short fragment stays a fragment",
      "The plan is 'Dead On Arrival,' Tom Reid said.",
      { "Tom Reid": {} },
      [],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
