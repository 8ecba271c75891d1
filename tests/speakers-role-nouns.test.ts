/**
 * Role nouns resolved as a careful reader resolves them (session 14): a role goes to the person the document
 * gives it, the people named in a phrase opening the role's sentence with a preposition ("In an interview
 * with …,") are not the role's, and a role noun opening a clause links a speaker pronoun's chain to the one
 * person holding it. All text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, type Tagged } from "./helpers/speakers.js";

/** Every quote's speaker, fragments included: [name, mention, organization when set]. */
function allSpeakers(text: string, tagged: Tagged): Speaker[] {
  return resolvedQuotes(text, tagged).map((q) => {
    const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
    if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
    return s;
  });
}

describe("a role noun after a phrase opening its sentence with a preposition", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`In an interview with hosts X and Y, the Democratic presidential candidate said`: the story's subject, not a host",
      'Dana Whitlow does not recognize the rival she used to know. In an interview with radio hosts Carl Benning and Mara Lisle, the Democratic presidential candidate said the remarks "sound nothing like the neighbour from years ago."',
      { "Dana Whitlow": {}, "Carl Benning": {}, "Mara Lisle": {} },
      [["Dana Whitlow", "the Democratic presidential candidate"]],
    ],
    [
      "`In a debate with X and X's running mate, the nominee said`: not X, named twice there",
      'Ruth Calder spent the week in Ohio. In a debate with Republican Owen Pratt and Pratt\'s running mate, the nominee said "we will win this state."',
      { "Ruth Calder": {}, "Owen Pratt": {}, Pratt: { entity: "Owen Pratt" } },
      [["Ruth Calder", "the nominee"]],
    ],
    [
      "`At a rally with Mayor X and X's wife, the candidate said`: not X",
      'Ruth Calder spent the week in Ohio. At a rally with Mayor Owen Pratt and Pratt\'s wife, the candidate said "we will win this state."',
      { "Ruth Calder": {}, "Owen Pratt": {}, Pratt: { entity: "Owen Pratt" } },
      [["Ruth Calder", "the candidate"]],
    ],
    [
      "guard: `X, the Democratic nominee, said` outside an opening phrase is still X",
      'Voters met in Ohio. Owen Pratt, the Democratic nominee, said "we will win this state." Ruth Calder spoke later. "It is close," the Democratic nominee said.',
      { "Ruth Calder": {}, "Owen Pratt": {} },
      [
        ["Owen Pratt", "Owen Pratt"],
        ["Owen Pratt", "the Democratic nominee"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a speaker pronoun whose chain reaches a role noun opening a clause", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Meanwhile, the current Green Party nominee's plan …` then `he`s: the one nominee, not the man quoted before",
      'The letter cites presumptive nominee Carl Benning after the attack, but also Owen Pratt. "Our hearts are with the valley tonight," Pratt wrote. Meanwhile, the current Green Party nominee\'s plan for the valley drew praise. While he has said little, he has also met the families. "Every family in this town deserves a dry home," he said.',
      { "Carl Benning": {}, "Owen Pratt": {}, Pratt: { entity: "Owen Pratt" } },
      [
        ["Owen Pratt", "Pratt"],
        ["Carl Benning", "he"],
      ],
    ],
    [
      "`, the president called …` then `He … as he told`: the president, a one-word name of unknown gender",
      'Trent Hollis, the rival, said in a statement: "The council failed this town." Ruth Calder cancelled a rally with President Okafor. Meeting farmers on Sunday, the president called the flood a test for the whole region. He did not mention the levy. But it was on his mind as he told voters, "Keep the pumps running and the roads open."',
      { "Trent Hollis": {}, "Ruth Calder": {}, Okafor: {} },
      [
        ["Trent Hollis", "Trent Hollis"],
        ["Okafor", "he"],
      ],
    ],
    [
      "guard: `The Ohio senator would not …` with no senator named: the chain goes on to the subject before",
      'Owen Pratt, a former candidate, said Wednesday he agrees with the mayor. The Ohio senator would not say more. But he told a radio show, "The mayor has my vote."',
      { "Owen Pratt": {} },
      [["Owen Pratt", "he"]],
    ],
    [
      "guard: `the base chief` is no office the document names (a compound noun), the chain goes on",
      'Bob Lane said the surveyors left the island. The base chief Carl Benning praised them. "We stayed," said Lane. While the surveyors flew home, the base chief stayed in the port. "Somebody had to count the birds," he said.',
      { "Bob Lane": {}, Lane: { entity: "Bob Lane" }, "Carl Benning": {} },
      [
        ["Bob Lane", "Lane"],
        ["Bob Lane", "he"],
      ],
    ],
    [
      "guard: a one-word holder whose every mention runs into a capitalized word is a name cut short",
      'Finance Minister Jean Darnell said the accords would hold. "Markets are nervous," Darnell said. In a speech, the minister said Europe needed a consensus. On the currency system, he said, "The band is too wide."',
      { Jean: {}, Darnell: { type: "organization" } },
      [
        ["Darnell", "Darnell"],
        ["Darnell", "he"],
      ],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a person named right before `one of` the phrase", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X one of the group's founders, wrote` (a caption run into the text): X",
      'The pictures are far from the image the rebels would like to show Tariq Haddad one of the group\'s founders, wrote the caption: "Bread queues again this morning."',
      { "Tariq Haddad": {} },
      [["Tariq Haddad", "the group's founders"]],
    ],
    [
      "guard: `one of the organizers said` with nobody named before it: nobody",
      'The march went ahead. Then one of the organizers said: "We walked for the children."',
      {},
      [[null, "the organizers"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a role's holder is the person the narration names, not one the quote names", () => {
  const tagged: Tagged = { "Dana Whitlow": {}, "Jo Roe": {}, "Al Vance": {}, Vance: { entity: "Al Vance" } };
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`“… beat Jo Roe,” the governor said`: not Roe, whom a loose phrase before gave the office",
      "Governor Al Vance backed the plan. Dana Whitlow, the former governor, told the paper she would vote for Jo Roe. Vance defended his choice on his radio show. “Only he can stop Jo Roe in the north,” the governor said.",
      tagged,
      [["Al Vance", "the governor"]],
    ],
    [
      "guard: a quote naming nobody, the governor the narration named",
      "Governor Al Vance backed the plan. Dana Whitlow, the former governor, told the paper she would vote for Jo Roe. Vance defended his choice on his radio show. “I believe this is the best plan,” the governor said.",
      tagged,
      [["Al Vance", "the governor"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a role in a relative clause after a name is not the person's (session 17)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X, who advised the governor,`: X is not the governor",
      'Owen Pratt toured the dam on Monday. Carl Benning, who advised the governor for years, was there too. "The dam is safe," the governor said.',
      { "Owen Pratt": {}, "Carl Benning": {} },
      [[null, "the governor"]],
    ],
    [
      "`X, whose brother is the governor,`: X is not the governor",
      'Owen Pratt toured the dam on Monday. Carl Benning, whose brother is the governor, was there too. "The dam is safe," the governor said.',
      { "Owen Pratt": {}, "Carl Benning": {} },
      [[null, "the governor"]],
    ],
    [
      "guard: `X, who is the mayor,` holds the office",
      'Owen Pratt toured the dam on Monday. Carl Benning, who is the mayor, was there too. "The dam is safe," the mayor said.',
      { "Owen Pratt": {}, "Carl Benning": {} },
      [["Carl Benning", "the mayor"]],
    ],
    [
      "guard: `X, the mayor of Dover,` holds the office",
      'Owen Pratt toured the dam on Monday. Carl Benning, the mayor of Dover, was there too. "The dam is safe," the mayor said.',
      { "Owen Pratt": {}, "Carl Benning": {}, Dover: { type: "place" } },
      [["Carl Benning", "the mayor"]],
    ],
    [
      "guard: `X, a spokesman for the governor,` is the spokesman",
      'Owen Pratt toured the dam on Monday. Carl Benning, a spokesman for the governor, was there too. "The dam is safe," the spokesman said.',
      { "Owen Pratt": {}, "Carl Benning": {} },
      [["Carl Benning", "the spokesman"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a role noun in other words: the person the document gave the role by another of its names", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`The teen's attorney, X, said …` then `the lawyer said`: X",
      'Dana Whitlow was held overnight in Brookfield. The teen\'s attorney, Marcus Pellery, said the charges would be dropped. "My client did nothing wrong," the lawyer said.',
      { "Dana Whitlow": {}, "Marcus Pellery": {} },
      [["Marcus Pellery", "the lawyer"]],
    ],
    [
      "`X, a lawyer for the family,` then `the attorney said`: X",
      'Dana Whitlow was held overnight in Brookfield. Marcus Pellery, a lawyer for the family, met reporters on Tuesday. "The charges will be dropped," the attorney said.',
      { "Dana Whitlow": {}, "Marcus Pellery": {} },
      [["Marcus Pellery", "the attorney"]],
    ],
    [
      "`X, an economic advisor to the mayor,` then `the adviser said`: X",
      'Ruth Calder named Owen Pratt, an economic advisor to the mayor, to lead the review. "The budget is sound," the adviser said.',
      { "Ruth Calder": {}, "Owen Pratt": {} },
      [["Owen Pratt", "the adviser"]],
    ],
    [
      "guard: `the lawyer said` with nobody given the role in any of its words: nobody",
      'Dana Whitlow was held overnight in Brookfield. Owen Pratt, the mayor, met reporters on Tuesday. "The charges will be dropped," the lawyer said.',
      { "Dana Whitlow": {}, "Owen Pratt": {} },
      [[null, "the lawyer"]],
    ],
    [
      "guard: `Acme attorneys said` (plural) is not the one lawyer the document named",
      'Acme has challenged a payment to lawyer Marcus Pellery, a member of its board. "The payment was not earned," Acme attorneys said.',
      { "Marcus Pellery": {}, Acme: { type: "organization" } },
      [[null, "Acme attorneys", "Acme"]],
    ],
    [
      "guard: `the attorney general said` is not the lawyer named before",
      'Marcus Pellery, a lawyer for the family, met reporters in Brookfield. "We will appeal," the attorney general said.',
      { "Marcus Pellery": {} },
      [[null, "the attorney general"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a role a possessive gives to someone's aide (session 31)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`X Y's official spokesman said` after another party's spokesman: nobody named",
      'Lib Dem spokesman Paul Harker criticised the plan. Ann Rowe\'s official spokesman said the minister was "relaxed" about the vote.',
      { "Paul Harker": {}, "Ann Rowe": {} },
      [[null, "Ann Rowe's official spokesman"]],
    ],
    [
      "`X's lawyer said` after `X's lawyer Y`: Y",
      "Ann Kellan's lawyer Dana Whitlow met prosecutors. \"We have nothing to hide,\" Ann Kellan's lawyer said.",
      { "Ann Kellan": {}, "Dana Whitlow": {} },
      [["Dana Whitlow", "Ann Kellan's lawyer"]],
    ],
    [
      "`Y, X's spokesman,` then `X's spokesman said`: Y",
      "Tom Ashby, Ann Rowe's spokesman, spoke first. \"No comment,\" Ann Rowe's spokesman said.",
      { "Tom Ashby": {}, "Ann Rowe": {} },
      [["Tom Ashby", "Ann Rowe's spokesman"]],
    ],
    [
      "guard: a one-word possessive may be a firm's (Reuters: `Emery's chairman`): the role's holder, as before",
      'Spokesman Tom Ashby spoke first. "No comment," Rowe\'s spokesman said.',
      { "Tom Ashby": {}, Rowe: {} },
      [["Tom Ashby", "Rowe's spokesman"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a cleric's noun is a role its holder keeps (session 37)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the cleric said` after `the radical cleric X`: X",
      'The radical cleric Muqtaba Sadrani urged calm. Officials met in the capital. "Stay in your homes," the cleric said.',
      { "Muqtaba Sadrani": {} },
      [["Muqtaba Sadrani", "the cleric"]],
    ],
    [
      "`the rabbi said` after `Rabbi X`: X",
      'Rabbi Dana Orvatzky led the vigil. Neighbours came from across the city. "We stand together," the rabbi said.',
      { "Dana Orvatzky": {} },
      [["Dana Orvatzky", "the rabbi"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});
