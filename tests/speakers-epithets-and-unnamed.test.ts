/**
 * Speakers from session 42's probes (Senegal's election, the Brexit night, the Pope in Congress, the House's
 * impeachment vote, a Champions League final, Three Mile Island, Ireland's referendum): a birthday gives an age
 * (family.ts), an office dated by "-elect" is a role (words.ts, by-role.ts), a bloc is an organization's noun, one
 * unnamed person after an inverted cue is a role phrase (between.ts) whom a later age phrase means
 * (unnamed-speaker.ts), an age before a role noun opening the sentence before still leads to its holder (by-role.ts
 * roleNounAt), a state's party member is the person with that party tag or the office holder opening the sentence
 * before (by-describer.ts, party-tag-holder.ts), a nationality is the subject just named (by-demonym.ts), a firm's
 * name with its legal form is the firm's (speaker-name.ts), and the Taoiseach is a role. Invented names and text.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, namedOf } from "./helpers/document.js";

/** Each quote's speaker as "name" or "org:organization" or null, with the phrase: "name [phrase]". */
function speakersOf(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return nameDocument(doc, splitDocument(doc)).quotes.map((q) => {
    const who = q.speaker.name ?? (q.speaker.organization ? `org:${q.speaker.organization}` : null);
    return `${who} [${q.speaker.mention?.text ?? ""}]`;
  });
}

describe("an age given by a birthday", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Macky Salla congratulated Bassirou Fane, who turned 44 on Monday. "We will govern with humility," the 44-year-old said.',
      ["Bassirou Fane"],
    ],
    // guard: another age given is nobody's match
    [
      'Macky Salla congratulated Bassirou Fane, who turned 45 on Monday. "We will govern with humility," the 44-year-old said.',
      ["Macky Salla"],
    ],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("an office dated by -elect", () => {
  it.each<[string, string[]]>([
    [
      'President-elect Bassirou Fane met Macky Salla on Monday. "We will govern with humility," the president-elect said.',
      ["Bassirou Fane [the president-elect]"],
    ],
    [
      'President-elect Bassirou Fane met Macky Salla on Monday. Speaking in Dakar, the president-elect promised a "systemic break" with the past.',
      ["Bassirou Fane [the president-elect]"],
    ],
    // guard: the president is not the president-elect
    [
      'President Macky Salla met the winner on Monday. "We will govern with humility," the president-elect said.',
      ["null [the president-elect]"],
    ],
  ])("%s", (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe("organizations speaking", () => {
  it.each<[string, string[]]>([
    [
      'The Economic Community of Sahel States praised the vote. In a statement, the bloc said Senegal had "once again shown the way" in the region.',
      ["org:Economic Community of Sahel States [the bloc]"],
    ],
    [
      'Northern Edison Co., which operates the plant, said in a statement that "there is no evidence of further damage."',
      ["org:Northern Edison Co. [Northern Edison Co.]"],
    ],
    [
      'The Taoiseach, Leo Varley, welcomed it. The vote was described by the Taoiseach as "a quiet revolution".',
      ["Leo Varley [the Taoiseach]"],
    ],
  ])("%s", (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe("one unnamed person after an inverted cue, and an age after them", () => {
  it.each<[string, string[]]>([
    [
      'Nicola Sturrock said Scotland would stay. "They never listened to us up here," said one former miner outside the count. "Well, they are listening now," the 58-year-old said.',
      ["null [one former miner]", "null [the 58-year-old]"],
    ],
    [
      'Nicola Sturrock spoke first. "It is a sad day," said a retired schoolteacher who lives nearby.',
      ["null [a retired schoolteacher]"],
    ],
    // guard: a time after the verb is nobody's phrase
    ['Nicola Sturrock spoke. "It is over," she said a week later.', ["Nicola Sturrock [she]"]],
    // guard: the person given that age is still the age's speaker
    [
      'Derek Ash, 63, runs the pub. "It is quiet," said one regular. "We will survive," the 63-year-old said.',
      ["null [one regular]", "Derek Ash [the 63-year-old]"],
    ],
  ])("%s", (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe("a role opening the sentence before, past an age", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Pope Fabian addressed the chamber. Vice President Joe Bidwell sat beside the Speaker. The 78-year-old Argentine pope reminded lawmakers that the country was built by newcomers. "We are not fearful of foreigners," he said.',
      ["Fabian"],
    ],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("a state's party member", () => {
  it.each<[string, string[]]>([
    [
      'Committee Chairman Henry J. Hale (R-Ill.) cast the vote as a defense of the law. "No one is above the law," the 74-year-old Illinois Republican told the House.',
      ["Henry J. Hale [Illinois Republican]"],
    ],
    [
      'Chairman Dan Rostow of the tax-writing committee said today President Reagon must reconsider his opposition. The Illinois Democrat, asked about tax hikes, said, "I think the president is going to have to reconsider."',
      ["Dan Rostow [The Illinois Democrat]"],
    ],
    [
      'Sen. Dana Rowe (D-N.Y.) and Rep. Henry J. Hale (R-Ill.) met on Monday. Sen. Rowe criticized the plan. "No one is above the law," the Illinois Republican told the House.',
      ["Henry J. Hale [Illinois Republican]"],
    ],
    [
      '"The recovery is fragile," Committee chairman Sen. Paula Sarbin said in a statement. "We are skating on thin ice," the Maryland Democrat said.',
      ["Paula Sarbin [Sen. Paula Sarbin]", "Paula Sarbin [Maryland Democrat]"],
    ],
    // guard: a state's party member nobody is described as is nobody, never a person named so
    [
      'The vote passed on Friday. "It is over," the Illinois Republican said.',
      ["null [Illinois Republican]"],
    ],
  ])("%s", (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});

describe("a nationality for the subject just named", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Harry Kine and Son Min-ho started for the visitors. Spurs boss Mauricio Pochetto said his side had been undone by the early goal. "The penalty changed the plan," the Argentine said.',
      ["Mauricio Pochetto"],
    ],
    // guard: a subject of another nationality
    [
      'Harry Kine started. Spanish coach Mauro Pocha, of Spain, said his side had been undone. "The penalty changed the plan," the Argentine said.',
      [null],
    ],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("groups and former office holders", () => {
  it.each<[string, string[]]>([
    // a plural role is many people (by-role.ts)
    [
      'Martin Fenner, an analyst at Stern & Co., said the bid was low. Kessler said it would explore "all alternatives," which analysts said could include a recapitalization.',
      ["null [analysts]"],
    ],
    // a plural of the dictionary opening the sentence is a group (by-name.ts)
    [
      'Police arrested Tetsu Yamaga at the scene. Investigators said the suspect held a grudge against a "specific organization".',
      ["null [Investigators]"],
    ],
    // "former" ties the office to the subject just named; the one elected to it now is not "the former" (by-role.ts,
    // people.ts, office-of-subject.ts)
    [
      'Cyrus Ramaposa was elected president on Thursday. Jacob Zumani, 75, had defied his party for two days. "No life should be lost in my name," the former president said.',
      ["Jacob Zumani [the former president]"],
    ],
    // guard: a plural name the sentence's start does not capitalize is a name (a band)
    [
      'That is the story. As the Rainmakers sang back in the 1980s, "They will turn us all into beggars." It goes on.',
      ["Rainmakers [Rainmakers]"],
    ],
    // guard: a surname the lists know stays a person's
    ['Jo Waters spoke first. "It was awful," Waters said.', ["Jo Waters [Waters]"]],
  ])("%s", (text, expected) => {
    expect(speakersOf(text)).toEqual(expected);
  });
});
