/**
 * Sport's and entertainment's names that are no people (text written for these tests): venues and events named
 * with a person's or a place's name. Each row's people are listed as the people count lists them.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a name ending in a venue's or an event's word after a determiner is no person", () => {
  it.each([
    ["Tomas Verhoeven won the Santa Lucia Masters on Sunday.", ["Tomas Verhoeven"]],
    [
      "Lena Marsh, 24, lost in the final of last week's Harwick Masters to Tomas Verhoeven.",
      ["Lena Marsh", "Tomas Verhoeven"],
    ],
    ["Tomas Verhoeven is the top seed at the Marnie Gale Classic.", ["Tomas Verhoeven"]],
    ["Tickets for the Marnie Gale Arena sold out.", []],
    // Guards: surnames that are venue or event words, with no determiner before the name.
    ["Dana Masters, the striker, scored twice.", ["Dana Masters"]],
    ["Bruce Arena, the coach, said the team played well.", ["Bruce Arena"]],
    ["Nathan Hall said the team played well at the stadium.", ["Nathan Hall"]],
    ["Dana Whitlow won the Oakfield Open on Sunday.", ["Dana Whitlow"]],
    // A firm's possessive before a person whose surname is a venue word (the shape of a Reuters bench record).
    ["Harlow Bank's Dana Hill said the shares would rise.", ["Dana Hill"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("sport's '<Name> and Co' is a player and the team-mates, not a firm", () => {
  it.each([
    ["Lena Marsh and Co were left to rue missed chances as Bolton held on for a 1-0 win.", ["Lena Marsh"]],
    ["Dana Whitlow and Co are through to the final after a 3-1 win over Corby.", ["Dana Whitlow"]],
    // A modal: the slang's in a match report ("striker").
    ["Lena Marsh and Co will hope for better when the striker returns.", ["Lena Marsh"]],
    // Guards: firms. A modal outside a match report, a singular verb, a name no person of the document bears.
    ["Ivan Whitlow and Co will buy the shares, the fund manager said.", []],
    ["Whitlow and Co is the lead underwriter, Dana Whitlow said.", ["Dana Whitlow"]],
    ["Harlow and Co were hired by Acme in 1990, Dana Whitlow said.", ["Dana Whitlow"]],
    ["Lena Marsh said Marsh and Co will advise Acme on the sale.", ["Lena Marsh"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a one-word name that takes a plural verb is a team, not a person", () => {
  it.each([
    [
      "Chelsea extended their lead with a 3-1 win. Lena Marsh scored twice for Chelsea, and Tomas Verhoeven said Chelsea were the best side in the league.",
      ["Lena Marsh", "Tomas Verhoeven"],
    ],
    [
      "Tomas Verhoeven praised his players. But Chelsea have now lost three games in a row, said Lena Marsh.",
      ["Tomas Verhoeven", "Lena Marsh"],
    ],
    [
      "Tomas Verhoeven praised his players. But Chelsea do look stronger now, said Lena Marsh.",
      ["Tomas Verhoeven", "Lena Marsh"],
    ],
    // Guards: the verb of a noun before the name, a person's subjunctive, a surname of a full name.
    ["His parting words to his brother Walter were: be brave.", ["Walter"]],
    ["If Whitlow were to resign, Dana Whitlow said, the board would meet.", ["Dana Whitlow"]],
    [
      "Dana Whitlow and Lena Marsh spoke. Marsh said Whitlow have never met, and were strangers.",
      ["Dana Whitlow", "Lena Marsh"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a club with its next fixture in brackets after it is a team", () => {
  it.each([
    [
      "Corby can be relegated this weekend. Corby will go down if they lose and one of Wycombe (home to Harlow) or Ashford (away to Dunmere) wins.",
      [],
    ],
    ["The striker is fit. Lena Marsh says Wycombe (home to Harlow) is the key game.", ["Lena Marsh"]],
    // Guard: a person's bracket that is no fixture.
    ["The striker is fit. Lena Marsh (home to rest) will start.", ["Lena Marsh"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("'a la' before a name is French 'in the manner of', no particle of a surname", () => {
  it.each([
    ["Princess Liesl arrived in Lisbon. She dressed the part a la Liesl with a cape.", ["Liesl"]],
    ["Dana Whitlow arrived in Paris. Fans dressed à la Whitlow in red.", ["Dana Whitlow"]],
    // Guards: particles of surnames.
    ["Dana Whitlow met Oscar de la Renta in Paris on Monday.", ["Dana Whitlow", "Oscar de la Renta"]],
    ["The award went to Maria la Fontaine, said Dana Whitlow.", ["Maria la Fontaine", "Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a racehorse named like a person is no person", () => {
  it.each([
    ["Kestrel Dawn, the horse owned by Dana Whitlow, won by six lengths.", ["Dana Whitlow"]],
    ["Kestrel Dawn, ridden by Dana Whitlow, won the Grand National on Saturday.", ["Dana Whitlow"]],
    [
      "Dana Whitlow rode Kestrel Dawn to victory at Aintree, said Lena Marsh.",
      ["Dana Whitlow", "Lena Marsh"],
    ],
    [
      "Oscar Tully, a 10-year-old gelding, led from the start. Lena Marsh trains Oscar Tully.",
      ["Lena Marsh"],
    ],
    // Guards: a trainer in apposition, an animal's metaphor.
    ["Dana Whitlow, the horse trainer, said the going was soft.", ["Dana Whitlow"]],
    ["Dana Whitlow, the hawk of the cabinet, said talks had failed.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a one-word name won or nominated for with an article is an award", () => {
  it.each([
    ["Dana Whitlow, who won an Olivier for the role, said she was thrilled.", ["Dana Whitlow"]],
    ["Dana Whitlow was nominated for an Emmy last year.", ["Dana Whitlow"]],
    ["Dana Whitlow picked up her second Tony at the ceremony.", ["Dana Whitlow"]],
    // Guards: a person bearing the word in full; a name before a hyphen; a possessive.
    ["Oscar Brandon won an Oscar for the film.", ["Oscar Brandon"]],
    ["Dana Whitlow won a Brandon-designed car in the raffle.", ["Dana Whitlow"]],
    [
      "Dana Whitlow won a Tom Brandon award in 2004, and Tom Brandon was there.",
      ["Dana Whitlow", "Tom Brandon"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a full name before an award's word after 'the' is the award's", () => {
  it.each([
    ["Dana Whitlow was given the Marcus Fenwick Medal by the society.", ["Dana Whitlow"]],
    ["The Ellie Marsh Medal went to Dana Whitlow.", ["Dana Whitlow"]],
    // The namesake spoken of elsewhere stays.
    [
      "Dana Whitlow received the Tom Brandon Medal. Tom Brandon, who died in 1990, founded the prize.",
      ["Dana Whitlow", "Tom Brandon"],
    ],
    // Without "the" the name is still the medal's: since session 26 "Medal" is an eponym's head as "Prize" is
    // (resolve/names/eponyms.ts), so "X Medal winners" names no person X, as "X Prize winners" does not.
    ["Tom Brandon Medal winners include Dana Whitlow.", ["Dana Whitlow"]],
    // Guards: a person named before a medal's word that is no award's name; no award's word.
    ["Tom Brandon won a medal in Oslo, and Dana Whitlow won two.", ["Tom Brandon", "Dana Whitlow"]],
    ["Dana Whitlow met the Tom Brandon who founded Acme.", ["Dana Whitlow", "Tom Brandon"]],
    // An event's word after the name (session 32): a parade, a lecture; a memorial run's namesake stays.
    ["Dana Whitlow watched the Santa Claus Parade on Sunday.", ["Dana Whitlow"]],
    ["Dana Whitlow gave the Tom Brandon Lecture in May.", ["Dana Whitlow"]],
    [
      "Dana Whitlow ran in the Terry Fox Run. Fox's brother Fred spoke.",
      ["Dana Whitlow", "Terry Fox", "Fred"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a possessive with a shop's noun in apposition after it is a shop", () => {
  it.each([
    ["Dana Whitlow dined at Luigi's, the Italian restaurant in Soho, on Friday.", ["Dana Whitlow"]],
    [
      "Dana Whitlow met Tom Brandon at Marco's, a tiny bar near the station.",
      ["Dana Whitlow", "Tom Brandon"],
    ],
    // Guards: a friend's home; a shop named for a person the story names in full.
    ["Dana Whitlow stayed at Tom's, a friend's flat, for a week.", ["Dana Whitlow", "Tom"]],
    ["Tom Brandon's, the shop on the corner, closed. Tom Brandon said he was sad.", ["Tom Brandon"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
