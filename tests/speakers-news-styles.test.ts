/**
 * Speakers in the house styles of British news of the 2000s and Canadian news of the late 2010s (`said Mr
 * Hollis`, `Mr Howard said: “…”`, `said Ford`, `Thibodeau told reporters`, `the premier said`, `a spokesperson
 * for X said`), with the mentions a tagger might give, its misses included. All text here is written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const ORG = { type: "organization" } as const;

describe("British attributions", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said Mr X` after the full name",
      "Tony Hollis spoke in Sedgefield. 'We will not waver,' said Mr Hollis.",
      { "Tony Hollis": {}, Hollis: { entity: "Tony Hollis" } },
      [["Tony Hollis", "Mr Hollis"]],
    ],
    [
      "`Mr X said:` then a pronoun after a comma outside the mark",
      'Malcolm Howard spoke. Mr Howard said: "This is a stealth tax." Later: "It is a matter of trust", he said.',
      { "Malcolm Howard": {}, Howard: { entity: "Malcolm Howard" } },
      [
        ["Malcolm Howard", "Mr Howard"],
        ["Malcolm Howard", "he"],
      ],
    ],
    [
      "a statement over two paragraphs, each reopened",
      'Tony Hollis spoke. Mr Hollis told MPs: "We must stay the course.\n\n"We will not walk away now."\n\nThe House was quiet.',
      { "Tony Hollis": {}, Hollis: { entity: "Tony Hollis" } },
      [["Tony Hollis", "Mr Hollis"]],
    ],
    [
      "`the Chancellor said` names the person the document gives that office",
      'Gideon Brown, the Chancellor, defended the Budget. "It is a Budget for families," said the Chancellor.',
      { "Gideon Brown": {} },
      [["Gideon Brown", "the Chancellor"]],
    ],
    [
      "`the Chancellor said` with no holder of the office in the document is nobody",
      'Gideon Brown spoke. "We will not be complacent," the Chancellor said.',
      { "Gideon Brown": {} },
      [[null, "the Chancellor"]],
    ],
    [
      "an office in an appositive before the name",
      'The Prime Minister, Tony Hollis, was in Brussels. Gideon Brown stayed home. "Europe must reform," the Prime Minister said.',
      { "Tony Hollis": {}, "Gideon Brown": {} },
      [["Tony Hollis", "the Prime Minister"]],
    ],
    [
      "a surname that is also a month",
      '"Nothing will change," said Lorna May. "We are ready," Mrs May said.',
      { "Lorna May": {} },
      [
        ["Lorna May", "Lorna May"],
        ["Lorna May", "Mrs May"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("Canadian attributions", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said Ford` where the tagger read every Ford as a company",
      'Ontario Premier Curtis Ford defended the cuts. "We will balance the budget," said Ford.',
      { "Curtis Ford": ORG, Ford: { entity: "Curtis Ford", type: "organization" } },
      [["Curtis Ford", "Ford"]],
    ],
    [
      "`X told reporters`",
      'Prime Minister Justin Thibodeau was in Ottawa. "This is a win for workers," Thibodeau told reporters.',
      { "Justin Thibodeau": {}, Thibodeau: { entity: "Justin Thibodeau" } },
      [["Justin Thibodeau", "Thibodeau"]],
    ],
    [
      "`said Ontario Premier Curtis Ford` names the person, not the office",
      '"We will keep fighting for families," said Ontario Premier Curtis Ford.',
      { Ontario: { type: "place" }, "Curtis Ford": {} },
      [["Curtis Ford", "Ontario Premier Curtis Ford"]],
    ],
    [
      "`the premier said` when the tagger missed the premier's name",
      'Ontario Premier Curtis Ford announced the cuts. "It is time to live within our means," the premier said.',
      { Ontario: { type: "place" } },
      [["Curtis Ford", "the premier"]],
    ],
    [
      "`the minister said` after `according to Health Minister …`",
      'The measures work, according to Health Minister Patty Hajek. "We are seeing results," the minister said.',
      { "Patty Hajek": {} },
      [["Patty Hajek", "the minister"]],
    ],
    [
      "a name that is also a month after a party office",
      '"Nothing will change," Green Party Leader Eleanor May told reporters.',
      { "Green Party": ORG, "Eleanor May": {} },
      [["Eleanor May", "Green Party Leader Eleanor May"]],
    ],
    [
      "a police constable's abbreviated rank",
      '"The driver fled," Const. Jenna Roy said. "We are looking for him."',
      { "Jenna Roy": {} },
      [["Jenna Roy", "Const. Jenna Roy"]],
    ],
    [
      "an employer whose name holds a function word, before the role and the name",
      '"The plan is sound," said Brock State University political scientist Brenda Harris.',
      { "Brock State University": ORG, "Brenda Harris": {} },
      [["Brenda Harris", "Brenda Harris"]],
    ],
    [
      "a service, an ordinal and a rank before the name",
      '"I was hoping for someone else," said Air Force 1st Lt. Tom Reid.',
      { "Air Force": ORG, "Tom Reid": {} },
      [["Tom Reid", "Tom Reid"]],
    ],
    [
      "a programme's possessive in the introduction",
      'David Blundell spoke. Mr Blundell told BBC Radio 4\'s Today programme: "We will not back down."',
      { "David Blundell": {}, Blundell: { entity: "David Blundell" } },
      [["David Blundell", "Mr Blundell"]],
    ],
    [
      "`said project manager Ann Lee` when the tagger missed her",
      'Work has stopped. "We lost three weeks to the rain," said project manager Ann Lee.',
      {},
      [["Ann Lee", "Ann Lee"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("organizations speak under their canonical name", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the utility said` is the utility named before",
      'Hydro One raised its rates. "The increase reflects higher costs," the utility said in a statement.',
      { "Hydro One": ORG },
      [[null, "the utility", "Hydro One"]],
    ],
    [
      "the organization by name",
      '"We are listening to customers," Hydro One said.',
      { "Hydro One": ORG },
      [[null, "Hydro One", "Hydro One"]],
    ],
    [
      "an unnamed spokesperson for a named organization",
      'Rates rose. A spokesperson for Hydro One said: "We regret the increase."',
      { "Hydro One": ORG },
      [[null, "A spokesperson", "Hydro One"]],
    ],
    [
      "`the family said` is no person and no adverb",
      '"We are devastated," the family said in a statement.',
      {},
      [[null, "the family"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("British quotes flattened to one line", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "a scare quote closed like a possessive does not swallow the next statement",
      "He called the probe 'absolutely ridiculous'  after the hearing. Mr Rose said: 'The officers told me to stop. 'They told me to watch everything I do.' Jo Norman was not charged.",
      { Rose: { entity: "Jody Rose" }, "Jody Rose": {}, "Jo Norman": {} },
      [["Jody Rose", "Mr Rose"]],
    ],
    [
      "a participle after a reported statement's fragment takes the statement's subject",
      "Ann Ross wrote to the panel. She stated that 'in writing these words I seek no leniency' adding 'I accept things I cannot change.'",
      { "Ann Ross": {} },
      [["Ann Ross", "She"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("headlines written in capitals (wire copy of the 1980s)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "the phrase names the one person of the body whose surname is among its words",
      "HALVERSON SIGNS FARM BILL, CALLS IT 'A NEW DEAL'\n\nWASHINGTON (AP) _ Gov. Dana Halverson today signed the bill.",
      { "Dana Halverson": {} },
      [["Dana Halverson", "HALVERSON SIGNS FARM BILL"]],
    ],
    [
      "no person of the body among its words: nobody",
      "SENATE PANEL BACKS FARM BILL, CALLS IT 'A NEW DEAL'\n\nWASHINGTON (AP) _ Gov. Dana Halverson today signed the bill.",
      { "Dana Halverson": {} },
      [[null, "SENATE PANEL BACKS FARM BILL"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    // (The headline's quoted words are a fragment: partial quotes are asked too.)
    const named = resolvedQuotes(text, tagged).map((q) => [q.speaker.name, q.speaker.mention?.text ?? null]);
    expect(named).toEqual(expected);
  });
});
