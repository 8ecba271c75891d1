/**
 * Person names that name something else (text written for these tests): a street, a web site, a campaign's
 * "Team", a linked story's writer in a newsletter, a company in a list of companies, a car's make and model.
 * Each row's people are listed as the people count lists them; the persons beside them stay.
 */
import { describe, expect, it } from "vitest";
import { mentionAt } from "../src/extract/mention.js";
import { withoutFamilies } from "../src/resolve/names/families.js";
import { withTitlesBefore } from "../src/resolve/names/titled-names.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Mention } from "../src/types.js";
import { peopleOf } from "./helpers/document.js";

describe("a person's name that names a street is no person", () => {
  it.each([
    ["The club stands at the corner of Pruett and Halsey Streets, said owner Lisa Tran.", ["Lisa Tran"]],
    ["The bar is on bd Henri Duval, owner Lisa Tran said.", ["Lisa Tran"]],
    ["Our address is Ave Rambla de Corvina, said owner Lisa Tran.", ["Lisa Tran"]],
    ["The shop at 4 rue Marcel Tessier closed, said owner Lisa Tran.", ["Lisa Tran"]],
    // "Boulevard", "Avenue" open a street's name capitalized only: in lower case they are prose.
    ["Down the boulevard Omar Haddad opened a shop, Lisa Tran said.", ["Omar Haddad", "Lisa Tran"]],
    // "and" between two people, no street after.
    ["Owners Lisa Tran and Omar Haddad said sales rose.", ["Lisa Tran", "Omar Haddad"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("web furniture: a site's name and a campaign's Team", () => {
  it.each([
    ["Sites from Hoaxers.org to Whitlowtruthbook.com spread it, said Lisa Tran.", ["Lisa Tran"]],
    ["Are you on Team Whitlow? Like the page. Dana Whitlow said she would run.", ["Dana Whitlow"]],
    // A sentence's end before "com..." is no address.
    ["Dana Whitlow spoke. Comments are closed.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a linked story's writer in a newsletter's roundup is no person in the news", () => {
  it.each([
    [
      'Mayor Dana Whitlow spoke.\n\n"Council backs new park," by the Herald\'s Nina Castell: "The council voted..."',
      ["Dana Whitlow"],
    ],
    [
      "Mayor Dana Whitlow spoke.\n\n—“Ferry fares to rise,” by Harbour Times’ Omar Haddad http://example.com/x",
      ["Dana Whitlow"],
    ],
    // A quotation's speaker after "by" stays ("... was signed," by Governor ... is no credit: no colon or link).
    [
      '"The law was signed," said Dana Whitlow, backed by Omar Haddad in the vote.',
      ["Dana Whitlow", "Omar Haddad"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name read as a firm listed among persons' full names is a person", () => {
  it.each([
    [
      "Dana Whitlow, Lars Henning, Morgan Vantorre and Ruth Amberly also scored for Toronto.",
      ["Dana Whitlow", "Lars Henning", "Morgan Vantorre", "Ruth Amberly"],
    ],
    // a firm among firms stays one
    ["Goldman Sachs, Morgan Stanley and Credit Suisse led the offer.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name listed among companies is a company; a make and model after an article is no person", () => {
  it.each([
    [
      "Donors included Acme Corp, Globex Inc, Hargrove's and a dozen banks, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    [
      "Donors included Acme Corp, Globex Inc, Hargrove and a dozen banks, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    // A full name closing the list may be a person's.
    ["The panel heard Acme Corp, Globex Inc and Dana Whitlow.", ["Dana Whitlow"]],
    // No list going on: a person after two organizations.
    ["The union backed Acme Corp, the NRA, Whitlow said. Dana Whitlow leads it.", ["Dana Whitlow"]],
    ["He was hit by a Tavrin Varenna in the lot, said Constable Ray Pardo.", ["Ray Pardo"]],
    // A person after "a" opens with a first name.
    ["It was a Dana Whitlow rally, said Ray Pardo.", ["Dana Whitlow", "Ray Pardo"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a full name run into the organization before it is the organization and the person", () => {
  it.each([
    [
      "After the leak, the head of the Housing Council Marta Lindqvist said it was wrong.",
      ["Marta Lindqvist"],
    ],
    ["Chairman of Globex Foundation Omar Haddad said in March that sales rose.", ["Omar Haddad"]],
    // After a company's form, the words go on with the firm's name.
    ["The chairman of Acme AG Brown Tessler und Cie, Omar Haddad, said so.", ["Omar Haddad"]],
    // A firm named for its founder keeps its name.
    ["He works at the Dana Whitlow Foundation, Omar Haddad said.", ["Omar Haddad"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a linked story's writer: a headline closed by two quotation marks, a surname the tagger left out", () => {
  it.each([
    [
      'Mayor Dana Whitlow spoke.\n\n—"Star leaves ‘Harbour Lights,\'" by Times\' Omar Haddad: "The star said..."',
      ["Dana Whitlow"],
    ],
    [
      'Mayor Dana Whitlow spoke.\n\n—"Art show opens," by CITYinfo\'s Tony Small: "Curators of a show..." http://x.co/1',
      ["Dana Whitlow"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("two streets coordinated before a plural street word, more words after", () => {
  it.each([
    [
      "The bar sits at the corner of Pruett and Halsey Streets on the East Side, said Lisa Tran.",
      ["Lisa Tran"],
    ],
    // Names after "and" with no street word stay people.
    [
      "The bar hired Pruett and Omar Haddad on the East Side, said Lisa Tran.",
      ["Pruett", "Omar Haddad", "Lisa Tran"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a quoted name alone after a work's noun or a verb of making one is the work's title", () => {
  it.each([
    [
      "He plays Tom Barlow, the playwright who wrote “Wendy Harrow,” in the show, Lisa Tran said.",
      ["Tom Barlow", "Lisa Tran"],
    ],
    ['The film "Marnie Gale" starred Lisa Tran.', ["Lisa Tran"]],
    ['Lisa Tran starred in "Marnie Gale" in 1964.', ["Lisa Tran"]],
    // A quoted name after another verb is a person's name quoted ("called "Otto Brand"" stays).
    ['The caller gave his name as "Otto Brand," police said.', ["Otto Brand"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("two people of one family named by surname and titles of both genders are two people", () => {
  it.each([
    ["Mr. Berg said no. Mrs. Berg said yes. Berg left.", ["Mr. Berg", "Mrs. Berg"]],
    ["Lady Ashworth spoke. Her husband, Lord Ashworth, was absent.", ["Lady Ashworth", "Lord Ashworth"]],
    // One gender only: one person.
    ["Mr Berg said no. Berg left. Mr Berg returned.", ["Berg"]],
    // A full name with a first name keeps its name ("Mrs Berg" goes to her by gender).
    ["John Berg spoke. Mary Berg left. Mrs. Berg said no.", ["John Berg", "Mary Berg"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name only ever written as a whole quotation is a title or a nickname, no person", () => {
  it.each([
    ["Dana Whitlow, 38, cited “Tom Brandt” as her guilty pleasure.", ["Dana Whitlow"]],
    ["Dana Whitlow said she loves ''Kessler.'' She watches it weekly.", ["Dana Whitlow"]],
    [
      "Omar Haddad's favourite is 'Ruth Kessler,' a drama, Dana Whitlow said.",
      ["Omar Haddad", "Dana Whitlow"],
    ],
    // A name also written outside quotation marks is the person (the quoted one too).
    ['Dana Whitlow waved. "Whitlow," the coach called, and she ran.', ["Dana Whitlow"]],
    // A name given in quotation marks is a person's.
    ['Dana Whitlow said the man gave his name as "Omar Haddad."', ["Dana Whitlow", "Omar Haddad"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name worn by another (an impersonator, a look-alike) is no person of the story", () => {
  it.each([
    ["Dana Whitlow posed with an Elvis impersonator at the fair.", ["Dana Whitlow"]],
    ["Ruth Kessler hired a Greta Lindholm lookalike for the party.", ["Ruth Kessler"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a first name and a town's name read as a place is a person where the document names that surname", () => {
  it.each([
    [
      "Ann Hastings spoke. Mr. Kessler rejected attacks from Zeb Hastings and other candidates.",
      ["Ann Hastings", "Kessler", "Zeb Hastings"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

/** The person mentions of the words of `text` named in `persons` (each at its first place), as the tagger would. */
function personMentions(text: string, persons: string[]) {
  return persons.map((name) => {
    const start = text.indexOf(name);
    return mentionAt(start, start + name.length, name, "person");
  });
}

describe("a surname in the plural after “the” is a family, no person (stage: withoutFamilies)", () => {
  it.each([
    [
      "Dana Whitlow lost. In 2009 the Whitlows moved to Ohio.",
      ["Dana Whitlow", "Whitlows"],
      ["Dana Whitlow"],
    ],
    ["Omar Jones spoke, and the Joneses agreed.", ["Omar Jones", "Joneses"], ["Omar Jones"]],
    // No person of the document bears the surname: a one-word name stays.
    ["The Flores said no, Dana Whitlow added.", ["Flores", "Dana Whitlow"], ["Flores", "Dana Whitlow"]],
    // Not after "the": a person's name that ends in "s".
    ["Omar Jones met Jones in May.", ["Omar Jones", "Jones"], ["Omar Jones", "Jones"]],
  ])("%s", (text, persons, expected) => {
    expect(withoutFamilies(text, personMentions(text, persons)).map((m) => m.text)).toEqual(expected);
  });
});

describe("a label named like a person before the garment it made is no person", () => {
  it.each([
    ["She carried her favourite Mira Vell quilted handbag, Dana Whitlow said.", ["Dana Whitlow"]],
    // A person who wears a garment stays; so does a lawsuit's party ("suit" is no garment here).
    ["Dana Whitlow wore dresses to the gala.", ["Dana Whitlow"]],
    ["The Omar Haddad suit was filed, Dana Whitlow said.", ["Omar Haddad", "Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a name read as a firm or a place, addressed as Mr, Mrs or Ms, is a person (stage: withTitlesBefore)", () => {
  it.each([
    ["My landlord, Mr. R. Talbot Quill, is kind.", "Talbot Quill", "organization", "person"],
    ["We met Mrs Harbour Vale at noon.", "Harbour Vale", "place", "person"],
    // "Dr" and "Miss" open brands and contests.
    ["He wore Dr Marten Vale boots.", "Marten Vale", "organization", "organization"],
    ["She won Miss Harbour Vale in May.", "Harbour Vale", "place", "place"],
    // Session 18 (speed): an "M" in the 12 characters before is looked for first; Mr, Mrs, Ms at the text's start.
    ["Ms Harbour Vale, 40, spoke.", "Harbour Vale", "place", "person"],
    ["Then MGM sold Harbour Vale to Acme.", "Harbour Vale", "organization", "organization"],
  ])("%s", (text, name, type, expected) => {
    const start = text.indexOf(name);
    const mention = mentionAt(start, start + name.length, name, type as Mention["type"]);
    expect(withTitlesBefore([mention], tokenize(text), text).map((m) => m.type)).toEqual([expected]);
  });
});

describe('a realm or a reign ("Empire", "Dynasty", "Caliphate" at its end) is no person', () => {
  it.each([
    ["Art flourished in the Korvath dynasty, and the Marovian Empire fell.", []],
    ["Omar Haddad wrote of the Sorellan Caliphate.", ["Omar Haddad"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
