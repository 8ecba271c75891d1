import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

describe("post-posed attributions, with titles and roles", () => {
  it.each([
    ["“We will win,” said Mr. Smith.", "Mr. Smith"],
    ["“We will win,” said Mr Smith.", "Mr Smith"],
    ["“We will win,” Mrs Jones said.", "Mrs Jones"],
    ["“We will win,” Dr Ann Lee told the BBC.", "Dr Ann Lee"],
    ["“We will win,” said Mrs Jones, the company’s chief executive.", "Mrs Jones"],
    ["“We will win,” Mr Brown, 54, said.", "Mr Brown"],
    ["“We will win,” said project manager Ann Lee.", "Ann Lee"],
    ["“We will win,” said 9/11 widow Terry Strand.", "Terry Strand"],
    ["“We will win,” said Concord resident Whit Symonds.", "Whit Symonds"],
    ["“We will win,” Conservative Leader Erin O’Hagan said.", "Conservative Leader Erin O’Hagan"],
    ["“We will win,” said White House spokesman Omar Haddad.", "Omar Haddad"],
    ['"We will win," added E.F. Hutton analyst Terence Quinn.', "Terence Quinn"],
    ["“We will win,” said Whitlow’s top foreign policy aide Ann Lee.", "Ann Lee"],
    ["“We will win,” said Rivas’s campaign manager, Rob Keeler.", "Rob Keeler"],
    ["“We will win,” said Ohio’s Nell Kessler, a consultant.", "Nell Kessler"],
    ["“We will win,” the Labour leader, Ed Millard, said.", "Ed Millard"],
    [
      "“We will win,” Senate Majority Leader Mack McCorkle, R-Ky., said Tuesday.",
      "Senate Majority Leader Mack McCorkle",
    ],
    ["“We will win,” said Smith Tuesday.", "Smith"],
    ["“We will win,” Le Roux told CNN.", "Le Roux"],
    ["“We will win,” said Charles de Valmont.", "Charles de Valmont"],
    ["“We will win,” she told reporters.", "she"],
    ["“It was great,” Arsenal manager Anselme Werther told BBC Sport.", "Anselme Werther"],
    ["“It was awful,” Ms Lee, who lives nearby, told the BBC News website.", "Ms Lee"],
    ["“It is awful,” Mr Smith’s lawyer, Ann Lee, said.", "Ann Lee"],
    ["“We will win,” Lee told the Post.", "Lee"],
    ["“We will win” — Lee said.", "Lee"],
    ['"We will win," Data Resources\' Wyss said.', "Wyss"],
    ["“We will win,” said the minister Monday.", "the minister"],
    ["“We will win,” an LDP candidate in Tokyo told Reuters.", "an LDP candidate"],
    ["“We will win,” said Barend du Plessis.", "Barend du Plessis"],
    ["“We will win,” French President FranÃÂ§ois Hallier said Friday.", "Hallier"],
    ['"The themes are clear," said Nikko Securities\' Okamoto.', "Okamoto"],
    ["“We will win,” Tom Brandt, Whitlow’s campaign manager, said.", "Tom Brandt"],
    ["“We will win,” mused Blaze co-host Stu Burkhardt.", "Stu Burkhardt"],
    ["“It was Christmas, a new server, a mouse,” says the ad’s narrator.", "the ad’s narrator"],
    ["“We will win.” Frost said.", "Frost"],
    // An employer's possessive after "of" or "and", and a role modifier after the employer's brackets.
    ['"Rates will fall," said Bank of Acme\'s Whitlow.', "Whitlow"],
    ['"Rates will fall," said Zentrix and Corby Ltd\'s securities analyst, Dana Whitlow.', "Dana Whitlow"],
    [
      '"Rates will fall," said Zentrix Securities (Japan) associate vice president Dana Whitlow.',
      "Dana Whitlow",
    ],
    // Guards: no person after the possessive, or no role before the name.
    ['"Rates will fall," said Bank of Acme\'s trading unit.', "Bank"],
    ['"Rates will fall," said Zentrix Securities associate vice president Dana Whitlow.', "Dana Whitlow"],
    ['"Rates will fall," said Acme Motors\' Whitlow.', "Whitlow"],
  ])("%s → %s", (text, speaker) => {
    const close = text.indexOf(text.includes("”") ? "”" : '"', 1) + 1;
    expect(summary(text)).toEqual([[text.slice(0, close), false, speaker]]);
  });
});

