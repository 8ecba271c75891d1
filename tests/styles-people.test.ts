/**
 * People listed per article in Indian, Nigerian, Canadian and web styles (text written for these tests): honorifics
 * of address are titles, credit lines and page furniture name no one in the news.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

/** The distinct person entities of an article, sorted. */
const people = (text: string): string[] => peopleOf(text).sort();

describe("people in other house styles", () => {
  it.each<[string, string, string[]]>([
    [
      "an Indian honorific",
      'NEW DELHI, Jan 12 (PTI) Shri Ram Nath Kovind, the President, addressed the gathering.\n\n"Health is the foundation of a strong nation," said Shri Kovind.\n\nPTI ABC XYZ',
      ["Ram Nath Kovind"],
    ],
    [
      "a Nigerian honorific",
      "ABUJA - Alhaji Musa Danladi, chairman of the market association, said over 500 shops were burnt.",
      ["Musa Danladi"],
    ],
    [
      "a CBC story with a photo credit, a caption and a contact line",
      'Flood waters began to recede, Geoffrey Downey said.\n\n(Jane Roe / CBC)\n\n"We are not out of the woods," Downey said.\n\nDr. Declan Carr speaks in Halifax on Tuesday. (Keith Short/CBC)\n\nKathleen Harris can be reached at kharris@example.com',
      ["Declan Carr", "Geoffrey Downey"],
    ],
    [
      "a web story with a time stamp, a link line and an embed",
      'Updated May 3, 2019 at 4:15 p.m. ET\n\nThe council voted 9-4, Maria Lopez said.\n\nRelated: City considers fee on paper bags\n\nImage: Shoppers in Chicago. (Jane Roe / Getty Images)\n\n"Our rivers will thank us," Lopez said.\n\n— Maria Lopez (@mlopez) May 3, 2019',
      ["Maria Lopez"],
    ],
    [
      "links under a header line of their own, to the next blank line (session 30)",
      "Police are investigating the break-ins, Const. Dana Brewster said.\n\nRead more:\nOrillia man charged after crash\nMayor Jeff Lindqvist unveils 2020 budget\n\nTrending Now\n1. Oilers' Marchetti out with knee injury\n\nCopyright 2019 Lakeshore Media Ltd.",
      ["Dana Brewster"],
    ],
    [
      "a time zone ending its sentence after a clock time",
      "The caucuses ended at 10 p.m. EST. Sen. Dana Whitlow won the vote.",
      ["Dana Whitlow"],
    ],
    // Guard: a person right after a clock time stays a person.
    ["a name after a clock time", "At 10 p.m. Dana Whitlow spoke to the crowd.", ["Dana Whitlow"]],
  ])("%s", (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
