import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { partyIndex, partyOf } from "../src/resolve/names/organizations.js";
import { splitDocument } from "../src/text/split.js";
import { documentOf, organizationsOf } from "./helpers/document.js";

describe("organizations in modern news", () => {
  it.each<[string, string[]]>([
    // Canadian: a defined acronym makes the full name canonical; members and adjective join the party
    [
      "OTTAWA — The Conservative Party of Canada unveiled its platform on Monday. Conservatives said the plan would cut taxes. The Conservative leader spoke in Halifax. The Royal Canadian Mounted Police (RCMP) said it was investigating. Later, the RCMP said no charges would be laid. A Liberal MP said the Liberal Party would win.",
      [
        "Conservative Party of Canada: Conservative, Conservative Party of Canada, Conservatives",
        "Liberal Party: Liberal, Liberal Party",
        "Royal Canadian Mounted Police: RCMP, Royal Canadian Mounted Police",
      ],
    ],
    // US: a defined agency, its acronym alone later, a role noun alone is no organization
    [
      "WASHINGTON — The Federal Bureau of Investigation (FBI) opened an inquiry on Tuesday. The FBI declined to comment, and the company's CEO said she would co-operate.",
      ["Federal Bureau of Investigation: FBI, Federal Bureau of Investigation"],
    ],
    // British: short name, members and nickname of a party
    [
      "LONDON — The Labour Party won the seat. Labour MPs cheered, and Labour said the result was a verdict on the Conservative Party. The Tories said they would fight on.",
      ["Conservative Party: Conservative Party, Tories", "Labour Party: Labour, Labour Party"],
    ],
    // Canadian: the Tories of a story naming only the Progressive Conservative Party are that party
    [
      "HALBROOK — The Progressive Conservative Party won 41 seats on Monday. The Tories lost ground in the north.",
      ["Progressive Conservative Party: Progressive Conservative Party, Tories"],
    ],
    // Canadian provincial members are people, not bodies; the legislature is a body (session 34, place-bodies.ts)
    [
      "TORONTO — An NDP MPP and a Green MLA from British Columbia spoke at the Ontario Legislature on Friday.",
      ["Green: Green", "NDP: NDP", "Ontario Legislature: Ontario Legislature"],
    ],
    // US: members, adjective and nickname of both parties
    [
      "WASHINGTON — Republicans in the House of Representatives blocked the bill. The Republican Party said the Democratic Party had overreached, and Democrats vowed to try again. Sen. Chuck Schuler, a Democrat from New York, said the GOP was wrong.",
      [
        "Democratic Party: Democrat, Democratic Party, Democrats",
        "House of Representatives: House of Representatives",
        "Republican Party: GOP, Republican Party, Republicans",
      ],
    ],
    // US: two agencies defined in one story, the chief executive no organization
    [
      "NEW YORK — The chief executive of Acme Corp, Jane Doe, said the Securities and Exchange Commission (SEC) had opened an inquiry. The SEC declined to comment. The CEO said the company would cooperate with the Department of Justice (DOJ).",
      [
        "Acme Corp: Acme Corp",
        "Department of Justice: DOJ, Department of Justice",
        "Securities and Exchange Commission: SEC, Securities and Exchange Commission",
      ],
    ],
    // British: a party whose name holds another's adjective stays apart
    [
      "LONDON — Mr Hollis told the Labour Party conference that Labour would win a third term. The Conservative Party leader, Malcolm Howard, said the Tories were ready. The Liberal Democrats said Labour MPs were restless.",
      [
        "Conservative Party: Conservative Party, Tories",
        "Labour Party: Labour, Labour Party",
        "Liberal Democrats: Liberal Democrats",
      ],
    ],
    // a party's base of two words: its adjective and members' name join the formal name
    [
      "HALBURY — The Progressive Conservative Party won the Halbury seat on Thursday. The Progressive Conservative candidate, Anna Brisk, said Progressive Conservatives had worked hard.",
      [
        "Progressive Conservative Party: Progressive Conservative, Progressive Conservative Party, Progressive Conservatives",
      ],
    ],
    // a party known by its members' name: its adjective and its clipped name join it
    [
      "The Liberal Democrats won two seats in Tarvik on Thursday. The Lib Dems said voters wanted change, and a Liberal Democrat councillor called the result historic.",
      ["Liberal Democrats: Lib Dems, Liberal Democrat, Liberal Democrats"],
    ],
    // guard: a members' name that holds another party's adjective stays apart from it
    [
      "The Liberal Democrats will share power in Tarvik with the Democratic Party, both parties said on Monday.",
      ["Democratic Party: Democratic Party", "Liberal Democrats: Liberal Democrats"],
    ],
    // guard: a firm's name cut short by a few letters is no clipping ("Dan" of "Dana")
    [
      "Dana Holdings bought a stake in Dan Holdings on Monday, the companies said.",
      ["Dan Holdings: Dan Holdings", "Dana Holdings: Dana Holdings"],
    ],
    // British: acronyms defined after the name
    [
      "The National Health Service (NHS) needs more money, the British Medical Association (BMA) said. The BMA said NHS staff were exhausted.",
      [
        "British Medical Association: BMA, British Medical Association",
        "National Health Service: NHS, National Health Service",
      ],
    ],
    // two acronyms defined among brackets that define none (the "(" tokens are found by a search of the text)
    [
      "The board (briefly) met in Tarvik. The Northern Grain Growers Council (NGGC) said prices fell, and the Harbour Pilots Guild (HPG) said fees rose. The NGGC and the HPG will talk (again) on Monday.",
      [
        "Harbour Pilots Guild: HPG, Harbour Pilots Guild",
        "Northern Grain Growers Council: NGGC, Northern Grain Growers Council",
      ],
    ],
    // no party named: a capitalized adjective is no organization; an economic term is not defined as one
    ["Conservative estimates put Gross Domestic Product (GDP) growth at 2 per cent, the economist said.", []],
  ])("%s", (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected);
  });

  // A mention made from a token must not carry the token's fields into the annotate record (docs/annotate-contract.md).
  it.each([
    "WASHINGTON, May 5 - U.S. crude stocks fell last week, the American Petroleum Institute (API) said. The API said distillate stocks rose.",
    "The Royal Canadian Mounted Police (RCMP) said it was investigating. Later, the RCMP said no charges would be laid.",
  ])("gives mentions only the record's fields: %s", (text) => {
    const doc = documentOf(text);
    const { mentions } = nameDocument(doc, splitDocument(doc));
    const fields = new Set(mentions.flatMap((m) => Object.keys(m)));
    expect(
      [...fields].filter((f) => !["start", "end", "text", "type", "entity", "title", "role"].includes(f)),
    ).toEqual([]);
  });

  it("joins a party's members' name in one document to its formal name in another", () => {
    expect(
      organizationsOf(
        "The Liberal Democratic Party won the vote in Tarvik on Sunday.",
        "The Liberal Democrats said on Monday they would form a government.",
      ),
    ).toEqual(["Liberal Democratic Party: Liberal Democratic Party, Liberal Democrats"]);
  });

  // The party a name stands for, among a document's or corpus's organization names (partyIndex, partyOf).
  it.each<[string, string[], string | undefined]>([
    ["Progressive Conservatives", ["Progressive Conservative Party"], "Progressive Conservative Party"],
    ["Liberal Democrat", ["Liberal Democrats"], "Liberal Democrats"],
    ["Lib Dems", ["Liberal Democrats", "Liberal Democrat"], "Liberal Democrats"],
    ["Lib Dems", ["Liberal Democratic Party of Tarvik"], "Liberal Democratic Party of Tarvik"],
    // guards: another party's members sharing a word; a firm's name a few letters short; a one-word name
    ["Social Democrats", ["Liberal Democrats", "Democratic Party"], undefined],
    ["Dan Holdings", ["Dana Holdings"], undefined],
    ["Conservatives", ["Progressive Conservative Party"], undefined],
    ["Liberal Democrats", ["Liberal Democrats"], undefined],
    // A nickname whose own stem no party has: the one party ending with it.
    ["Tories", ["Progressive Conservative Party"], "Progressive Conservative Party"],
    ["Tory", ["Progressive Conservative Party", "Liberal Party"], "Progressive Conservative Party"],
    // guards: the party of the nickname's own stem first; a clipped word; two parties ending with the stem
    ["Tories", ["Conservative Party", "Progressive Conservative Party"], "Conservative Party"],
    ["Dems", ["Social Democratic Party"], undefined],
    ["Tories", ["Progressive Conservative Party", "United Conservative Party"], undefined],
  ])("%s among %j is %s", (name, names, party) => {
    expect(partyOf(name, partyIndex([...names, name]))).toBe(party);
  });

  it("joins an acronym alone in one document to the name another defines it for", () => {
    expect(
      organizationsOf(
        "The Royal Canadian Mounted Police (RCMP) opened an inquiry in Regina on Saturday.",
        "The RCMP said on Monday that no charges would be laid.",
      ),
    ).toEqual(["Royal Canadian Mounted Police: RCMP, Royal Canadian Mounted Police"]);
  });
});