describe("pre-posed attributions, with roles", () => {
  it.each([
    ["Ann Lee, a spokesman for Acme, said: “We will win.”", "Ann Lee"],
    ["Project manager Ann Lee said: “We will win.”", "Ann Lee"],
    ["Mrs Jones, the chief executive, said: “We will win.”", "Mrs Jones"],
    ["Conservative Leader Erin O’Hagan said, “We will win.”", "Conservative Leader Erin O’Hagan"],
    ["As a phone rang, the announcer said, “It is late.”", "the announcer"],
    ["Frost attacked Kendrick on Monday, saying, “She is unstable.”", "Frost"],
    ["Said Mr Brown: “We will win.”", "Mr Brown"],
    ["Mr Smith, 45, from Leeds, said: “It was awful.”", "Mr Smith"],
    ["The Tory leader, Malcolm Howard, said: “We will win.”", "Malcolm Howard"],
    ["Liberal Democrat leader Colin Kennedy said: “We will win.”", "Colin Kennedy"],
    ["Frost called on her to resign and said, “Her mind is shot!”", "Frost"],
    ["Years ago, he backed Okonjo over Kendrick and said, “She did nothing.”", "he"],
    ["A White House official said Wednesday, “There are talks.”", "A White House official"],
  ])("%s → %s", (text, speaker) => {
    const open = text.indexOf("“");
    expect(summary(text)).toEqual([[text.slice(open), false, speaker]]);
  });
});

describe("quoted fragments with an explicit attribution get that speaker", () => {
  it.each([
    ["The plan is “dead on arrival,” Smith said.", "“dead on arrival,”", "Smith"],
    ["Prices rise, and “nobody can stop it,” said Mr Brown.", "“nobody can stop it,”", "Mr Brown"],
    ["According to Ann Lee, “we will win.”", "“we will win.”", "Ann Lee"],
    ["Smith said, “the plan is dead.”", "“the plan is dead.”", "Smith"],
    // A fragment of a reported statement: the statement's speaker.
    ["Smith said that “the plan is dead.”", "“the plan is dead.”", "Smith"],
    ["Ann Lee told reporters the plan was “dead on arrival”.", "“dead on arrival”", "Ann Lee"],
    // A verb that labels in its subject's words.
    ["She called the plan “a disaster” for the region.", "“a disaster”", "She"],
    ["He called the talks “very helpful,” Acme submitted a note on it.", "“very helpful,”", "He"],
  ])("%s", (text, span, speaker) => {
    expect(summary(text)).toEqual([[span, true, speaker]]);
  });

  it.each([
    ["The plan was called “a disaster” for the region."],
    ["He held up a report headed “Targets Set” Lawson told journalists."],
    ["Acme opened a service from Toronto called “Quick Call” in May."],
  ])("but not a fragment without one: %s", (text) => {
    expect(summary(text).map(([, partial, speaker]) => [partial, speaker])).toEqual([[true, null]]);
  });
});

describe("quotes end at their closing mark", () => {
  it("two speakers with narration between are two quotes", () => {
    const text = "“We will win,” Smith said. Narration goes on here. “We lost,” Jones said.";
    expect(summary(text)).toEqual([
      ["“We will win,”", false, "Smith"],
      ["“We lost,”", false, "Jones"],
    ]);
  });

  it("a name and a verb after a full stop attribute only when they end the sentence", () => {
    expect(summary("“We will win.” Frost said the emails were gone.")).toEqual([
      ["“We will win.”", false, null],
    ]);
  });

  it("a new clause with its own subject after the attribution is not bridged", () => {
    const text = "“Tell her I agreed,” Ebersole said, and her husband cut in. “Do not forget Tom.”";
    expect(summary(text).map(([span]) => span)).toEqual(["“Tell her I agreed,”", "“Do not forget Tom.”"]);
  });

  it("the same speaker's clause after the attribution still bridges", () => {
    const text = "“This is the moment,” said Don Fowlds, who led it, and has backed her since. “I think so.”";
    expect(summary(text)).toEqual([[text, false, "Don Fowlds"]]);
  });

  it("a stray straight mark does not reopen into a paragraph of curly quotes", () => {
    const text = 'Detail:\n\n"Kevin was asleep.\n\n“Here he is,” she said. “Donald is here.”';
    const found = summary(text);
    expect(found.map(([span]) => span)).toEqual(["“Here he is,” she said. “Donald is here.”"]);
    expect(found[0]?.[2]).toBe("she");
  });

  it("an unclosed quote ends at a closing mark of another kind, not at the paragraph's end", () => {
    const text = "“Let’s go. We can stop it.’ Schuler was in the room for it.";
    expect(summary(text).map(([span]) => span)).toEqual(["“Let’s go. We can stop it.’"]);
  });

  it("an unclosed quote with no other closing mark is cut at its paragraph's end", () => {
    const text = "“We will win, Smith said in the hall.\n\nNarration.";
    for (const [span] of summary(text)) expect(span).not.toContain("Narration");
    expect(summary(text).length).toBeLessThanOrEqual(1);
  });
});
