/**
 * Speaker phrases a careful reader picks in British house style and North American web style (session 13, issue
 * #11 item 3): a place of origin closed by its county or province, a plural possessive's role holder, a role's
 * complement before the name in apposition, a document's author after "according to", a passive "asked", a
 * message noun that is no verb, a role after "with" before a participle, and verbs the list lacked. Text
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** The speaker phrase of every quote, in order. */
const speakers = (text: string): Array<string | null> => summary(text).map(([, , s]) => s);

describe("a county, state or province closing a place of origin is not the speaker", () => {
  it.each([
    ['Tom Harker, 61, from Ashford, Kent, said: "It was unusual."', ["Tom Harker"]],
    ['Tom Harker, of Ashford, Kent, told the BBC: "It was unusual."', ["Tom Harker"]],
    ['Dana Whitlow, 29, of Red Deer, Alta., said: "It was unusual."', ["Dana Whitlow"]],
    ['"It was unusual," Dana Whitlow, of Red Deer, Alta., told CBC News.', ["Dana Whitlow"]],
    // (A place alone after the name is still read as before.)
    ['"It is a tragedy," said Chief Constable Tom Harker, of Kent Police.', ["Chief Constable Tom Harker"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("the name in apposition after a role, past a plural possessive, a complement or an organization", () => {
  it.each([
    ['"It was unusual," said the Greens\' leader, Tom Harker.', ["Tom Harker"]],
    [
      '"This is a shambles," said the Liberal Progressives\' spokesman, Tom Harker, at the launch.',
      ["Tom Harker"],
    ],
    ['"It was unusual," said his best friend at college, Tom Harker, who was there.', ["Tom Harker"]],
    ['"It was unusual," said another leading Acme Court advocate, Dana Whitlow.', ["Dana Whitlow"]],
    [
      "''It is likely,'' said another leading court advocate, Dana J. Whitlow of the law firm Acme Brown.",
      ["Dana J. Whitlow"],
    ],
    ['"It is likely," said the union\'s lawyer, Dana Whitlow at Acme LLP.', ["Dana Whitlow"]],
    // (No name in apposition: the role stays.)
    ['"It was unusual," said a friend of the family, who did not want to be named.', ["a friend"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a document's author after 'according to' speaks for it", () => {
  it.each([
    [
      '"We are reviewing the decision," according to a statement from the Acme Health Trust.',
      ["Acme Health Trust"],
    ],
    ['According to a statement from Acme Rail, "services will resume on Monday".', ["Acme Rail"]],
    ['"The inquiry continues," according to a news release issued by the Dover Police.', ["Dover Police"]],
    // (A document that names no author stays the source; a reader is no author.)
    ['"The inquiry continues," according to a statement.', ["a statement"]],
    ['"The plan is dead," according to a memo obtained by the Dover Herald.', ["a memo"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a question put to someone is not theirs", () => {
  it.each([
    ['Tom Harker was asked: "Would you do it again?" He replied: "Yes."', [null, "He"]],
    ['"Would you do it again?" Tom Harker was asked. "Never," he replied.', [null, "he"]],
    // (The asker of an active "asked" speaks; one asked before speaking is the speaker of the answer.)
    ['Tom Harker asked: "Who pays for this?"', ["Tom Harker"]],
    ['Asked about the plan, Tom Harker said: "It is dead."', ["Tom Harker"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("participles and verbs of web posts", () => {
  it.each([
    ['Dana Whitlow admitted taking part, writing in a blog post: "I loaded the tool."', ["Dana Whitlow"]],
    ['Dana Whitlow explained, writing in her latest tweet: "We have done nothing wrong."', ["Dana Whitlow"]],
    ['With one user writing, "How can people see both sides?" the thread grew.', ["one user"]],
    ['The crowd cheered, with the mayor saying: "We did it."', ["the mayor"]],
    ['The poster wrote that "the whole thing is a scam."', ["The poster"]],
    ['A blogger said that "the whole thing is a scam."', ["A blogger"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("reporting verbs the list lacked", () => {
  it.each([
    ['"The way I see it," she elaborated, "nobody wins."', ["she"]],
    ['"Nobody wins," Mr Harker elaborated.', ["Mr Harker"]],
    ['The union reasoned, "Members pay dues, so they deserve a vote."', ["The union"]],
    ['"Members pay dues," the union reasoned.', ["the union"]],
    ['Mr Harker hit back: "This is nonsense."', ["Mr Harker"]],
    ['"This is nonsense," Mr Harker hit back.', ["Mr Harker"]],
    // (Not the noun "reason", nor "hit" without its particle.)
    ['For that reason, "we will wait," the union said.', ["the union"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a role with its complement, a contrasting clause, verbs before an object, a relative 'which'", () => {
  it.each([
    ['The secretary of state said: "We will act."', ["The secretary of state"]],
    ['"We will act," the head of state said.', ["the head of state"]],
    [
      'The outgoing secretary of state talked about keeping the "gains we made" under the governor.',
      ["The outgoing secretary of state"],
    ],
    ['Dana Whitlow said Tom Harker will continue to be "a voice for anglers."', ["Dana Whitlow"]],
    ['"We will go on," she continued.', ["she"]],
    // (Session 40: nor after a modal, before a preposition: the clause's reporter speaks.)
    ['Dana Whitlow said the protests would continue "until the whole family is gone".', ["Dana Whitlow"]],
    ['Dana Whitlow said it will continue "for weeks".', ["Dana Whitlow"]],
    // The crowd chants, as before its verb so after it.
    ['"Go home," chanted the crowd outside the gates.', ["the crowd"]],
    [
      'Tom Harker told the heckler to "check the scores first", while Dana Whitlow said she trained "daily".',
      ["Tom Harker", "Dana Whitlow"],
    ],
    ['Dana Whitlow also bemoaned the mood in which neighbours "barely talk" now.', ["Dana Whitlow"]],
    [
      'Her release linked to the Acme News report, which notes, "More than half of them were donors."',
      ["the Acme News report"],
    ],
    ["\"So far, it's one to nil. But it's a long game.\" - Dana Whitlow", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a court's document, a person's noun before 'who', a prepositional tail before an inverted verb", () => {
  it.each([
    ['"The panel takes no side" on the dispute, the majority opinion said.', ["the majority opinion"]],
    ['"The law is void," the ruling said.', ["the ruling"]],
    [
      'Tom Harker called out an online heckler who accused his brother of being a "fair-weather fan."',
      ["an online heckler"],
    ],
    ['An online troll who wrote "nobody cares" was banned.', ["An online troll"]],
    ['"We are happy" about the ruling, said Dana Whitlow, the union\'s head.', ["Dana Whitlow"]],
    ['"We are happy" about the new contract, said Dana Whitlow.', ["Dana Whitlow"]],
    // (Not "according to", which names a source.)
    ['"We are happy," according to Dana Whitlow, the union\'s head.', ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("an embedded post's signature and a correspondent's place", () => {
  it.each([
    ['"We are proud of our players." — Dana Whitlow (@dwhitlow) June 3, 2018', ["Dana Whitlow"]],
    ['"Thank you, Dover!" — Acme Rovers (@AcmeRovers) June 14, 2019', ["Acme Rovers"]],
    ['The BBC\'s Dana Whitlow in Brussels says the deal is "all but dead".', ["Dana Whitlow"]],
    // (That name an employer's in turn: the person before it.)
    ['Jo Roe, economist with Acme Bank Ltd in London said "The bank has retreated."', ["Jo Roe"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
