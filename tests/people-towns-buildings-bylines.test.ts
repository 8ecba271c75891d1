/**
 * Names the words around them settle, from session 42's probes (a Guardian care-home inquiry, a New Zealand cyclone,
 * the Berlin Wall, FTX's collapse, the Bicentennial in Philadelphia, a Karachi court, a Hong Kong paper's byline):
 * a town joined by a lower-case preposition is a place (place-contexts.ts), so is a name with a possessive and a
 * place's word ("Hawke's Bay": possessive-places.ts), a road's abbreviation (place-suffixes.ts), a street of a
 * coordinated pair with a lower-case plural (streets.ts) and a building named "the <full name> House"
 * (named-things.ts); a big city's people are no entity (peoples.ts); an apposition calling a name an exchange makes
 * it a firm even where the tagger missed that mention (appositive-organizations.ts); a Japanese "Kaisha" is a firm's
 * form; South Asian police ranks are titles; a paragraph of names alone above the story is a byline (credits.ts).
 * Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("a town joined by a lower-case preposition", () => {
  it.each<[string, string]>([
    ["A memorial outside Ada Winslow Court, Ashton-under-Lyne.", "Ashton-under-Lyne|place"],
    ["Nineteen residents of a care home in Ashby-under-Wold died in April.", "Ashby-under-Wold|place"],
    ["The flood reached Kirkton-upon-Tarne on Friday.", "Kirkton-upon-Tarne|place"],
    ["He grew up in Saint-Aubin-sur-Loire, where his father farmed.", "Saint-Aubin-sur-Loire|place"],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).toContain(mention);
  });

  // guard: a hyphenated person's name with no such word stays a person
  it("keeps a double-barrelled name a person", () => {
    expect(peopleOf("Ruth Adeyemi-Clarke gave evidence on Monday.")).toEqual(["Ruth Adeyemi-Clarke"]);
  });
});

describe("a place named with a possessive", () => {
  it.each<[string, string]>([
    ["Ten days after the cyclone tore through Hawke's Bay, the silt is drying.", "Hawke's Bay|place"],
    ["A spokeswoman for Hawke's Bay Civil Defence said the emergency remained.", "Hawke's Bay|place"],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).toContain(mention);
  });

  it.each<[string, string]>([
    // guard: a firm so named stays the firm (Reuters: "Hudson's Bay holds …")
    ["Hudson's Bay holds about four mln shares of the company.", "Hudson's Bay|place"],
    // guard: a country's possessive before a division's word is no name of one place
    ["The agency downgraded Canada's Province of Saskatchewan.", "Canada's Province|place"],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).not.toContain(mention);
  });
});

describe("streets and buildings", () => {
  it.each<[string, string]>([
    ["Volunteers clear silt from a home on Kereru Rd in the valley.", "Kereru Rd|place"],
    ["Volunteers worked their way along Waiohiki and Pakowhai roads, clearing homes.", "Pakowhai|place"],
    ["Volunteers worked their way along Waiohiki and Pakowhai roads, clearing homes.", "Waiohiki|place"],
    [
      "Among those honored at a ceremony at the Ada Winslow House were four new citizens.",
      "Ada Winslow House|place",
    ],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).toContain(mention);
  });

  it.each<[string, string[]]>([
    // guard: "drives" is a verb after a name far more often than a street's plural
    ["Dana Pruett drives the school bus.", ["Dana Pruett"]],
    // guard: a person after "the" and before no building's word
    ["The Ada Winslow who spoke was not the councillor.", ["Ada Winslow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a big city's people are no person and no place", () => {
  it.each<[string]>([
    ["Photo: East Berliners climbing the wall at the Brandenburg Gate yesterday."],
    [
      "By midnight, crowds had overwhelmed the guards. At Checkpoint Charlie, West Berliners greeted arrivals with wine.",
    ],
    ["New Yorkers and Londoners queued for the tickets."],
  ])("%s", (text) => {
    expect(namedOf(text).mentions.filter((m) => /ers\|/.test(m))).toEqual([]);
  });

  // guard: a surname ending in "-ers" whose stem is no big city
  it("keeps Sellers and Powers people", () => {
    expect(peopleOf("Peter Sellers and Jo Powers spoke.")).toEqual(["Peter Sellers", "Jo Powers"]);
  });
});

describe("a name an apposition calls an exchange, wherever the tagger found it", () => {
  it.each<[string, string[]]>([
    [
      "The filing came after Coinvale, the world's largest crypto exchange, walked away from a deal. Coinvale said on Wednesday that it would not proceed.",
      [],
    ],
    // guard: a person named in full before the apposition is another name
    ["Dana Lee, the exchange's head, said it would not proceed. Lee said more later.", ["Dana Lee"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("firms' forms and officers' ranks", () => {
  it.each<[string, string]>([
    [
      "The Japanese owner, Shoei Kaiun Kaisha, apologised for the disruption.",
      "Shoei Kaiun Kaisha|organization",
    ],
    ["Colleagues including ASI Ghulam Rasool Mangi visited him.", "Ghulam Rasool Mangi|person"],
    [
      "Colleagues of the warden, including Sub-Inspector Shazia Parveen, visited him.",
      "Shazia Parveen|person",
    ],
    ["SHO Ahmed Raza Bhatti said the case was registered.", "Ahmed Raza Bhatti|person"],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).toContain(mention);
  });
});

describe("a paragraph of names alone above the story is a byline", () => {
  it.each<[string, string[]]>([
    [
      "Lam suspends extradition bill\n\nLillian Tsoi and Owen Lau Kin\n\nHong Kong leader Carrie Lamb on Saturday suspended the bill.",
      ["Carrie Lamb"],
    ],
    [
      "Ireland votes to repeal\n\nAoife Ní Bhraonáin\n\nTaoiseach Leo Varley welcomed the result.",
      ["Leo Varley"],
    ],
    // guard: names the story goes on to write are its people, not a byline
    [
      "Leaders meet\n\nCarrie Lamb and Donald Tsoi\n\nCarrie Lamb met Donald Tsoi on Saturday.",
      ["Carrie Lamb", "Donald Tsoi"],
    ],
    // guard: a paper's authors, whom an email and an affiliation follow, are its people
    [
      "Rhythm in Sonnets\n\nDana Whitlow and Harold Brekke\n\ndana@example.org\n\nLattice Lab, Kestrel University\n\nThe sonnets were read by machine.",
      ["Dana Whitlow", "Harold Brekke"],
    ],
    // guard: a paragraph of names after the story's first sentence is the story's
    [
      "Carrie Lamb spoke first. The others followed.\n\nDonald Tsoi and Owen Lau\n\nThey all agreed.",
      ["Carrie Lamb", "Donald Tsoi", "Owen Lau"],
    ],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("more names the words around them settle", () => {
  it.each<[string, string]>([
    // an employer, a listed title and a full name read as one person (titled-spans.ts)
    ['"Kyushu has the water," Hoshida President Kenji Morimura told reporters.', "Kenji Morimura|person"],
    ['"Kyushu has the water," Hoshida President Kenji Morimura told reporters.', "Hoshida|organization"],
    // a place's reading with "who" after it is a person (personal-names.ts)
    [
      "Jae-won Park, who owns a dry cleaning business, said his insurance would not pay.",
      "Jae-won Park|person",
    ],
    // an apposition past 80 characters, to the word that goes on to tell of the body (appositive-organizations.ts)
    [
      "Kobolend, a Lagos-based fintech startup that provides working-capital loans and payment tools to small businesses, has raised $18 million. We built Kobolend for traders, said its founder.",
      "Kobolend|organization",
    ],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).toContain(mention);
  });

  it.each<[string, string]>([
    // guard: an office's modifier before the title keeps the span whole ("Former President Jo Roe")
    ["Former President Jimmy Carwell spoke on Monday.", "Former|organization"],
    // guard: a place is "which"
    ["Hyde Park, which is closed, was empty on Sunday.", "Hyde Park|person"],
  ])("%s", (text, mention) => {
    expect(namedOf(text).mentions).not.toContain(mention);
  });
});
