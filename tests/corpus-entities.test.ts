/**
 * One entity, one entry across a corpus (resolve/type-votes.ts, the corpus's acronym joins): each row is the
 * records of documents (name, type, mentions, documents, aliases) and the corpus's entries that result.
 */
import { describe, expect, it } from "vitest";
import { EntityAggregator } from "../src/aggregate/entities.js";
import { joinClippedNames } from "../src/resolve/names/clipped-names.js";
import type { CorpusEntityRecord, Mention } from "../src/types.js";
import { organizationsOf } from "./helpers/document.js";
import { record } from "./helpers/entity-records.js";

/** The corpus's entries as "name/type/mentions/documents", most mentioned first. */
function entries(specs: readonly (string | CorpusEntityRecord)[]): string[] {
  const aggregator = new EntityAggregator();
  aggregator.merge(specs.map((spec) => (typeof spec === "string" ? record(spec) : spec)));
  return aggregator.result().map((e) => `${e.name}/${e.type}/${e.count}/${e.documents}`);
}

describe("a one-word organization or place the corpus's people answer to is a person", () => {
  it.each([
    // A candidate's surname read as an organization ("the Whitlow campaign") joins the one person of it.
    [["Dana Whitlow/person/40/8/Whitlow", "Whitlow/organization/6/3"], ["Dana Whitlow/person/46/11"]],
    // And read as a place.
    [["Dana Whitlow/person/40/8/Whitlow", "Whitlow/place/2/1"], ["Dana Whitlow/person/42/9"]],
    // A first name only one person of the corpus bears.
    [["Dana Whitlow/person/40/8/Whitlow", "Dana/organization/3/2"], ["Dana Whitlow/person/43/10"]],
    // A surname two people bear stays what it was (common surnames are also firms' and words' names).
    [
      ["Dana Whitlow/person/40/8/Whitlow", "Ada Whitlow/person/20/5/Whitlow", "Whitlow/organization/6/3"],
      ["Dana Whitlow/person/40/8", "Ada Whitlow/person/20/5", "Whitlow/organization/6/3"],
    ],
    // A firm named for its founder: the one-word name opens a longer organization of the corpus.
    [
      ["Orrin Kestrel/person/30/6/Kestrel", "Kestrel Petroleum/organization/4/2", "Kestrel/organization/5/3"],
      ["Orrin Kestrel/person/30/6", "Kestrel/organization/5/3", "Kestrel Petroleum/organization/4/2"],
    ],
    // A "person" with no known first name is no evidence (a bank the tagger read as a person).
    [
      ["Halvorsen Brothers/person/30/6", "Brothers/organization/2/1"],
      ["Halvorsen Brothers/person/30/6", "Brothers/organization/2/1"],
    ],
    // A place the gazetteer knows (with its country) stays a place.
    [
      ["Dana Whitlow/person/40/8/Whitlow", { ...record("Whitlow/place/2/1"), country: "Canada" }],
      ["Dana Whitlow/person/40/8", "Whitlow/place/2/1"],
    ],
    // A first name two people bear is nobody's in particular: the organization stays.
    [
      ["Dana Whitlow/person/40/8/Whitlow", "Dana Okafor/person/20/5/Okafor", "Dana/organization/3/2"],
      ["Dana Whitlow/person/40/8", "Dana Okafor/person/20/5", "Dana/organization/3/2"],
    ],
    // A company named about as often as the person keeps its type, in mentions or in documents.
    [
      ["Orrin Kestrel/person/12/6/Kestrel", "Kestrel/organization/9/5"],
      ["Orrin Kestrel/person/12/6", "Kestrel/organization/9/5"],
    ],
    [
      ["Orrin Kestrel/person/30/4/Kestrel", "Kestrel/organization/5/3"],
      ["Orrin Kestrel/person/30/4", "Kestrel/organization/5/3"],
    ],
    // A nickname a document called the person by ("Dana Whitlow" ... "Dee") answers like a surname.
    [["Dana Whitlow/person/40/8/Whitlow/Dee", "Dee/organization/3/2"], ["Dana Whitlow/person/43/10"]],
    // Guard: the first name itself is no nickname; two people of that first name: nobody's.
    [
      ["Dana Whitlow/person/40/8/Dana", "Dana Okafor/person/20/5/Okafor", "Dana/organization/3/2"],
      ["Dana Whitlow/person/40/8", "Dana Okafor/person/20/5", "Dana/organization/3/2"],
    ],
    // People named in fewer than three documents outvote no other type.
    [
      ["Orrin Kestrel/person/30/2/Kestrel", "Kestrel/organization/1/1"],
      ["Orrin Kestrel/person/30/2", "Kestrel/organization/1/1"],
    ],
    // A country keeps its type; an acronym is no surname.
    [
      ["Lia Tobago/person/30/6/Tobago", "Tobago/country/2/1"],
      ["Lia Tobago/person/30/6", "Tobago/country/2/1"],
    ],
    [
      ["Lia Brent/person/30/6/Brent/BRENT", "BRENT/organization/2/1"],
      ["Lia Brent/person/30/6", "BRENT/organization/2/1"],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("an acronym joins the organization its documents joined it to, though other names share its initials", () => {
  it.each([
    // A document joined "NWA" to the agency; a pair of companies spells the same initials.
    [
      [
        "Northern Wire Agency/organization/20/8/NWA",
        "Nolan, Wexley and Ames/organization/1/1",
        "NWA/organization/5/3",
      ],
      ["Northern Wire Agency/organization/25/11", "Nolan, Wexley and Ames/organization/1/1"],
    ],
    // The joined name must be named in twice as many documents as any other of those initials.
    [
      [
        "Northern Wire Agency/organization/20/8/NWA",
        "National Water Authority/organization/9/5/NWA",
        "NWA/organization/5/3",
      ],
      [
        "Northern Wire Agency/organization/20/8",
        "National Water Authority/organization/9/5",
        "NWA/organization/5/3",
      ],
    ],
    [
      [
        "Northern Wire Agency/organization/20/8/NWA",
        "Nolan Wexley Ames/organization/3/4",
        "NWA/organization/5/3",
      ],
      ["Northern Wire Agency/organization/25/11", "Nolan Wexley Ames/organization/3/4"],
    ],
    // The joined name must spell the acronym (a document's "Acme Rail <NWA>" is a ticker).
    [
      ["Acme Rail/organization/20/8/NWA", "Nolan Wexley Ames/organization/1/1", "NWA/organization/5/3"],
      ["Acme Rail/organization/20/8", "NWA/organization/5/3", "Nolan Wexley Ames/organization/1/1"],
    ],
    // With initials alone and another name of the same initials, it stays apart as before.
    [
      [
        "Northern Wire Agency/organization/20/8",
        "Nolan Wexley Ames/organization/1/1",
        "NWA/organization/5/3",
      ],
      [
        "Northern Wire Agency/organization/20/8",
        "NWA/organization/5/3",
        "Nolan Wexley Ames/organization/1/1",
      ],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("a clipped name joins the one longer organization whose first word it clips", () => {
  const organization = (name: string): Mention => ({
    start: 0,
    end: name.length,
    text: name,
    type: "organization",
    entity: name,
  });
  it.each([
    // In a document.
    [
      ["Northland Grain Commission", "Nor"],
      ["Northland Grain Commission", "Northland Grain Commission"],
    ],
    [
      ["Metropolitan Transit Police", "Met", "Lakeview Council"],
      ["Metropolitan Transit Police", "Metropolitan Transit Police", "Lakeview Council"],
    ],
    // Not a word of its own with a common ending, nor a cut of fewer than three letters, nor an acronym.
    [
      ["Fordham Institute", "Ford"],
      ["Fordham Institute", "Ford"],
    ],
    [
      ["Bankers Union", "Bank"],
      ["Bankers Union", "Bank"],
    ],
    [
      ["Acmes Holdings", "Acme"],
      ["Acmes Holdings", "Acme"],
    ],
    [
      ["Federated Mills", "FED"],
      ["Federated Mills", "FED"],
    ],
    // Two longer names it could clip: neither.
    [
      ["Metropolitan Transit Police", "Metroplex Arts Council", "Met"],
      ["Metropolitan Transit Police", "Metroplex Arts Council", "Met"],
    ],
  ])("%j", (names, expected) => {
    const mentions = names.map(organization);
    joinClippedNames(mentions);
    expect(mentions.map((m) => m.entity)).toEqual(expected);
  });

  it.each([
    // Over a corpus: the name a document joined it to (its alias there) takes it elsewhere.
    [
      ["Northland Grain Commission/organization/6/2/Nor", "Nor/organization/9/3"],
      ["Northland Grain Commission/organization/15/5"],
    ],
    // No document joined them: it stays apart.
    [
      ["Northland Grain Commission/organization/6/2", "Nor/organization/9/3"],
      ["Nor/organization/9/3", "Northland Grain Commission/organization/6/2"],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("a party's members, short name and nickname join the party of most documents among those of its stem", () => {
  it.each([
    // A state branch named in one document leaves the party its members.
    [
      [
        "Unionist Party/organization/40/12",
        "Unionist Party of Norland/organization/2/1",
        "Unionists/organization/9/4",
      ],
      ["Unionist Party/organization/49/16", "Unionist Party of Norland/organization/2/1"],
    ],
    // And its nickname.
    [
      [
        "Republican Party/organization/30/10",
        "Republican Party of Norland/organization/1/1",
        "GOP/organization/20/9",
      ],
      ["Republican Party/organization/50/19", "Republican Party of Norland/organization/1/1"],
    ],
    // Guard: one party of the stem, as before.
    [
      ["Unionist Party/organization/40/12", "Unionists/organization/9/4"],
      ["Unionist Party/organization/49/16"],
    ],
    // Guard: named in fewer than twice the documents of the others, neither takes the stem.
    [
      [
        "Unionist Party/organization/6/3",
        "Unionist Party of Norland/organization/4/2",
        "Unionists/organization/9/4",
      ],
      [
        "Unionists/organization/9/4",
        "Unionist Party/organization/6/3",
        "Unionist Party of Norland/organization/4/2",
      ],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("within one document, two parties of one stem tie (each named once there)", () => {
  it.each<[string, string[]]>([
    [
      "The Unionist Party and the Unionist Party of Norland met on Monday. The Unionists said the talks went well.",
      [
        "Unionist Party of Norland: Unionist Party of Norland",
        "Unionist Party: Unionist Party",
        "Unionists: Unionists",
      ],
    ],
  ])("%s", (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected);
  });
});

describe("a firm written with its legal form votes for its short name, and the short name joins it", () => {
  it.each([
    // The tagger read the short name as a person in three documents, a firm in two; two more wrote "Kestrel Inc".
    [
      ["Kestrel/person/3/3", "Kestrel/organization/2/2", "Kestrel Inc/organization/4/3"],
      ["Kestrel Inc/organization/9/8"],
    ],
    [["Kestrel/place/3/3", "Kestrel Inc/organization/8/5"], ["Kestrel Inc/organization/11/8"]],
    // Guards: a titled person stays; a firm's full name never joins a person or a place that outweighs it.
    [
      [{ ...record("Kestrel/person/3/3"), titles: ["Mr"] }, "Kestrel Inc/organization/8/5"],
      ["Kestrel Inc/organization/8/5", "Kestrel/person/3/3"],
    ],
    [
      ["Kestrel/place/30/20", "Kestrel Inc/organization/2/1"],
      ["Kestrel/place/30/20", "Kestrel Inc/organization/2/1"],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("a name written with and without its full stops, or broken over a line, is one entry", () => {
  it.each([
    [
      ["Halvorsen Petroleum Inc/organization/30/9", "Halvorsen Petroleum Inc./organization/4/2"],
      ["Halvorsen Petroleum Inc/organization/34/11"],
    ],
    [["St. Kestrel/place/9/5", "St Kestrel/place/3/2"], ["St. Kestrel/place/12/7"]],
    [["Dana\nWhitlow/person/3/2", "Dana Whitlow/person/8/4"], ["Dana Whitlow/person/11/6"]],
    // The single-spaced spelling names the entry, though the one broken over a line has more mentions.
    [["West\nKestrel/place/5/3", "West Kestrel/place/2/2"], ["West Kestrel/place/7/5"]],
    // Guard: of another type, or another name, it stays apart.
    [
      ["St. Kestrel/place/9/5", "St Kestrel/organization/3/2"],
      ["St. Kestrel/place/9/5", "St Kestrel/organization/3/2"],
    ],
    [
      ["Halvorsen Petroleum Inc/organization/30/9", "Halvorsen Petroleum Co./organization/4/2"],
      ["Halvorsen Petroleum Inc/organization/30/9", "Halvorsen Petroleum Co./organization/4/2"],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("a firm named for its founders keeps its organization reading beside the person reading of its name", () => {
  it.each([
    // The firm's full name is in the corpus: the documents that read the short name as a firm keep it (the
    // founder, written "Okafor said" in some documents, stays a person).
    [
      [
        "Dana Okafor/person/30/20/Okafor",
        "Dana Okafor/organization/8/6",
        "Dana Okafor Holdings Inc/organization/5/4",
      ],
      [
        "Dana Okafor/person/30/20",
        "Dana Okafor/organization/8/6",
        "Dana Okafor Holdings Inc/organization/5/4",
      ],
    ],
    // A firm name with a comma ("Dana Whitlow, Kestrel and Co").
    [
      [
        "Dana Whitlow/person/30/20/Whitlow",
        "Dana Whitlow/organization/8/6",
        "Dana Whitlow, Kestrel and Co/organization/5/4",
      ],
      [
        "Dana Whitlow/person/30/20",
        "Dana Whitlow/organization/8/6",
        "Dana Whitlow, Kestrel and Co/organization/5/4",
      ],
    ],
    // Guards: no longer organization of that name: the person reading takes the documents, as before.
    [
      ["Dana Okafor/person/30/20", "Dana Okafor/organization/8/6", "Kestrel Holdings Inc/organization/5/4"],
      ["Dana Okafor/person/38/26", "Kestrel Holdings Inc/organization/5/4"],
    ],
    // A longer organization with no legal form ("<Name> Foundation", a list cut as one name) is no firm.
    [
      ["Dana Okafor/person/30/20", "Dana Okafor/organization/8/6", "Dana Okafor Foundation/organization/5/4"],
      ["Dana Okafor/person/38/26", "Dana Okafor Foundation/organization/5/4"],
    ],
    // A longer organization opened by the surname alone is no firm of the full name.
    [
      ["Dana Okafor/person/30/20", "Dana Okafor/organization/8/6", "Okafor Holdings Inc/organization/5/4"],
      ["Dana Okafor/person/38/26", "Okafor Holdings Inc/organization/5/4"],
    ],
    // Session 28: a one-word name that opens a firm's name with its legal form keeps its documents that read it
    // as the firm, though the corpus's one person of that surname takes two thirds of its mentions.
    [
      [
        "Orrin Kestrel/person/30/6/Kestrel",
        "Kestrel/person/8/4",
        "Kestrel/organization/3/3",
        "Kestrel Tool Co/organization/5/2",
      ],
      ["Orrin Kestrel/person/38/10", "Kestrel Tool Co/organization/5/2", "Kestrel/organization/3/3"],
    ],
    // Guard: a longer organization with no legal form ("<Name> Foundation"): the person takes the documents.
    [
      [
        "Orrin Kestrel/person/30/6/Kestrel",
        "Kestrel/person/8/4",
        "Kestrel/organization/3/3",
        "Kestrel Foundation/organization/5/2",
      ],
      ["Orrin Kestrel/person/41/13", "Kestrel Foundation/organization/5/2"],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("a person reading nothing names as a person joins the organization of its name, where the corpus names the firm with its legal form", () => {
  it.each([
    // A bank read as a person in some documents: the corpus names it in full ("Kestrel Bancorp Inc").
    [
      [
        "Kestrel Bancorp/person/20/9",
        "Kestrel Bancorp/organization/12/9",
        "Kestrel Bancorp Inc/organization/3/2",
      ],
      ["Kestrel Bancorp/organization/32/18", "Kestrel Bancorp Inc/organization/3/2"],
    ],
    // A one-word firm's readings split three ways (no type has two thirds): the person reading goes; the place stays.
    [
      [
        "Zentrix/organization/11/7",
        "Zentrix/place/5/3",
        "Zentrix/person/2/1",
        "Zentrix Printing Systems Inc/organization/2/1",
      ],
      ["Zentrix/organization/13/8", "Zentrix/place/5/3", "Zentrix Printing Systems Inc/organization/2/1"],
    ],
    // The person reading the larger.
    [
      ["Halvorsen/person/38/36", "Halvorsen/organization/6/6", "Halvorsen Ltd/organization/4/2"],
      ["Halvorsen/organization/44/42", "Halvorsen Ltd/organization/4/2"],
    ],
    // No firm of the name with a legal form in the corpus: the organization reading takes the person reading all
    // the same (the next table), the person's mentions not four times the organization's.
    [
      ["Kestrel Bancorp/person/20/9", "Kestrel Bancorp/organization/12/9"],
      ["Kestrel Bancorp/organization/32/18"],
    ],
    // A titled person of the name ("Chairman Halvorsen").
    [
      [
        { ...record("Halvorsen/person/5/2"), titles: ["Chairman"] },
        "Halvorsen/organization/6/6",
        "Halvorsen Ltd/organization/4/2",
      ],
      // The firm's full name with its legal form joins its short name's record.
      ["Halvorsen/organization/10/8", "Halvorsen/person/5/2"],
    ],
    // The surname of a person the corpus names in full.
    [
      [
        "Orrin Halvorsen/person/10/4/Halvorsen",
        "Halvorsen/person/5/3",
        "Halvorsen/organization/6/4",
        "Halvorsen Ltd/organization/2/1",
      ],
      ["Orrin Halvorsen/person/15/7", "Halvorsen/organization/6/4", "Halvorsen Ltd/organization/2/1"],
    ],
    // A full name with a first name the lexicon knows, written by its surname alone in some documents.
    [
      [
        "Dana Okafor/person/15/10/Okafor",
        "Dana Okafor/organization/20/12",
        "Dana Okafor Holdings Inc/organization/5/4",
      ],
      [
        "Dana Okafor/organization/20/12",
        "Dana Okafor/person/15/10",
        "Dana Okafor Holdings Inc/organization/5/4",
      ],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("a person reading nothing names as a person joins the organization of its name, with no firm's legal form in the corpus", () => {
  it.each([
    // A firm, a paper or a product the tagger read as a person in some documents, neither reading two thirds.
    [["Zentrix/person/14/4", "Zentrix/organization/8/2"], ["Zentrix/organization/22/6"]],
    [["Vantor Quillon/organization/2/2", "Vantor Quillon/person/3/2"], ["Vantor Quillon/organization/5/4"]],
    // Up to four times the organization's mentions.
    [["Zentrix/person/12/5", "Zentrix/organization/3/1"], ["Zentrix/organization/15/6"]],
    // Guards: the person reading more than four times the organization's.
    [
      ["Zentrix/person/13/5", "Zentrix/organization/3/1"],
      ["Zentrix/person/13/5", "Zentrix/organization/3/1"],
    ],
    // A one-word name the lexicon knows as a first name.
    [
      ["Dana/person/5/3", "Dana/organization/4/2"],
      ["Dana/person/5/3", "Dana/organization/4/2"],
    ],
    // A full name a document also wrote by its last word alone ("Brennick said").
    [
      ["Zoltar Brennick/person/3/2/Brennick", "Zoltar Brennick/organization/2/1"],
      ["Zoltar Brennick/person/3/2", "Zoltar Brennick/organization/2/1"],
    ],
    // A title.
    [
      [{ ...record("Zoltar Brennick/person/3/2"), titles: ["Minister"] }, "Zoltar Brennick/organization/2/1"],
      ["Zoltar Brennick/person/3/2", "Zoltar Brennick/organization/2/1"],
    ],
    // A place reading larger than the organization's: a town the tagger also read as a firm and as a person.
    [
      ["Vantor/place/9/5", "Vantor/person/4/2", "Vantor/organization/3/2"],
      ["Vantor/place/9/5", "Vantor/person/4/2", "Vantor/organization/3/2"],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});

describe("a full name whose only evidence of a person is its first name is the firm whose name it opens", () => {
  it.each([
    // A brokerage named for its founders, read as a person in most documents, never by its surname alone.
    [
      [
        "Dana Okafor/person/30/20",
        "Dana Okafor/organization/8/6",
        "Dana Okafor Holdings Inc/organization/5/4",
      ],
      ["Dana Okafor/organization/38/26", "Dana Okafor Holdings Inc/organization/5/4"],
    ],
    // Its first word alone is no surname ("Dana" of "Dana Whitlow, Kestrel and Co").
    [
      [
        "Dana Whitlow/person/30/20/Dana",
        "Dana Whitlow/organization/8/6",
        "Dana Whitlow, Kestrel and Co/organization/5/4",
      ],
      ["Dana Whitlow/organization/38/26", "Dana Whitlow, Kestrel and Co/organization/5/4"],
    ],
    // Guards: a title.
    [
      [
        { ...record("Dana Okafor/person/30/20"), titles: ["Chairman"] },
        "Dana Okafor/organization/8/6",
        "Dana Okafor Holdings Inc/organization/5/4",
      ],
      [
        "Dana Okafor/person/30/20",
        "Dana Okafor/organization/8/6",
        "Dana Okafor Holdings Inc/organization/5/4",
      ],
    ],
    // No firm's name with its legal form opened by the full name ("Dana Okafor Foundation").
    [
      [
        "Dana Okafor/person/15/10",
        "Dana Okafor/organization/20/12",
        "Dana Okafor Foundation/organization/5/4",
      ],
      [
        "Dana Okafor/organization/20/12",
        "Dana Okafor/person/15/10",
        "Dana Okafor Foundation/organization/5/4",
      ],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});
