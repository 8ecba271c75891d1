import { describe, expect, it } from "vitest";
import { createSpeakerContext, resolvePronoun } from "../src/resolve/speakers/resolve.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Every occurrence of each name as a person mention of the given entity. */
function mentionsOf(text: string, names: Record<string, string>): Mention[] {
  const mentions: Mention[] = [];
  for (const [surface, entity] of Object.entries(names)) {
    for (const m of text.matchAll(new RegExp(`\\b${surface}\\b`, "g"))) {
      const start = m.index ?? 0;
      mentions.push({ start, end: start + surface.length, text: surface, type: "person", entity });
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

/** The person each he/him/his/himself/she/her/herself resolves to, in text order. */
function pronounsOf(text: string, names: Record<string, string>): Array<string | null> {
  const split = splitDocument(bodyOnlyDocument(text));
  const context = createSpeakerContext(split.tokens, split.sentences, mentionsOf(text, names));
  return split.tokens
    .filter((t) => /^(?:he|him|his|himself|she|her|herself)$/i.test(t.text))
    .map((t) => resolvePronoun(context, t));
}

describe("pronoun → named person", () => {
  it.each<[string, string, Record<string, string>, Array<string | null>]>([
    [
      "gender from the first-name lexicon: she skips the man named last",
      "Leo Brandt met Gail Martell. Later she left.",
      { "Gail Martell": "Gail Martell", "Leo Brandt": "Leo Brandt" },
      ["Gail Martell"],
    ],
    [
      "a person of known agreeing gender beats a more recent one of unknown gender",
      "Isabel Okonjo founded the studio. Isabel drew daily. Quorin Thale joined later. She drew a lot.",
      { "Isabel Okonjo": "Isabel Okonjo", Isabel: "Isabel Okonjo", "Quorin Thale": "Quorin Thale" },
      ["Isabel Okonjo"],
    ],
    [
      "an object pronoun is never the subject of its own clause",
      "Mary Stone studied with Quorin Thale. Thale described her as brilliant.",
      { "Mary Stone": "Mary Stone", "Quorin Thale": "Quorin Thale", Thale: "Quorin Thale" },
      ["Mary Stone"],
    ],
    [
      "a reflexive is the person of its own clause",
      "John Ames hired Peter Cole. Cole saw himself as the heir.",
      { "John Ames": "John Ames", "Peter Cole": "Peter Cole", Cole: "Peter Cole" },
      ["Peter Cole"],
    ],
    [
      "a pronoun before any name looks ahead (a headline)",
      "Church kept her for years\n\nValeska Quorn, a former member, says she left.",
      { "Valeska Quorn": "Valeska Quorn" },
      ["Valeska Quorn", "Valeska Quorn"],
    ],
    [
      "a name in a caption is no sentence subject",
      "Tom Hale wrote poems at school. Hale loved them.\n\nJohn Mars, Earl of Clare\n\nThe next year he went to Cambridge.",
      { "Tom Hale": "Tom Hale", Hale: "Tom Hale", "John Mars": "John Mars" },
      ["Tom Hale"],
    ],
    [
      "a following pronoun gives gender only to a sentence's subject",
      "Rachel Sparrow brought Quorin home to meet her parents. Later he left.",
      { "Rachel Sparrow": "Rachel Sparrow", Quorin: "Quorin" },
      ["Rachel Sparrow", "Quorin"],
    ],
    [
      "a month or an ordinary word tagged as a person is no referent",
      "Tom Ross arrived early. Monday, the market fell. He sold.",
      { "Tom Ross": "Tom Ross", Monday: "Monday" },
      ["Tom Ross"],
    ],
    [
      "a name opening with a title of address agrees in gender by it: his is not Madam Chair's",
      "Thank you, Madam Chair. Madam Chair, a year ago Jorin Pell lost his farm to the flood.",
      { "Madam Chair": "Madam Chair", "Jorin Pell": "Jorin Pell" },
      ["Jorin Pell"],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(pronounsOf(text, names)).toEqual(expected);
  });
});

describe("an object pronoun and a possessor in its clause's subject", () => {
  it.each<[string, string, Record<string, string>, Array<string | null>]>([
    [
      "`X's sister pleaded with him`: him may be X, whom the subject's phrase names but who is not its subject",
      "Paul Grady's sister pleaded with him to stay.",
      { "Paul Grady": "Paul Grady" },
      ["Paul Grady"],
    ],
    [
      "`X's sister pleaded with him` after another man: X, not the man named before",
      "Mark Dillon met Paul Grady in May. Paul Grady's sister pleaded with him to stay.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Paul Grady"],
    ],
    [
      "`X's wife told him about …` after a woman and a man: him is X",
      "Mark Dillon met Anne Roe. Paul Grady's wife told him about the offer.",
      { "Mark Dillon": "Mark Dillon", "Anne Roe": "Anne Roe", "Paul Grady": "Paul Grady" },
      ["Paul Grady"],
    ],
    [
      "guard: the subject itself is still no referent of its object (`Grady praised him`)",
      "Mark Dillon met Paul Grady in May. Grady praised him.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady", Grady: "Paul Grady" },
      ["Mark Dillon"],
    ],
    [
      "guard: a possessive pronoun after a possessor is not an object (`X's sister took his car`)",
      "Mark Dillon met Paul Grady in May. Paul Grady's sister took his car.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Paul Grady"],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(pronounsOf(text, names)).toEqual(expected);
  });
});

describe("a pronoun inside a relative clause on a name", () => {
  it.each<[string, string, Record<string, string>, Array<string | null>]>([
    [
      "`Y met X, who had told reporters he would resign`: he is X, the clause's subject",
      "Mark Dillon met Paul Grady, who told reporters he would resign.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Paul Grady"],
    ],
    [
      "`Y met X, who had told him he would resign`: him is Y, he is X",
      "Mark Dillon met Paul Grady, who had told him he would resign.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Mark Dillon", "Paul Grady"],
    ],
    [
      "`X called Y, who told him he …`: him is X, he is Y",
      "Paul Grady called Mark Dillon, who told him he would resign.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Paul Grady", "Mark Dillon"],
    ],
    [
      "`Y praised X, who said his plan …`: a possessive is X too",
      "Mark Dillon praised Paul Grady, who said his plan would work.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Paul Grady"],
    ],
    [
      "guard: a pronoun opening the next sentence is not the relative clause's (`…, who … president. He …`)",
      "Mark Dillon met the governors, among them Paul Grady, who say the senator lacks experience. He disagreed.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Mark Dillon"],
    ],
    [
      "`Y, and X, who followed him`: an object of the relative clause's own verb is not X",
      "Paul Lane spoke at length. He praised Tom Reed, a fine mayor, and Lane, who followed him, did too.",
      { "Tom Reed": "Tom Reed", "Paul Lane": "Paul Lane", Lane: "Paul Lane" },
      ["Paul Lane", "Tom Reed"],
    ],
    [
      "`X, who later succeeded him`: up to three words between",
      "Paul Lane spoke at length. He named Tom Reed, and Lane, who later succeeded him, agreed.",
      { "Tom Reed": "Tom Reed", "Paul Lane": "Paul Lane", Lane: "Paul Lane" },
      ["Paul Lane", "Tom Reed"],
    ],
    [
      "guard: an object in a clause of its own may be X (`X, who says Y is attacking him`)",
      "Mark Dillon spoke first. Paul Grady, who says Tom Reed is attacking him, spoke next.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady", "Tom Reed": "Tom Reed" },
      ["Paul Grady"],
    ],
    [
      "guard: nor after a pronoun subject (`X, who he claims was unfair to him`)",
      "Mark Dillon spoke first. Paul Grady, who he claims was unfair to him, spoke next.",
      { "Mark Dillon": "Mark Dillon", "Paul Grady": "Paul Grady" },
      ["Paul Grady", "Paul Grady"],
    ],
    [
      "guard: a clause opener ends the relative clause (`X, who met Y before she left`: not X, a man)",
      "Paul Grady, who met Anne Roe before she left, stayed.",
      { "Anne Roe": "Anne Roe", "Paul Grady": "Paul Grady" },
      ["Anne Roe"],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(pronounsOf(text, names)).toEqual(expected);
  });
});

