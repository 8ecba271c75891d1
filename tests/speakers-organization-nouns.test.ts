/**
 * Speakers a careful reader takes from a noun (session 14): "the newspaper", "the paper" is the publication the
 * document names, not the organization it wrote about last; a quote standing alone after "X's first tweet was …"
 * is X's. All text here is invented.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a publication's noun as a speaker", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`According to the newspaper,` after the league it wrote about: the newspaper",
      'The Harbour Daily Herald said the Rowing Owners League is a problem. It says the league blocks every change to the club rules. According to the newspaper, "The league writes the rules it is judged by."',
      { "Harbour Daily Herald": { type: "organization" }, "Rowing Owners League": { type: "organization" } },
      [[null, "the newspaper", "Harbour Daily Herald"]],
    ],
    [
      "`the paper said` after a firm named last: the paper",
      'The Kestrel Times reported on Acme Corp. "The deal is off and the talks are over for now," the paper said.',
      { "Kestrel Times": { type: "organization" }, "Acme Corp": { type: "organization" } },
      [[null, "the paper", "Kestrel Times"]],
    ],
    [
      "guard: with no publication named, the organization named last, as before",
      'Acme Corp talked to reporters. "The deal is off," the newspaper said.',
      { "Acme Corp": { type: "organization" } },
      [[null, "the newspaper", "Acme Corp"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a quote standing alone after a sentence opening with a person's statement", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X's first tweet that morning was a short note.` then the quote alone: X",
      'Candidate Dana Whitlow\'s first tweet that morning was a short note about the flood. "Water over the bridge at Elm Creek. Stay off the east road tonight." Her second tweet was an attack.',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "Dana Whitlow"]],
    ],
    [
      "guard: `X's victory was a surprise.` then the quote alone: not X",
      'Dana Whitlow\'s victory was a surprise to the party. "Nobody saw this coming in the valley at all."',
      { "Dana Whitlow": {} },
      [[null, null]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("a statement's author named right after it", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`according to a statement on X's website`: X",
      'Governor Dana Whitlow signed the law on Tuesday. The law allows the sale "only where a pharmacist is on duty," according to a statement on Whitlow\'s website.',
      { "Dana Whitlow": {}, Whitlow: { entity: "Dana Whitlow" } },
      [["Dana Whitlow", "a statement"]],
    ],
    [
      "guard: `according to a statement on the website` with no person: nobody",
      'The governor signed the law on Tuesday. The law allows the sale "only where a pharmacist is on duty," according to a statement on the website.',
      {},
      [[null, "a statement"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakersOf(text, tagged)).toEqual(expected);
  });
});

/** Every quote's speaker, fragments included: [name, mention, organization when set]. */
function allSpeakersOf(text: string, tagged: Tagged): Speaker[] {
  return resolvedQuotes(text, tagged).map((q) => {
    const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
    if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
    return s;
  });
}

