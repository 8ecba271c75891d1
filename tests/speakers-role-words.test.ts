/**
 * Role words and the persons they point at (session 32, an invented BBC politics story): a role's own word beats a
 * title it may stand for (resolve/speakers/by-role.ts), and a first name's gender beats a role noun's
 * (resolve/names/index.ts, resolve/speakers/people.ts). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("speakers named by role words", () => {
  it.each<[string, string, (string | null)[]]>([
    [
      "'the leader' is the leader, not a chairman quoted since",
      'Liberal Democrat leader Charles Kendrew warned of steep rises.\n\n"It is a scandal," said Sir Sandy Lockyer, chairman of the Local Government Association.\n\n"We will abolish it," said the Lib Dem leader.',
      ["Sandy Lockyer", "Charles Kendrew"],
    ],
    [
      "a woman called 'spokesman' is 'Mrs' after",
      'Conservative spokesman Caroline Spelward disagreed. "Labour is to blame," insisted Mrs Spelward.',
      ["Caroline Spelward"],
    ],
    [
      "a woman titled 'Chairman' is 'Mrs' after, her husband apart",
      'Chairman Caroline Spelward disagreed. "Labour is to blame," insisted Mrs Spelward. Her husband Mark Spelward agreed.',
      ["Caroline Spelward"],
    ],
  ])("%s", (_label, text, expected) => {
    expect(namedOf(text).speakers).toEqual(expected);
  });

  it("'Mrs X' joins the woman a role noun titled, not her husband", () => {
    const people = peopleOf(
      'Chairman Caroline Spelward disagreed. "Labour is to blame," insisted Mrs Spelward. Her husband Mark Spelward agreed.',
    );
    expect(people).toEqual(["Caroline Spelward", "Mark Spelward"]);
  });
});

describe("a party's clipped name is the party (clipped-parties.ts)", () => {
  it("'Lib Dem' before a spokesman's name", () => {
    const text =
      'Lib Dem home affairs spokesman Mark Oatley said his party would vote against it. "We will oppose this," Mr Oatley said.';
    expect(namedOf(text)).toEqual({
      mentions: ["Lib Dem|organization", "Mark Oatley|person", "Oatley|person"],
      speakers: ["Mark Oatley"],
    });
  });
});

describe("guards", () => {
  it("a role noun's gender still counts where the first name tells none", () => {
    expect(namedOf('A spokesman, Dana Whitlow, said so. "We are sorry," she said.').speakers).toEqual([null]);
  });
});