describe("a pronoun in a predicate coordinated with its clause's (`X lost and resigned his post`)", () => {
  it.each<[string, string, Record<string, string>, Array<string | null>]>([
    [
      "a possessive is the subject the predicates share, of unknown gender, over a man named before",
      "Tom Reed won the seat. Local activist group Acme's Quorin Thale was defeated in the district, and resigned his post.",
      { "Tom Reed": "Tom Reed", "Quorin Thale": "Quorin Thale" },
      ["Quorin Thale"],
    ],
    [
      "`X came later and told him`: an object is not the shared subject",
      "Tom Reed met Paul Lane. Lane came later and told him.",
      { "Tom Reed": "Tom Reed", "Paul Lane": "Paul Lane", Lane: "Paul Lane" },
      ["Tom Reed"],
    ],
    [
      "an object after the subject's title and an opening phrase",
      "Tom Reed met Paul Lane. At the time, Mr. Lane arrived late and thanked him.",
      { "Tom Reed": "Tom Reed", "Paul Lane": "Paul Lane", Lane: "Paul Lane" },
      ["Tom Reed"],
    ],
    [
      "guard: another clause's subject between (`X hoped …, but the board denied his bid and jailed him`)",
      "Tom Reed met Paul Lane. Lane hoped to win, but the board denied his bid and jailed him.",
      { "Tom Reed": "Tom Reed", "Paul Lane": "Paul Lane", Lane: "Paul Lane" },
      ["Paul Lane", "Paul Lane"],
    ],
    [
      "guard: a name inside a clause on a noun (`the hurdles Mr. X has faced, and worked to excuse him`)",
      "Tom Reed met Paul Lane. A profile listed the setbacks Mr. Lane has suffered, and tried hard to defend him.",
      { "Tom Reed": "Tom Reed", "Paul Lane": "Paul Lane", Lane: "Paul Lane" },
      ["Paul Lane"],
    ],
    [
      "guard: a relative clause after the name (`X, who …, says the loss hurt him and forced him`)",
      "Tom Reed met Paul Lane. Lane, who moved to Leeds, says the loss hurt him and forced him to rest.",
      { "Tom Reed": "Tom Reed", "Paul Lane": "Paul Lane", Lane: "Paul Lane" },
      ["Paul Lane", "Paul Lane"],
    ],
    [
      "guard: the last person before the `and` is an object (`X met Y and told him`)",
      "Tom Reed met Quorin Thale and told him.",
      { "Tom Reed": "Tom Reed", "Quorin Thale": "Quorin Thale" },
      ["Tom Reed"],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(pronounsOf(text, names)).toEqual(expected);
  });
});
