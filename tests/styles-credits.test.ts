/**
 * Credit lines, captions and page furniture in house styles the tool was not tuned on (Canadian Press and CBC, AP,
 * AAP, PTI, web pages with time stamps, link lines and embeds; text written for these tests): the people and names
 * they hold are not in the news, while the story's people stay.
 */
import { describe, expect, it } from "vitest";
import { keptAfterCredits } from "./helpers/credits.js";

const kept = keptAfterCredits;

describe("credit lines and furniture in other house styles", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "a CBC photo credit in parentheses, outlet after the slash",
      "Residents were told to boil their water.\n\n(Jane Roe / CBC)\n\nMayor Mike Leary said the city would help.",
      ["Jane Roe", "Mike Leary"],
      ["Mike Leary"],
    ],
    [
      "a byline's name the tagger read as an organization, and a story's firm read so",
      "Ferry to add crossings\n\nBy Morgan Lowrie\nTHE CANADIAN PRESS\n\nJ.P. Morgan analysts expect demand to grow.",
      ["Morgan|organization", "Lowrie", "J.P. Morgan|organization"],
      ["J.P. Morgan"],
    ],
    [
      "a wire's line in capitals opening BY names a broker, not a writer",
      "HOSPITAL CORP, 100,000 AT 38-1/2\nBY ABD SECURITIES ON THE BOSTON EXCHANGE",
      ["ABD SECURITIES|organization", "BOSTON|place"],
      ["ABD SECURITIES", "BOSTON"],
    ],
    [
      "a caption's credit run after its sentence",
      "Dr. Ann Carr speaks at a news conference in Halifax. (Keith Short/CBC)\n\nCarr said more doctors were coming.",
      ["Ann Carr", "Keith Short"],
      ["Ann Carr"],
    ],
    [
      "an agency's first word after a credit's slash",
      "Shoppers carry bags in Chicago. (Jane Roe / Getty Images)\n\nTom Ellis owns a corner store.",
      ["Jane Roe", "Getty", "Tom Ellis"],
      ["Tom Ellis"],
    ],
    [
      "a byline closed by a job after a bar, and a caption's credit with an outlet of any name",
      "Jane Roe | Staff Writer\n\nSen. Mark Hill announced a bid.\n\nPhoto: Hill speaks on Monday. (Ann Poe/The Dispatch)",
      ["Jane", "Mark Hill", "Ann Poe"],
      ["Mark Hill"],
    ],
    [
      "a caption's credit in parentheses with an outlet or a label and a colon before the names (ABC, session 38)",
      "Crews battle a blaze near Taree. (ABC Mid North Coast: Jane Roe)\n\nTom Ellis lost his shed. (Supplied: Ann Poe and Kim Lee)",
      ["Jane Roe", "Tom Ellis", "Ann Poe", "Kim Lee"],
      ["Tom Ellis"],
    ],
    [
      "a parenthesis with a colon inside a sentence is no credit",
      "The coach (Labour: Jane Roe) spoke on Monday in Leeds.",
      ["Jane Roe"],
      ["Jane Roe"],
    ],
    [
      "a writer's contact line at the end",
      "The cabinet met on Tuesday, Amar Sohal said.\n\nKathleen Hart can be reached at khart@example.com",
      ["Amar Sohal", "Kathleen Hart"],
      ["Amar Sohal"],
    ],
    [
      "AP writers glued into one organization by the tagger",
      "Stocks rose, Kate Warne said.\n\n___\n\nAP Business Writers Stan Cheng and Alex Veiga contributed.",
      ["Kate Warne", "AP Business Writers Stan Cheng|organization", "Alex Veiga"],
      ["Kate Warne"],
    ],
    [
      "time zones of web time stamps, read as names",
      "Updated May 3, 2019 at 4:15 p.m. ET\n\nPublished 10:03 a.m. PT | Updated 11:45 AM EST\n\nLopez spoke.",
      ["ET", "PT|organization", "EST|organization", "Lopez"],
      ["Lopez"],
    ],
    [
      "a link line to another story",
      "Council voted 9-4, Maria Lopez said.\n\nRelated: Amazon to cut 18,000 jobs\n\nREAD MORE | Halifax diners struggle",
      ["Maria Lopez", "Amazon|place", "Halifax|place"],
      ["Maria Lopez"],
    ],
    [
      "a wire's desk codes closing the text",
      "MUMBAI, March 5 (PTI) Industries Minister Subhash Desai said 300 firms signed.\n\nPTI ABC XYZ",
      ["Subhash Desai", "PTI|organization", "ABC|organization", "XYZ|place"],
      ["Subhash Desai", "PTI"],
    ],
    [
      "a web page's photo credit with 'via' and the agency",
      "Dana Whitlow signs a bill in Dover.\n\nOmar Haddad via Getty Images.\n\nWhitlow spoke next.",
      ["Dana Whitlow", "Omar Haddad", "Getty Images"],
      ["Dana Whitlow"],
    ],
    [
      "an agency after a credit's slash, with a full stop",
      "Families wait at a border post.\n\nLena Marsh/Getty Images.\n\nDana Whitlow spoke.",
      ["Lena Marsh", "Getty Images", "Dana Whitlow"],
      ["Dana Whitlow"],
    ],
    [
      "two agencies after a caption's credit, the stop inside the parenthesis",
      "Voters queue in Bern on Sunday. (LENA MARSH/AFP/Getty Images.)\n\nDana Whitlow spoke.",
      ["Getty Images", "Dana Whitlow"],
      ["Dana Whitlow"],
    ],
    [
      "an agency's name alone on the line under a photo",
      "Dana Whitlow speaks in Dover.\n\nGetty.\n\nWhitlow spoke next.",
      ["Dana Whitlow", "Getty"],
      ["Dana Whitlow"],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(kept(text, names)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // A time zone word with no clock time before it is a name like any other.
    ["no clock before 'PT'", "PT Telkom shares rose 3 pct in Jakarta.", ["PT|organization"]],
    // A source named in a caption stays a person.
    ["a caption naming the source", "Ann Carr speaks in Halifax on Tuesday. (Keith Short/CBC)", ["Ann Carr"]],
    // "via" an outlet inside a sentence is prose, and a name after it in a sentence stays.
    ["'via' in a sentence", "Dana Whitlow spoke to voters via CNN on Monday.", ["Dana Whitlow"]],
    ["a name after 'via' in prose", "The offer came via Omar Haddad, the broker.", ["Omar Haddad"]],
    // "Read more" inside a sentence is prose.
    ["'read more' in a sentence", "Ann Carr said people should read more: books, papers.", ["Ann Carr"]],
    // Capitals ending a line of a table are not desk codes when text follows.
    [
      "capitals mid-text",
      "JUN UNTRD\nSEP 7650 UP\nThe market closed, Bill Reid said.",
      ["UNTRD|organization", "Bill Reid"],
    ],
  ])("keeps %s", (_, text, names) => {
    expect(kept(text, names)).toEqual(names.map((n) => n.split("|")[0]));
  });
});

describe("a brief's writer signing after a dash on a line of its own", () => {
  it.each([
    [
      "The panel met on Monday, said Dana Whitlow.\n\n- Omar Haddad.",
      ["Dana Whitlow", "Omar Haddad"],
      ["Dana Whitlow"],
    ],
    [
      "The panel met on Monday, said Dana Whitlow.\n\n— Omar Haddad.\n\nThe board met on Friday.",
      ["Dana Whitlow", "Omar Haddad"],
      ["Dana Whitlow"],
    ],
    // A dash before a name in a sentence is no signature.
    ["The panel met on Monday.\n\n- Omar Haddad spoke first.", ["Omar Haddad"], ["Omar Haddad"]],
  ])("%s", (text, names, expected) => {
    expect(kept(text, names)).toEqual(expected);
  });
});
