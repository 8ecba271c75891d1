/**
 * Speaker phrases and quote bounds in other house styles (session 19, issue #11 item 3): first names that are
 * also English words, roles made of an adjective used as a noun, long descriptors before a name, hard-wrapped
 * wire copy. Text written for these tests.
 */
import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** [quoted span, partial, speaker phrase] of every quote, in order. */
const read = summary;

describe("a capitalized auxiliary right before a reporting verb is a first name", () => {
  it.each([
    ['"It was terrifying," Will said.', [['"It was terrifying,"', false, "Will"]]],
    ['"We lost it all," Will told reporters.', [['"We lost it all,"', false, "Will"]]],
    // (Guards: other first names that are words, and a lower-case auxiliary still skipped.)
    ['"We lost it all," Hope said.', [['"We lost it all,"', false, "Hope"]]],
    ['"It was a good night," said Bill.', [['"It was a good night,"', false, "Bill"]]],
    ['"It was over," Dana Whitlow would later say.', [['"It was over,"', false, "Dana Whitlow"]]],
    ['"We will win," he said.', [['"We will win,"', false, "he"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

/** Wire copy hard-wrapped at about 65 characters, each paragraph indented, whose lines go on with capitals. */
const WIRE = [
  "    Acme Telecom Plc said it had won a 50 mln dlr order from a",
  "United States carrier, its largest order in that country.",
  '    "It is the most important order that has happened in the',
  'Acme telecommunications business," said Acme Managing Director',
  "Dana Whitlow.",
  "    The firm lost a large Army contract in 1985 despite lobbying by",
  "Prime Minister Tom Harker.",
].join("\n");

describe("hard-wrapped lines cut mid-sentence at a wrapping width are one paragraph", () => {
  it.each([
    [
      WIRE,
      [
        [
          '"It is the most important order that has happened in the\nAcme telecommunications business,"',
          false,
          "Acme Managing Director\nDana Whitlow",
        ],
      ],
    ],
    // (Guards: short lines, one paragraph each, keep an unclosed mark to its own line; a wrapped text whose
    // lines go on in lower case was read as wrapped already.)
    [
      'Acme shares "soar\nAcme wins order\nTom Harker resigns\n"We are delighted," said Dana Whitlow.',
      [['"We are delighted,"', false, "Dana Whitlow"]],
    ],
    [
      '    "We had to act quickly because the order was at risk and\nthe carrier wanted an answer by the end of the week," said\nDana Whitlow, the firm\'s managing director, in an interview\nwith reporters.',
      [
        [
          '"We had to act quickly because the order was at risk and\nthe carrier wanted an answer by the end of the week,"',
          false,
          "Dana Whitlow",
        ],
      ],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("short lines that are no hard-wrapped text: a break inside the attribution is no paragraph's end", () => {
  it.each([
    [
      '"We will build it," said\nHelen Fairbrook, the chairman of\nQuenby Bank.',
      [['"We will build it,"', false, "Helen Fairbrook"]],
    ],
    [
      'Quenby Bank will open a branch in Dunmere.\n"We will staff it," said\nHelen Fairbrook.\nThe council welcomed the plan.',
      [['"We will staff it,"', false, "Helen Fairbrook"]],
    ],
    [
      'Quenby Bank will open a branch in Dunmere.\n"We will staff it,"\nHelen Fairbrook said.\nThe council welcomed the plan.',
      [['"We will staff it,"', false, "Helen Fairbrook"]],
    ],
    // (Guards: a quote closing its line with a full stop or a question mark ends its paragraph; a line ending in
    // "said" with no quote before it is another line.)
    [
      'Quenby Bank will open a branch.\n"Will it last?"\nHelen Fairbrook said the bank would stay.',
      [['"Will it last?"', false, null]],
    ],
    [
      'Quenby Bank will open a branch.\n"It will last."\nHelen Fairbrook said so too.',
      [['"It will last."', false, null]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("after an inverted verb, a name and a lower-case noun describe the name that closes the clause", () => {
  it.each([
    [
      '"We will be back," said Acme United legend Gary Penhallow.',
      [['"We will be back,"', false, "Gary Penhallow"]],
    ],
    [
      '"We will be back," said England international Sam Okafor.',
      [['"We will be back,"', false, "Sam Okafor"]],
    ],
    [
      '"I loved the tour," said Hollywood star Dana Whitlow, 34.',
      [['"I loved the tour,"', false, "Dana Whitlow"]],
    ],
    [
      '"The car felt great," said Formula One driver Tom Harker.',
      [['"The car felt great,"', false, "Tom Harker"]],
    ],
    // (Guards: a preposition or a participle there, a date after the name, a role the lists hold.)
    [
      '"We will be back," said Gary Penhallow aboard Air Force One.',
      [['"We will be back,"', false, "Gary Penhallow"]],
    ],
    [
      '"We will be back," said Gary Penhallow citing Acme Research.',
      [['"We will be back,"', false, "Gary Penhallow"]],
    ],
    ['"We will be back," said Dana Whitlow Tuesday.', [['"We will be back,"', false, "Dana Whitlow"]]],
    [
      '"We will be back," said Acme spokesman Gary Penhallow.',
      [['"We will be back,"', false, "Gary Penhallow"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("after an inverted verb, a role's complement after 'of' leads on to the name that closes the clause", () => {
  it.each([
    [
      '"Thanks for coming," said master of ceremonies Dana Whitlow, a local engineer.',
      [['"Thanks for coming,"', false, "Dana Whitlow"]],
    ],
    [
      '"Thanks for coming," said head of communications Dana Whitlow.',
      [['"Thanks for coming,"', false, "Dana Whitlow"]],
    ],
    [
      '"Thanks for coming," said minister of state for trade Tom Harker.',
      [['"Thanks for coming,"', false, "Tom Harker"]],
    ],
    [
      '"Thanks for coming," said Acme director of operations Tom Harker.',
      [['"Thanks for coming,"', false, "Tom Harker"]],
    ],
    // (Guards: no name after the complement, a name that does not close the clause, a group's part.)
    ['"Thanks for coming," said a member of staff.', [['"Thanks for coming,"', false, "a member"]]],
    ['"Thanks," said most of the staff Tom Harker.', [['"Thanks,"', false, null]]],
    ['"Thanks," said one of the organizers, Tom Harker.', [['"Thanks,"', false, "Tom Harker"]]],
    ['"Thanks," said the head of security at Acme, Tom Harker.', [['"Thanks,"', false, "Tom Harker"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a name with two particles is read whole after an inverted verb", () => {
  it.each([
    ['"We will win," said Ursula von der Leyen.', [['"We will win,"', false, "Ursula von der Leyen"]]],
    ['"We will win," said Piet van den Berg, the coach.', [['"We will win,"', false, "Piet van den Berg"]]],
    // (Guards: one particle, and a name before its verb.)
    ['"We will win," said Dana de Vries.', [['"We will win,"', false, "Dana de Vries"]]],
    ['"We will win," Ana de la Cruz said.', [['"We will win,"', false, "Ana de la Cruz"]]],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});

describe("a role for a constituency: the person after the place, split at a known first name", () => {
  it.each([
    ['"We will win," said Tory MP for Ashford Tom Harker.', [['"We will win,"', false, "Tom Harker"]]],
    [
      '"We will win," Liberal MP for Ottawa Centre Dana Whitlow said.',
      [['"We will win,"', false, "Dana Whitlow"]],
    ],
    [
      'Liberal MP for Ottawa Centre Dana Whitlow said: "We will win."',
      [['"We will win."', false, "Dana Whitlow"]],
    ],
    // (Guards: the constituency after the name, no name at all, no first name to split at.)
    ['"We will win," said Tom Harker, the Tory MP for Ashford.', [['"We will win,"', false, "Tom Harker"]]],
    ['"We will win," said the MP for Ashford.', [['"We will win,"', false, "the MP"]]],
    ['"We will win," said Tory MP for Ashford Harker.', [['"We will win,"', false, "Tory MP"]]],
    // (Nor an unnamed one's role, whose employer's name holds a first name: session 40.)
    [
      'A spokesman for Elmhurst Academy Shirley Park said the school was "reviewing" its policy.',
      [['"reviewing"', true, "A spokesman"]],
    ],
    [
      '"We are reviewing it," said a press officer for Elmhurst Academy Shirley Park.',
      [['"We are reviewing it,"', false, "a press officer"]],
    ],
  ])("%s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
