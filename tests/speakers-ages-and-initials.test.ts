/**
 * Speakers from session 41's probes: "the 36-year-old Serb said" is the person the document gave that age, not a
 * person named "Serb" (by-name.ts, family.ts personOfAgeBefore); a name's first initial stays in the speaker's
 * name ("N. Biren Singh", not "Biren Singh": speaker-name.ts); a titled name after an apposition that describes a
 * place speaks itself (employers.ts). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { namedOf } from "./helpers/document.js";

describe("an age and a nationality as the speaker", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Novak Ilic, 36, beat Danil Morozov in the final. "It is remarkable," the 36-year-old Serb said on court.',
      ["Novak Ilic"],
    ],
    [
      'Novak Ilic, 36, beat Danil Morozov, 27, in the final. "It hurts," said the 27-year-old Russian.',
      ["Danil Morozov"],
    ],
    // guard: no age given, two players named: nobody, and never the nationality as a name
    [
      'Novak Ilic beat Danil Morozov in the final. "It is remarkable," the 36-year-old Serb said on court.',
      [null],
    ],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("a first initial stays in the speaker's name", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Chief Minister N. Birendra Sinha has rejected calls to resign. "I will not step down," Sinha told reporters.',
      ["N. Birendra Sinha"],
    ],
    ['"We will appeal," said J. Edgar Holloway, the company\'s chairman.', ["J. Edgar Holloway"]],
    // guard: an office's abbreviation is still cut
    ['"We will appeal," said Sen. Dana Rowe.', ["Dana Rowe"]],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("a titled name after an apposition that describes a place", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Nicola Sturrock resigned. At Bute Lodge, her official residence in Edinburgh, Ms Sturrock said it was "a period of deep reflection".',
      ["Nicola Sturrock"],
    ],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("an age before an office nobody in the document holds", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Prabo Sutanto was sworn in on Sunday. "We must have courage," the 73-year-old former general told the assembly.',
      ["Prabo Sutanto"],
    ],
    [
      'Prabo Sutanto, 73, met Joko Wirawan, 63. "We must have courage," the 63-year-old former general told them.',
      ["Joko Wirawan"],
    ],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});

describe("a role, then a name an office opens, in apposition", () => {
  it.each<[string, (string | null)[]]>([
    [
      'Davis Owenby kept his seat. His partner, Liberal leader Dana Steele, conceded the Alliance had done "badly".',
      ["Dana Steele"],
    ],
    ['Her mother, nurse Ann Leeford, said the school was "a disgrace".', ["Ann Leeford"]],
    // guard: an apposition that is no name's office keeps its head
    ['The minister, a former ally of President Dana Rowe, said it was "a disgrace".', [null]],
  ])("%s", (text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });
});
