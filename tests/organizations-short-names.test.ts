import { describe, expect, it } from "vitest";
import { corpusAcronymJoins } from "../src/resolve/names/acronym-names.js";
import { shortNameTargets } from "../src/resolve/names/short-names.js";
import { organizationsOf } from "./helpers/document.js";

describe("an organization's short name within a document", () => {
  it.each<[string, string[]]>([
    // a newspaper by its last word, its article dropped
    [
      "TORONTO — The Halvern Post reported on Monday that the mayor had resigned. The Post said the council would meet on Friday.",
      ["Halvern Post: Halvern Post, Post"],
    ],
    // a place the tagger split off a newspaper's name, then the newspaper by its last word
    [
      "The New York Times reported the deal on Tuesday. The Times said the talks had lasted a year.",
      ["New York Times: New York Times, Times"],
    ],
    // a club by its town before a club ending
    [
      "Leicester City beat Burnley 2-0 on Saturday. Leicester are now third in the table, the club said.",
      ["Leicester City: Leicester, Leicester City"],
    ],
    // a team without its town, then by its last word
    [
      "The Toronto Maple Leafs beat the Montreal Canadiens 6-3. The Maple Leafs have won four straight. Leafs coach Mike Babcock was pleased.",
      ["Toronto Maple Leafs: Leafs, Maple Leafs, Toronto Maple Leafs"],
    ],
    // an institution's head alone after its "of" name
    [
      "The Bank of Tarvenia kept rates on hold. Economists had expected the Bank to wait.",
      ["Bank of Tarvenia: Bank, Bank of Tarvenia"],
    ],
    // a body without its town
    [
      "Shares rose on the London Stock Exchange on Monday. The Stock Exchange said volume doubled.",
      ["London Stock Exchange: London Stock Exchange, Stock Exchange"],
    ],
  ])("%s", (text, expected) => {
    expect(
      organizationsOf(text).filter((row) => expected.some((e) => e.startsWith(row.split(":")[0] as string))),
    ).toEqual(expected);
  });

  it.each<[string[], [string, string][]]>([
    [
      ["Halvern Post", "Dunmore Times"],
      [
        ["Post", "Halvern Post"],
        ["Times", "Dunmore Times"],
      ],
    ],
    // a pair of bodies is no full name of its last
    [["House and Senate"], []],
    // two names share the word: neither takes it
    [["Halvern Post", "Jerusalem Post"], []],
    // a first name before the last word makes it a surname ("Rush Lambert" tagged an organization)
    [["Kevin Zorblat"], []],
    // Session 34: unless the last word is a dictionary word and no surname, or the gazetteer knows the firm
    [["Crystal Palace"], [["Palace", "Crystal Palace"]]],
    [["Aston Villa"], [["Villa", "Aston Villa"]]],
    [["Kevin Palace"], [["Palace", "Kevin Palace"]]],
    [["Kevin Brown"], []],
    // an institution's head and "of"; two such names share the head: neither takes it
    [
      ["Bank of Tarvenia"],
      [
        ["Bank", "Bank of Tarvenia"],
        ["Tarvenia", "Bank of Tarvenia"],
      ],
    ],
    [
      ["Bank of Tarvenia", "Bank of Orlov"],
      [
        ["Tarvenia", "Bank of Tarvenia"],
        ["Orlov", "Bank of Orlov"],
      ],
    ],
    // a first word joins only before company or club endings
    [
      ["Zentrix Labs", "Brenford United", "Apple Music"],
      [
        ["Zentrix", "Zentrix Labs"],
        ["Brenford", "Brenford United"],
        ["United", "Brenford United"],
        ["Music", "Apple Music"],
      ],
    ],
    // a club's ending stands for the one club (session 37); not a council's word, nor one two clubs share
    [
      ["Tarrow Rovers"],
      [
        ["Tarrow", "Tarrow Rovers"],
        ["Rovers", "Tarrow Rovers"],
      ],
    ],
    [["Harlow City"], [["Harlow", "Harlow City"]]],
    [
      ["Brenford United", "Harlow United"],
      [
        ["Brenford", "Brenford United"],
        ["Harlow", "Harlow United"],
      ],
    ],
  ])("shortNameTargets(%j)", (names, expected) => {
    expect([...shortNameTargets(names)].sort()).toEqual(expected.sort());
  });
});

describe("an acronym over a corpus", () => {
  const org = (name: string, documents: number, aliases: string[] = [name]) => ({ name, documents, aliases });
  it.each<[string, ReturnType<typeof org>, ReturnType<typeof org>, boolean]>([
    [
      "joined in a document, long name widespread",
      org("IBM", 88),
      org("International Business Machines", 6, ["IBM"]),
      true,
    ],
    ["joined in a document, dotted", org("UN", 7), org("United Nations", 5, ["U.N."]), true],
    [
      "joined in the one document of a rare long name",
      org("NBC", 6),
      org("National Baptist Convention", 1, ["NBC"]),
      false,
    ],
    [
      "joined in one document, as rare as the acronym",
      org("RCMP", 1),
      org("Royal Canadian Mounted Police", 1, ["RCMP"]),
      true,
    ],
    [
      "initials alone, long name as widespread",
      org("FOMC", 1),
      org("Federal Open Market Committee", 8),
      true,
    ],
    ["initials alone, long name in one document", org("SNL", 1), org("Shopping Network Ltd", 1), false],
    ["initials alone, acronym more widespread", org("NZ", 27), org("Neutral Zone", 2), false],
  ])("%s", (_label, acronym, target, expected) => {
    expect(corpusAcronymJoins(acronym, target)).toBe(expected);
  });

  it("keeps a common acronym apart from a rare long name that one document defined", () => {
    const elsewhere = Array.from(
      { length: 5 },
      (_, i) => `The NBC evening show drew ${i + 2} million viewers, the network said.`,
    );
    const rows = organizationsOf(
      "The National Bowling Council (NBC) met in Halifax on Sunday. The NBC elected a new chair.",
      ...elsewhere,
    );
    expect(rows.filter((row) => row.startsWith("NBC:"))).toEqual(["NBC: NBC"]);
  });
});
