import { describe, expect, it } from "vitest";
import { resolvedQuotesOf } from "./helpers/quotes.js";

/** [speaker phrase, resolved name] of every quote, resolved without entity mentions. */
const speakers = (text: string): Array<[string | null, string | null]> =>
  resolvedQuotesOf(text).map((q) => [q.speaker.mention?.text ?? null, q.speaker.name]);

/** The speaker phrase of every quote. */
const phrases = (text: string): Array<string | null> => speakers(text).map(([phrase]) => phrase);

describe("a fragment inside a possessive's speech act is the owner's words", () => {
  it.each([
    ["Tom Orrin's pledge to stay “above the fray” in the race angered his allies.", ["Tom Orrin"]],
    ["Dana Whitlow's accusation that the minister is “asleep at the wheel” drew a reply.", ["Dana Whitlow"]],
    ["Mr Orrin's usual reply — “Ask my lawyer” — did not satisfy the panel.", ["Mr Orrin"]],
    ["The minister's warning that prices could “spiral out of control” rattled markets.", ["The minister"]],
    ["Acme Corp's claim that sales hit “a record” surprised analysts.", ["Acme Corp"]],
    [
      "Mr Orrin welcomed remarks by Finance Minister Dana Whitlow “on the cost of living”.",
      ["Finance Minister Dana Whitlow"],
    ],
    // (The reporting verb before the noun governs it: the reporter's words.)
    [
      "Dana Whitlow said he endorsed comments by Finance Minister Tom Orrin “about the cost of public money, which we both see as a risk.”",
      ["Dana Whitlow"],
    ],
    ["Lee said Acme's claim that the plan was “dead” was wrong.", ["Acme"]],
    ["Ms Ferris's controversial promise to cut fees “by half” was dropped.", ["Ms Ferris"]],
    [
      "The Whitlow campaign's slogan, “Fair shares for all,” is on every lamp post.",
      ["The Whitlow campaign"],
    ],
    // Guards: the owner's words only in the noun's own clause; no speech noun, no owner.
    ["Mr Orrin dismissed Acme's claims as “nonsense”.", ["Mr Orrin"]],
    ["Traders doubted Acme’s figures, but the firm might yet see its “recovery” this year.", [null]],
    ["Speaker Tom Orrin told the Courier that Ms Ferris's remarks “went too far.”", ["Speaker Tom Orrin"]],
    ["The company's forecast of “modest growth” was cut.", [null]],
    ["The bank beat most analysts' forecasts of a “soft landing” last month.", [null]],
    ["Mr Orrin told the crowd after Ms Ferris's comments that “We will not be silenced.”", ["Mr Orrin"]],
    ["Acme's “Blue Line” service opens on Monday.", [null]],
    ["The plan's “fair shares” clause was dropped.", [null]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a poll's share speaks for nobody", () => {
  it.each([
    [
      "While 58 percent of tenants say the landlord is “mostly to blame,” 41 percent say the scheme is “simply broken.”",
      [null, null],
    ],
    ["Seven in 10 farmers said the subsidy was “far too small.”", [null]],
    ["Some 40 per cent of those asked said the service was “poor”.", [null]],
    ["Only 12% say the plan is “working”.", [null]],
    // Guards: people who are no share.
    ["Ten voters in Dover said the service was “poor”.", ["Ten voters"]],
    ["Mr Orrin said 40 percent of the budget was “wasted”.", ["Mr Orrin"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("“went on” after a quote or before one reports it", () => {
  it.each([
    ["“It was a long season,” Ms Ferris went on.", ["Ms Ferris"]],
    ["“It was a long season,” she went on. Nobody replied.", ["she"]],
    ["“It was a long season,” went on Tom Orrin, the club's chairman.", ["Tom Orrin"]],
    ["Tom Orrin went on, “Nobody told us anything.”", ["Tom Orrin"]],
    // Guards: "went on" before a word reports nothing.
    ["The club went on to win the “double” that year.", [null]],
    ["Staff went on strike over the “insulting” offer.", [null]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("documents and notices speak for their makers", () => {
  it.each([
    ["Her short bio describes her as “a lifelong lover of horses”.", ["Her short bio"]],
    // (A biography is a book: the title before it is nobody's words.)
    ["Next month Acme Books will publish “Orrin Unbound,” a biography written by Dana Whitlow.", [null]],
    ["The ad argues that “Dana Whitlow cannot be trusted with your money.”", ["The ad"]],
    ["“Vote Orrin,” the leaflet says.", ["the leaflet"]],
    ["The petition calls the closure “an act of vandalism”.", ["The petition"]],
    // A person the document names still speaks for it.
    ["“Times were hard,” says the ad's narrator.", ["the ad's narrator"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a stance verb and a sentence opener", () => {
  it.each([
    ["He rails against the “cosy cartel” of the big banks.", ["He"]],
    ["Ms Ferris railed against “faceless bureaucrats” in Brussels.", ["Ms Ferris"]],
    // A capitalized preposition opening the sentence is no subject.
    [
      "Amid calls for a boycott, Acme Radio's Tom Orrin defended the plan, saying it is needed to “clear the air.”",
      ["Tom Orrin"],
    ],
    ["Despite the rain, Dana Whitlow stayed on, saying the crowd was “magnificent”.", ["Dana Whitlow"]],
    // A plural reporting noun before a preposition is a noun, not a verb with its subject after it.
    [
      "The sale drew oddly warm remarks across the regional press, from praise for its “courage” to hopes it will “save the mill”.",
      [null, null],
    ],
    ["Remarks by Ms Ferris about the “failed” scheme were cut.", ["Ms Ferris"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a fragment's speaker past an aside, a caption's position or a progressive", () => {
  it.each([
    // Dashes around an aside, as commas are read.
    [
      "Dana Whitlow – who chairs the parish board – admitted the church roof was “rather” old.",
      ["Dana Whitlow"],
    ],
    ["Acme Corp -- replying to a letter from its rival -- said “no deal is possible”.", ["Acme Corp"]],
    // A caption's position between the name and its verb.
    ["Mr Orrin, left, reportedly told a neighbour that the fence was “an eyesore.”", ["Mr Orrin"]],
    ["Dana Whitlow, centre, said the result was “a miracle”.", ["Dana Whitlow"]],
    // A participle's subject past an appositive opened by "a" or "who".
    [
      "Sen. Dana Whitlow, a Democrat who chairs the fisheries panel, declined to comment further, saying only that “the process must run its course.”",
      ["Sen. Dana Whitlow"],
    ],
    ["Tom Orrin, who chairs the board, stayed silent, saying only that “talks go on”.", ["Tom Orrin"]],
    // A progressive's "was": its subject, or the relative clause's antecedent.
    ["Ms Ferris, who was explaining that the rules were “out of date”, left early.", ["Ms Ferris"]],
    ["Tom Orrin was arguing that the fee was “far too high” when the meeting ended.", ["Tom Orrin"]],
    // A time phrase between the subject and its verb (session 39), after a dateline's dash too.
    [
      "Prime Minister Dana Whitlow on Sunday defended the curfew, telling supporters in the parish that “the gangs will not win”.",
      ["Prime Minister Dana Whitlow"],
    ],
    ["Tom Orrin yesterday defended the fee, saying it was “fair”.", ["Tom Orrin"]],
    ["Ms Ferris on Tuesday night resigned from the board, saying it had “lost its way”.", ["Ms Ferris"]],
    [
      "HARBOURTON, Tarvia — Dana Whitlow on Monday defended the levy, saying it was “a defining moment”.",
      ["Dana Whitlow"],
    ],
    // Guard: a hyphen joining words opens no aside.
    ["Acme-owned Courier columnist Tom Orrin said the scheme was “dead”.", ["Tom Orrin"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a statement resumed past a title the writer quoted", () => {
  it.each([
    [
      "“It is done,” Tom Orrin said on CBC's “Evening Desk.” “Still, I think the town will thank us in time,” and then he hung up.",
      ["Tom Orrin", null, "Tom Orrin"],
    ],
    ["Mr Orrin told CBC's “Morning Hour” that he would run. “I owe it to the town.”", [null, "Mr Orrin"]],
    ["Ms Ferris told BBC Radio's “Today” she would stand. “It is time.”", [null, "Ms Ferris"]],
    // Guards: the title stays speakerless; a quote that is no title still blocks the sentence's clause.
    ["Ms Ferris said on CBC's “The House” that she would stand.", [null]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a post, a notice or a report placed before its verb speaks", () => {
  it.each([
    ["A post on the group's page read: “Meet at noon.”", ["A post"]],
    ["A banner at the rally read: “No more cuts.”", ["A banner"]],
    ["A council report published on Tuesday said the homes were “unsafe”.", ["A council report"]],
    ["A sign outside the hall said: “Closed until further notice.”", ["A sign"]],
    [
      "Her online profile describes her as “a grandfather of five and a keen sailor”.",
      ["Her online profile"],
    ],
    [
      "As the Daily Courier tabloid put it on Monday, the mayor “has earned a second term.”",
      ["the Daily Courier tabloid"],
    ],
    ["The first lady told the crowd the bill was “a good start.”", ["The first lady"]],
    // A line attributed to someone, the quote right after.
    ["There is a famous line attributed to Tom Orrin — “If it ain't broke, break it.”", ["Tom Orrin"]],
    ["A remark attributed to Ms Ferris: “Never again.”", ["Ms Ferris"]],
    // Guards: a document inside the verb's object or complement; a cause "attributed to".
    ["Mr Orrin said in a post on Friday that the plan was “dead”.", ["Mr Orrin"]],
    ["Losses attributed to the strike, the firm said, were “modest”.", ["the firm"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a name in quotes before a noun for the thing it names is nobody's words", () => {
  it.each([
    ["A new ‘Silver Fern’ range goes on sale in May, Ms Ferris said.", [null]],
    ["Ms Ferris launched the “Fresh Start” campaign on Monday.", [null]],
    ["The pupils wore “Team Dover” T-shirts, Mr Orrin said.", [null]],
    // Guards: words in title case that are no name before such a noun; a lower-case term keeps its speaker.
    ["Mr Orrin said the scheme was “Dead On Arrival” and walked out.", ["Mr Orrin"]],
    ["Mr Orrin said the “shameful” campaign must end.", ["Mr Orrin"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a sentence opening with “But that” goes on with the reported speech before it", () => {
  it.each([
    [
      "Mr Orrin said that the bill was “a muddle”. But that the board wanted “a pause” before any vote.",
      ["Mr Orrin", "Mr Orrin"],
    ],
    [
      "Mr Orrin said that the bill was weak. But that the board wanted “a pause” before any vote.",
      ["Mr Orrin"],
    ],
    ["The report said the unit was “unsafe”. And that staff were “exhausted”.", ["The report", "The report"]],
    // Guard: no reporting verb before.
    ["Ms Ferris left. But that the club was “in crisis” was plain to all.", [null]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a capitalized title, its comma, then the person", () => {
  it.each([
    ["“Sales are up,” said Acme Chief Executive Officer, Dana Whitlow.", ["Dana Whitlow"]],
    ["“We will appeal,” said Dover Council Chief Executive, Tom Orrin, on Friday.", ["Tom Orrin"]],
    // Guards: no role noun before the comma; the lower-case title as before.
    ["“Sales are up,” said Acme Toys, Dana Whitlow's firm.", ["Acme Toys"]],
    ["“Sales are up,” said the Acme chief executive, Dana Whitlow.", ["Dana Whitlow"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("a progressive's participle after “is” or a pronoun's “'s” reports", () => {
  it.each([
    ["He's predicting his side will finish “near the top” in the spring count.", ["He"]],
    ["Tom Orrin, for his part, is labeling the plan “a reckless gamble.”", ["Tom Orrin"]],
    ["Ms Whitlow is praising Tom Orrin as “a man who kept his word.”", ["Ms Whitlow"]],
    // Guards: a passive after "is" labels in nobody's words; a name's possessive before a word is no "is".
    ["The scheme is labeled “a gamble” by its critics.", [null]],
    ["The scheme was being called “a gamble” on Monday.", [null]],
    ["Mr Orrin said the council's “cynical” plan had failed.", ["Mr Orrin"]],
    // A progressive inside a reported clause: the reporter's words.
    ["Mr Orrin said Acme's staff were calling “every 15 minutes.”", ["Mr Orrin"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("an irregular participle's clause between the speaker and the verb", () => {
  it.each([
    [
      "Dana Whitlow, born in a village that bore the name Orrin, said the vote was “a farce.”",
      ["Dana Whitlow"],
    ],
    [
      "Dana Whitlow, clad in a red coat with a badge for Tom Orrin, said the vote was “a farce.”",
      ["Dana Whitlow"],
    ],
    // Guards: a regular participle and an appositive as before.
    ["Dana Whitlow, dressed in a suit lent by Tom Orrin, said the vote was “a farce.”", ["Dana Whitlow"]],
    ["Dana Whitlow, the new mayor of Dover, said the vote was “a farce.”", ["Dana Whitlow"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});
