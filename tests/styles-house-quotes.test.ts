/**
 * Quotes in the house styles of British web news of the mid-2000s (straight double marks, `He said: "…"`,
 * `"…," said Mr Brown.`, single marks in headlines) and of Canadian Press copy (`"…," X said in an interview.`,
 * `said X, president of the union`), with dash signatures, nested quotes, appositives and a second speaker cutting
 * in (text written for these tests): each quote ends at its own mark and has the phrase that attributes it.
 */
import { describe, expect, it } from "vitest";
import { quotesOf } from "./helpers/quotes.js";

/** Each quote as "text | speaker phrase | cue" (paragraph breaks as spaces), "(p)" before a partial one; "-" for none. */
function quotes(text: string): string[] {
  return quotesOf(text).map(
    (q) =>
      `${q.partial ? "(p) " : ""}${q.text.replace(/\s+/g, " ")} | ${q.speakerPhrase?.text ?? "-"} | ${q.cue?.text ?? "-"}`,
  );
}

describe("British web style", () => {
  it.each<[string, string, string[]]>([
    [
      "a colon before the quote",
      'Council leader Tom Harker said: "We have listened to residents and we will act."',
      ["We have listened to residents and we will act. | Tom Harker | said"],
    ],
    [
      "said Mr after the quote",
      '"The figures speak for themselves," said Mr Brown.',
      ["The figures speak for themselves, | Mr Brown | said"],
    ],
    [
      "two speakers, each with a colon",
      'Mr Hollis told MPs: "We will not waver." The Tory leader, Malcolm Howard, replied: "The prime minister has lost the trust of the country."',
      [
        "We will not waver. | Mr Hollis | told",
        "The prime minister has lost the trust of the country. | Malcolm Howard | replied",
      ],
    ],
    [
      "a union role held by the name in apposition",
      '"We need more nurses," said Medilink\'s head of health, Karen Mills.',
      ["We need more nurses, | Karen Mills | said"],
    ],
    [
      "the same, the appositive going on",
      '"Sales are down," said Acme\'s chief executive, Paul Roe, at the meeting.',
      ["Sales are down, | Paul Roe | said"],
    ],
    [
      "double marks nested in single ones, one pair of each",
      "'He told me \"get out\" and I left,' said Miss Jones.",
      ['He told me "get out" and I left, | Miss Jones | said'],
    ],
    [
      "single marks nested in double ones",
      "\"She told me, 'Don't worry,' and then she left,\" said Ms Grant.",
      ["She told me, 'Don't worry,' and then she left, | Ms Grant | said"],
    ],
    [
      "a headline's label names whose words its fragment sums up, which stays partial",
      "Hollis: 'We will win the vote'\n\nThe prime minister says he is confident.",
      ["(p) We will win the vote | Hollis | -"],
    ],
    [
      "a headline in single marks above a story in double ones",
      "Minister 'will quit'\n\nThe minister is expected to resign.\n\n\"I'm staying,\" said Mr Hale.",
      ["(p) will quit | - | -", "I'm staying, | Mr Hale | said"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("Canadian Press style", () => {
  it.each<[string, string, string[]]>([
    [
      "said in an interview, then a second sentence",
      '"We\'re very disappointed," Marie Tremblay said in an interview. "The province has not kept its promise."',
      ["We're very disappointed, The province has not kept its promise. | Marie Tremblay | said"],
    ],
    [
      "said X, president of the union",
      '"It\'s not fair to the workers," said Bob Kowalski, president of the union local.',
      ["It's not fair to the workers, | Bob Kowalski | said"],
    ],
    [
      "a dateline before the quote",
      'HALIFAX — "This is a historic day," Premier Ann MacLeod said Monday.',
      ["This is a historic day, | Premier Ann MacLeod | said"],
    ],
    [
      "a split quote whose second half is never closed",
      '"It was chaos," said witness Omar Haddad. "People were running everywhere.\n\nPolice arrived minutes later.',
      ["It was chaos, People were running everywhere. | Omar Haddad | said"],
    ],
    [
      "the same, its closing mark lost before its own attribution",
      '"We had a good year," Mr Herke said. "We will end with a profit, he said.\n\nThe paper said more.',
      ["We had a good year, We will end with a profit | Mr Herke | said"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("signatures, appositives and a second speaker", () => {
  it.each<[string, string, string[]]>([
    [
      "a dash signing a quote with a description",
      '"We will appeal the ruling" — Jason Lee, the company\'s lawyer.',
      ["We will appeal the ruling | Jason Lee | -"],
    ],
    [
      "a dash after a comma, with a title and employer",
      '"The market has turned," — David Ng, chief economist at Acme Bank.',
      ["The market has turned, | David Ng | -"],
    ],
    [
      "a role, then the name in apposition, before a colon",
      'The mayor, Ann Lee, was blunt: "We have no money."',
      ["We have no money. | Ann Lee | -"],
    ],
    [
      "a name described by a possessive pronoun, before a colon",
      '"We lost," said Tom Hale. Mary Dunn, his rival, was more cautious: "Let\'s wait for the count."',
      ["We lost, | Tom Hale | said", "Let's wait for the count. | Mary Dunn | -"],
    ],
    [
      "a statement cut at its start, introduced by a verb and a comma",
      'Ann Lee told supporters, "our town is in trouble. Why sit and argue when the mill is closing?"',
      ["our town is in trouble. Why sit and argue when the mill is closing? | Ann Lee | told"],
    ],
    [
      "not after a parenthetical attribution inside the writer's sentence",
      'A downturn, he said, "could be a good time to borrow and pay off old debt."',
      ["(p) could be a good time to borrow and pay off old debt. | he | said"],
    ],
    [
      "nor after a clause the quote finishes",
      'The company said its growth, "which includes a rise in interest income, gives us hope."',
      ["(p) which includes a rise in interest income, gives us hope. | The company | said"],
    ],
    [
      "a verb and its prepositional phrase introduce it",
      'The agency said in a statement, "the review found no evidence of wrongdoing."',
      ["the review found no evidence of wrongdoing. | The agency | said"],
    ],
    [
      "a verb that reports speech only with its particle",
      '"You had your chance," Ann Lee shot back. "Now it is our turn." Bob Dunn shot a glance at her.',
      ["You had your chance, Now it is our turn. | Ann Lee | shot back"],
    ],
    [
      "a second speaker cutting in is not glued to the first",
      '"I\'m happy," Hale said, before Dunn interrupted: "Not so fast."',
      ["I'm happy, | Hale | said", "Not so fast. | Dunn | interrupted"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["a dash before a name that goes on with a verb", '"We won" — Ann Lee Stadium erupted after the match.'],
    ["a dash before a lower-case phrase", '"We won" — or so the team claimed.'],
  ])("no verbless signature: %s", (_, text) => {
    expect(quotesOf(text).every((q) => q.speakerPhrase?.text !== "Ann Lee" || q.partial)).toBe(true);
  });
});
