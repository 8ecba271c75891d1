import { describe, expect, it } from "vitest";
import { quoteSummary as summary } from "./helpers/quotes.js";

/** The speaker phrase of every quote, in order. */
const speakers = (text: string): Array<string | null> => summary(text).map(([, , s]) => s);

describe("a name in quotes after a naming word, and quoted again, is nobody's words", () => {
  it.each([
    ["The couple kept a goat called “Biscuit” on the farm, Ms Ferris said.", [null]],
    [
      "The couple kept a goat called “Biscuit” on the farm. Later “Biscuit” escaped, Ms Ferris said.",
      [null, null],
    ],
    [
      "She kept a hen named ‘Pickle’. She says the day ‘Pickle’ went missing, the neighbour laughed.",
      [null, null],
    ],
    ["The brothers formed a group called ‘River Nine’, according to a neighbour.", [null]],
    ["The singer, nicknamed “The Voice of Dover,” told fans she would retire, the paper reported.", [null]],
    ["Mr Orrin said a clip from “Harbour Lights” had been cut.", [null]],
    ["Dana Whitlow said she had written about “Harbour Lights” for years.", [null]],
    ["Dana Whitlow said she grew up in “Little Dover” with her aunt.", [null]],
    ["The group, which calls itself “Dover First”, said it would protest.", [null]],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});

describe("guards: words after these prepositions and verbs are still the speaker's", () => {
  it.each([
    // Not in title case: the subject's label stays the subject's.
    ["Lee called the plan “a disaster for everyone” and left.", ["Lee"]],
    ["Dana Whitlow said the talks were “about money, not justice.”", ["Dana Whitlow"]],
    // A quoted word repeated without a naming word before its first use is not a name.
    [
      "Ms Ferris said the plan was “Brilliant” and later said it was “Brilliant” again.",
      ["Ms Ferris", "Ms Ferris"],
    ],
  ])("%s", (text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });
});
