/**
 * A role the narration gives by an appointment ("named Jo Roe as chief executive", "Roe, who was appointed
 * editor,", "Roe took over as coach", "Roe replaced Al Poe as manager"), and "manager" for a club's "boss":
 * a later role phrase is that person. All text here is invented for these tests, in the styles of business,
 * newspaper and British sport reports.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

describe("a role given by an appointment", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`named X as chief executive`: the chief executive",
      'Pemberton Foods has named Lydia Marchbank as chief executive. "We have too many shops," the chief executive said.',
      { "Lydia Marchbank": {} },
      [["Lydia Marchbank", "the chief executive"]],
    ],
    [
      "`named X chief executive` without `as`",
      'Pemberton Foods named Lydia Marchbank chief executive on Monday. "We have too many shops," the chief executive said.',
      { "Lydia Marchbank": {} },
      [["Lydia Marchbank", "the chief executive"]],
    ],
    [
      "`X, who was appointed editor`: a calling given by an appointment",
      'Dana Whitlow, who was appointed editor of the Northern Ledger last year, defended the coverage. "We stand by every word," the editor said.',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "the editor"]],
    ],
    [
      "`X took over as coach`",
      'Marcus Fenby took over as coach of the Wexley Wolves in June. "We need more pace on the wings," the coach told reporters.',
      { "Marcus Fenby": {} },
      [["Marcus Fenby", "the coach"]],
    ],
    [
      "`X replaced Y as manager`: X, the one who holds it now",
      'Helen Voss replaced Brian Kettle as manager of Harbourside Town in October. "The players have responded well," the manager said.',
      { "Helen Voss": {}, "Brian Kettle": {} },
      [["Helen Voss", "the manager"]],
    ],
    [
      "`appointed X as their new head coach`",
      'Wexley have appointed Priya Hollins as their new head coach. "I am honoured to be here," the coach said.',
      { "Priya Hollins": {} },
      [["Priya Hollins", "the coach"]],
    ],
    [
      "`X was elected leader of the party`",
      'Jonah Pellow was elected leader of the Green Party on Saturday. "This is a new beginning," the leader told supporters.',
      { "Jonah Pellow": {} },
      [["Jonah Pellow", "the leader"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("no role given by what is no appointment (guards)", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`plans to name X as chief executive`: not yet the holder",
      'Acme plans to name Dana Whitlow as chief executive next month. "We are in good shape," the chief executive said.',
      { "Dana Whitlow": {} },
      [[null, "the chief executive"]],
    ],
    [
      "`named assistant manager` is not the manager",
      'Marcus Fenby was named assistant manager of the Wexley Wolves on Monday. "We need more pace," the manager said.',
      { "Marcus Fenby": {} },
      [[null, "the manager"]],
    ],
    [
      "`X, who hopes to become mayor` is not the mayor",
      'Tomas Brierley, who hopes to become mayor in May, spoke at the rally. "We will fix the roads," the mayor said.',
      { "Tomas Brierley": {} },
      [[null, "the mayor"]],
    ],
    [
      "`X was named in the squad` gives no role",
      'Kieran Moffatt was named in the squad on Friday. "It was a tough week," the coach said.',
      { "Kieran Moffatt": {} },
      [[null, "the coach"]],
    ],
    [
      "`the striker` of a club with nobody called striker is nobody, not the club's boss",
      'Rovers boss Gavin Threlkeld praised his side. "It is a hard one to take," said the Harbourside striker.',
      { "Gavin Threlkeld": {} },
      [[null, "the Harbourside striker"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});

describe("`the manager` of a club whose `boss` was named", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`the Rovers manager` after `Rovers boss X`",
      'Rovers boss Gavin Threlkeld praised his side. "We never stopped believing," said the Rovers manager.',
      { "Gavin Threlkeld": {} },
      [["Gavin Threlkeld", "the Rovers manager"]],
    ],
  ])("%s", (_name, text, tagged, expected) => {
    expect(speakers(text, tagged)).toEqual(expected);
  });
});
