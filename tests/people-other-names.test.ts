/**
 * resolve/names/other-names.ts: a person's birth or stage name ("was born Dana Mary Kessler", "under the ring name
 * Rocky Barlow") is an alias of that person, not another person (session 24, issue 11: one entity, many entries;
 * obituaries on the Wikinews check corpus). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a birth or stage name joins its person (other-names.ts)", () => {
  it.each([
    [
      "Singer Lula Vane died on Monday. Vane was born Dana Mary Kessler in Leeds in 1930. Vane recorded 40 albums.",
      ["Lula Vane"],
    ],
    [
      "Drummer Tom Rees has died. Born Thomas Edward Pryce in Cardiff in 1941, he joined the band in 1960. Rees was 80.",
      ["Tom Rees"],
    ],
    [
      "Wrestler Jon Harlow, who fought under the ring name Rocky Barlow, died aged 41. Harlow won three titles.",
      ["Jon Harlow"],
    ],
    [
      "The author Mary Fenwick, who wrote under the pen name Oliver Marsh, died. Fenwick was 90.",
      ["Mary Fenwick"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("other people near the same words stay apart (other-names.ts)", () => {
  it.each([
    // A place of birth, no name after "born".
    ["Dana Whitlow was born in Leeds. Jamie Carrow was born in York.", ["Dana Whitlow", "Jamie Carrow"]],
    // A demonym made with "-born" describes a new person.
    ["The Welsh-born Tom Rees met Dana Whitlow on Monday.", ["Tom Rees", "Dana Whitlow"]],
    // A child born to a couple is a person of their own.
    [
      "Dana Whitlow said her son was born on Monday. She thanked Jamie Carrow, the midwife.",
      ["Dana Whitlow", "Jamie Carrow"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