describe("an organization inside the apposition of the person opening the sentence", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X, a onetime officer who is now an adviser at the Acme Institute, which works …, said that`: X",
      'Dana Whitlow, a onetime Navy officer who is now a part-time adviser at the Harbour Institute for Coastal Studies, which works to protect wetlands, said that the choice is "a sign the builders heard the town."',
      { "Dana Whitlow": {}, "Harbour Institute for Coastal Studies": { type: "organization" } },
      // Extraction picks the person here since session 14 (a relative clause's last phrase inside an appositive is no
      // speaker), so the row guards the merged answer; the next row keeps a phrase cut to the organization.
      [["Dana Whitlow", "Dana Whitlow"]],
    ],
    [
      "`X, president of Acme Oil Co, which holds a stake in …, said`: X",
      'Rina Osei, president of Kestrel Oil Co, which holds a 30 pct stake in the refiner, said the offer was "far too low."',
      { "Rina Osei": {}, "Kestrel Oil Co": { type: "organization" } },
      // (Session 40: the phrase is the person's own, read past the apposition's employer.)
      [["Rina Osei", "Rina Osei"]],
    ],
    [
      "`X, president of the Acme Union, which represents teachers, said he hopes that`: X",
      'Carl Benning, president of the Federation of Kestrel Teachers, which represents city educators, said he hopes the march sends the board a message that "parents will be at every meeting now."',
      { "Carl Benning": {}, "Federation of Kestrel Teachers": { type: "organization" } },
      [["Carl Benning", "Carl Benning"]],
    ],
    [
      "guard: past a reporting verb (`X said the Acme Institute … said`) the organization speaks",
      'Dana Whitlow said the Harbour Institute, which works to end poverty, said the choice is "a sign the lenders trust the plan."',
      { "Dana Whitlow": {}, "Harbour Institute": { type: "organization" } },
      [[null, "Harbour Institute", "Harbour Institute"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakersOf(text, tagged)).toEqual(expected);
  });
});

describe("one unnamed member of an organization the phrase names", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said a Kent Tory`, the tagger reading the party's member as an organization: no organization speaks",
      "Voters met in Dover. “Roe will lose this week,” said a Kent Tory, who asked not to be named.",
      { "Kent Tory": { type: "organization" }, Roe: {} },
      [[null, "a Kent Tory"]],
    ],
    [
      "`one Marsh County Democrat said`",
      "“The count is not over yet,” one Marsh County Democrat said on Monday.",
      { "Marsh County Democrat": { type: "organization" } },
      [[null, "one Marsh County Democrat"]],
    ],
    [
      "guard: `an Acme spokesman` speaks for Acme",
      "Acme cut jobs. “We regret it,” an Acme spokesman said.",
      { Acme: { type: "organization" } },
      [[null, "an Acme spokesman", "Acme"]],
    ],
    [
      "guard: `the company said` is the organization named before",
      "Acme cut jobs. “We regret it,” the company said.",
      { Acme: { type: "organization" } },
      [[null, "the company", "Acme"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("an ad, a sign or a profile as a speaker names no organization by itself", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`The ad claims` after a firm the story named: no organization",
      'Acme Corp cut 200 jobs at its Elm Creek mill this week. The ad claims "Dana is the mayor you can trust."',
      { "Acme Corp": { type: "organization" } },
      [[null, "The ad"]],
    ],
    [
      "`one Party ad declared` after a paper named: no organization",
      'The Harbour Times covered the race. "If they win, the mill will close," one Acme ad declared on Monday.',
      { "Harbour Times": { type: "organization" } },
      [[null, "one Acme ad"]],
    ],
    [
      "guard: a tabloid's noun still finds the paper",
      'The Harbour Daily Herald ran the story. "The deal is off," the tabloid said.',
      { "Harbour Daily Herald": { type: "organization" } },
      [[null, "the tabloid", "Harbour Daily Herald"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("`the company said`: the latest organization named that is no public body, nor a medium told", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a council named after the firm: the firm",
      'Vellacott will shut the quarry in March. Dunmere Borough Council said it had not been told. "Every worker will be offered a post elsewhere," the company said.',
      { Vellacott: { type: "organization" }, "Dunmere Borough Council": { type: "organization" } },
      [[null, "the company", "Vellacott"]],
    ],
    [
      "a college and a newspaper someone told, named after the firm: the firm",
      'Kestrel Foods Ltd is to close its Dunmere plant. A lecturer at Dunmere College told the Evening Standard the plant had lost money. "We looked at every option," the firm said.',
      {
        "Kestrel Foods Ltd": { type: "organization" },
        "Dunmere College": { type: "organization" },
        "Evening Standard": { type: "organization" },
      },
      [[null, "the firm", "Kestrel Foods Ltd"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("`the company said` goes on as before (guards)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the council said` after a firm: the council",
      'Kestrel Foods Ltd is to close its Dunmere plant. Dunmere Borough Council met on Monday. "We were not told," the council said.',
      { "Kestrel Foods Ltd": { type: "organization" }, "Dunmere Borough Council": { type: "organization" } },
      [[null, "the council", "Dunmere Borough Council"]],
    ],
    [
      "a name holding the noun wins: `the company` is the Harbour Bus Company",
      'Kestrel Foods Ltd sold its depot to the Harbour Bus Company. "We will keep every driver," the company said.',
      { "Kestrel Foods Ltd": { type: "organization" }, "Harbour Bus Company": { type: "organization" } },
      [[null, "the company", "Harbour Bus Company"]],
    ],
    [
      "two firms: the one named last, as before",
      'Kestrel Foods Ltd agreed to sell its depot to Harlow Pike. "We will keep every driver," the company said.',
      { "Kestrel Foods Ltd": { type: "organization" }, "Harlow Pike": { type: "organization" } },
      [[null, "the company", "Harlow Pike"]],
    ],
    [
      "`its parent company said` after a council: the organization named last, as before",
      'Vellacott will shut the quarry in March. Dunmere Borough Council said it had not been told. "Every worker will be offered a post elsewhere," its parent company said.',
      { Vellacott: { type: "organization" }, "Dunmere Borough Council": { type: "organization" } },
      [[null, "its parent company", "Dunmere Borough Council"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
