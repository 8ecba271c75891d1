import { describe, expect, it } from "vitest";
import { resolvedQuotesOf } from "./helpers/quotes.js";

/** The speaker phrase of every quote, resolved without entity mentions. */
const phrases = (text: string): Array<string | null> =>
  resolvedQuotesOf(text).map((q) => q.speaker.mention?.text ?? null);

describe("a possessor's person or team of several words speaks before a participle", () => {
  it.each([
    [
      "Nobody came. Ostrand's right-hand man rallied supporters, saying: “We will win this district.”",
      ["Ostrand's right-hand man"],
    ],
    [
      "Nobody came. Ray Ostrand's chief of staff rallied supporters, saying: “We will win this district.”",
      ["Ray Ostrand's chief of staff"],
    ],
    [
      "Nobody came. The mayor's deputy press secretary brushed off the report, saying: “There is nothing to it.”",
      ["The mayor's deputy press secretary"],
    ],
    // Guards: one owned word, as before; a name the possessor's role leads to.
    [
      "Nobody came. Ostrand's spokesman dismissed the report, saying: “There is nothing to it at all.”",
      ["Ostrand's spokesman"],
    ],
    [
      "Nobody came. The mayor's office released a statement saying: “The park stays open.”",
      ["The mayor's office"],
    ],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("after a possessive, lower-case words lead to a name only through a person noun", () => {
  it.each([
    [
      "Nobody from the board came. Ostrand's campaign shrugged off Whitlow's comments, telling reporters, “We never asked for her support.”",
      ["Ostrand's campaign"],
    ],
    [
      "Dana Whitlow's office played down Orrin's remarks, telling reporters, “The minister has our full support.”",
      ["Dana Whitlow's office"],
    ],
    // Guards: the possessor's person noun, a bare possessor and name particles still lead on to the name.
    ["“Prices will fall,” said Acme's chief economist Dana Whitlow.", ["Dana Whitlow"]],
    ["“Prices will fall,” said Acme's Whitlow.", ["Whitlow"]],
    ["“Prices will fall,” said Acme's di Marco.", ["Marco"]],
    ["“Prices will fall,” Whitlow's top aide Ann Lee said.", ["Ann Lee"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("the listeners' relative clause after “tell” does not speak", () => {
  it.each([
    [
      "Marta Quill is worried. She's telling anyone who asks that “this town can't take another closing.”",
      ["She"],
    ],
    ["Marta Quill is worried. She tells anyone who asks: “This town can't take another closing.”", ["She"]],
    [
      "Marta Quill is worried. She told the reporters who asked that the town “can't take another closing.”",
      ["She"],
    ],
    // Guards: the speaker's own relative clause; a relative after a comma; a cleft.
    [
      "“We are buying time,” said one official who claimed the mills were “fair traders.”",
      ["one official", "one official"],
    ],
    ["Marta Quill, who said the town “can't take another closing,” left early.", ["Marta Quill"]],
    ["It was Marta Quill who said the town “can't take another closing.”", ["Marta Quill"]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});

describe("thanks for a deed in the thanker's words: a gerund right after “for”", () => {
  it.each([
    [
      "The mayor spoke briefly. Dana Whitlow thanked him for “standing up for the small shops.”",
      ["Dana Whitlow"],
    ],
    ["Tom Orrin thanked the Eastbridge council for “acting fast when it mattered.”", ["Tom Orrin"]],
    // Guards: thanks for a labelled thing stay speakerless; the noun "thanks"; a quote not after "for".
    ["He thanked officials for the “constructive stances” they adopted.", [null]],
    ["The council thanked her for her “quick and generous help.”", [null]],
    ["Her thanks for “standing up for us” were printed in the paper.", [null]],
  ])("%s → %s", (text, expected) => {
    expect(phrases(text)).toEqual(expected);
  });
});
