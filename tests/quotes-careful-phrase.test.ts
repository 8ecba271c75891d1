import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** The speaker phrase of every quote, in order. */
const speakers = (text: string): Array<string | null> => summary(text).map(([, , s]) => s);

describe("a fragment after a verb that labels in its subject's words", () => {
  it.each([
    [
      "Dana Whitlow hammered the plan, calling it a “sinking ship” and “a drain on the town.”",
      ["Dana Whitlow", "Dana Whitlow"],
    ],
    [
      "Senator Bob Kay accused the Acme board of having “no shame at all” by raising fees.",
      ["Senator Bob Kay"],
    ],
    ["Kay blasted Acme for its “outrageous practices” in Dover.", ["Kay"]],
    ["Lee Brand referred to the protesters as “my friends” and smiled.", ["Lee Brand"]],
    ["The council criticised the “absolutely ridiculous” delay.", ["The council"]],
    ["Lee Brand later took to the radio to call Whitlow “simply mistaken” for the claim.", ["Lee Brand"]],
    // (Not "will call": `the country will call “at an early date” a meeting`.)
    ["It said the country will call “at an early date” a meeting of holders.", ["It"]],
    // The agent of a passive labelling verb speaks.
    ["At least six men, described by the Acme Front as “enemies of the state”, were held.", ["Acme Front"]],
    // A past form after an appositive's closing comma is the subject's verb.
    [
      "Herbert Roe, director of Acme Bank's research department, called the sell-off “overdone,” but warned it could worsen.",
      ["Herbert Roe"],
    ],
    // The noun "call" before "by" has no agent (its sentence's speaker stays); not "calling for" a thing, nor
    // the subject of a passive one, nor a past form after a comma.
    [
      "A bank spokesman said the reported call by the Dover Council for a cut “was a factor” in the move.",
      ["A bank spokesman"],
    ],
    [
      "Lee revived a campaign, calling for an amendment and the power -- called a “line-item veto” -- to block items.",
      [null],
    ],
    ["Dana Whitlow was accused of “lying” on air.", [null]],
    ["Dana Whitlow, accused of “lying”, stayed home.", [null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("the subject before a time phrase, not the reported clause's subject after the verb", () => {
  it.each([
    [
      "Senator Ann Lee (D-Ore.) last week said Bob Kay was not the author of any “secret” emails.",
      "Senator Ann Lee",
    ],
    ["Ann Lee on Tuesday said Bob Kay was “a fraud.”", "Ann Lee"],
    ["Ann Lee this month said Bob Kay was “a fraud.”", "Ann Lee"],
    // (A month after "in" is a time, never the speaker.)
    [
      "The plan for the period, published in April last year, said Acme would “work steadily to fix prices.”",
      null,
    ],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });

  it.each([
    // A name or noun phrase with its own verb after an inverted cue is the reported clause's subject, which says
    // nothing; a pronoun there is mostly the speaker again.
    ["In the poll, 22 percent say Ann Lee is “not at all responsible.”", null],
    ["Asked again, most say the mayor was “tired of it.”", null],
    ["The ministers' said they were “very disturbed” by the move.", "they"],
    // An inverted cue's speaker stays one.
    ["“We won,” said Ann Lee.", "Ann Lee"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("a document, not whom it is for or who saw it", () => {
  it.each([
    ["The memo for members of the council states that “the town may not be viewed as central.”", "The memo"],
    [
      "A leaked letter seen by the Dover Herald says “failure to return the form may result in a fine.”",
      "A leaked letter",
    ],
    ["The report sent to the board said the plan was “dead on arrival.”", "The report"],
    [
      "The memo, edited by Dana Roe, the group's chief analyst, says that the plan has led to a “decline in influence”.",
      "The memo",
    ],
    // Its author speaks for it, with a participle too.
    ["A statement issued by the Treasury said “the sale makes no difference to our estimate.”", "Treasury"],
    ["A report by the Acme Institute said the plan was “dead on arrival.”", "Acme Institute"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("a person, not the listener or the place after them", () => {
  it.each([
    [
      "Another source speaking to the Dover Herald said, “The agents are looking at the files.”",
      "Another source",
    ],
    ["Ann Lee, of Dover said the crash “wasn't intentional”.", "Ann Lee"],
    ["“Buyers are tired of waiting for the new model,” he surmised.", "he"],
    ["“Our ideas of success are different,” agrees Ann Lee, 30, of Dover.", "Ann Lee"],
    // ("agree" inside the writer's sentence reports nothing: the one who said it does.)
    ["Ann Lee said Dover would not agree to a cut and would not accept a “mad” increase.", "Ann Lee"],
    [
      "He said that even though the plan did not agree with existing policy, “We'll take a look at it.”",
      "He",
    ],
    ["Alberta Premier Dana Roe agreed, “Things are running pretty quickly now.”", "Alberta Premier Dana Roe"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("no speaker from the words after an uninverted verb", () => {
  it.each([
    // The listener of "told", the subject of the clause "that" opens.
    ["State has since told auditors quietly that some “spare” parts were missing.", null],
    // (Not Kay; since session 16 "ad" is a document noun, so the actor in it is the subject: the actor promises.)
    ["An actor in the ad promises that Kay won't “send you to war” again.", "An actor"],
    // An inverted verb's speaker stays one.
    ["“It is done,” said the mayor.", "the mayor"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("the owner of a message before a colon, not its platform", () => {
  it.each([
    ["From Kay's Facebook post: “For the sake of our party, we must move on.”", "Kay"],
    ["An excerpt from Ann Lee’s Twitter account: “We will fight on.”", "Ann Lee"],
    ["In the mayor's statement: “We will fight on.”", "the mayor"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("a title after a noun for a work or an owner's possessive", () => {
  it.each([
    ["Lee said in May on the podcast “Here Is the Thing.”", [null]],
    ["Lee, the assailant, told the television program “Inside Stories” after the fight.", [null]],
    ["Lee helped create the comedy “Time for Beany,” also working with puppets.", [null]],
    ["Ann Lee said on Acme’s “Meet the Nation.” “Kay is a fraud,” she added.", [null, "she"]],
    // A later fragment of the statement keeps the speaker; a word of the speaker's own stays hers.
    ["Lee said Kay’s “Big Plan” was “dead.”", [null, "Lee"]],
    ["Lee said the plan was “dead on arrival” in her show.", ["Lee"]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("a reporting verb's plural after a preposition is a noun", () => {
  it.each([
    ["Lee is being investigated by police over claims he attempted to “bribe” voters with cake.", null],
    ["Amid reports that Lee was “furious,” the board met.", null],
    // The verb itself still reports.
    ["Ann Lee claims the board was “furious.”", "Ann Lee"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("speaking of a thing in its words, and a closing clause after a time phrase", () => {
  it.each([
    ["He talks about “spoiling the party,” and voters cheer.", "He"],
    ["Ann Lee spoke of “a new dawn” for the town.", "Ann Lee"],
    [
      "The group “received much more in payments” from donors, the Dover Herald reported ten days ago.",
      "Dover Herald",
    ],
    ["The plan “is dead in the water” for now, the mayor said last week.", "the mayor"],
    // (A label has no speaker from a closing clause led by "the": a grade, a campaign's name.)
    ["Prices for the better quality “AB” grades were steady, the Dover Coffee Association said.", null],
    ["Lee backed the “Pork Is Great Again” campaign, the Dover Growers Council said.", null],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});

describe("a verb's -s form that is no noun stays a verb after a preposition", () => {
  it.each([["“Acme is ducking the hearing,” a voice over says while a map fades in.", false]])(
    "%s → partial %s",
    (text, partial) => {
      expect(summary(text).map(([, p]) => p)).toEqual([partial]);
    },
  );
});

describe("a participle on a noun inside the reported clause is no reporting verb (session 39)", () => {
  it.each([
    ["Ms Barrett said the package announced by the premier on Sunday was “a start”.", "Ms Barrett"],
    ["Ms Barrett said the levy announced on Sunday was “a start”.", "Ms Barrett"],
    // guard: a verb with an object after its subject noun still reports
    ["The company explained the judgment was “a formality”.", "The company"],
  ])("%s → %s", (text, speaker) => {
    expect(speakers(text)).toEqual([speaker]);
  });
});
