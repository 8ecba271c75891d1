/**
 * People per article in today's news styles (Canadian, US and British; text written for these tests): bylines,
 * photo credits and captions, venues, awards, apps and holidays are no people, and each person is listed once.
 */
import { describe, expect, it } from "vitest";
import { splitAtLineBreaks } from "../src/resolve/names/line-break-names.js";
import { namedOf, peopleOf } from "./helpers/document.js";

describe("people listed per article", () => {
  it.each([
    // Canadian wire copy: byline, photo credit, "With files from".
    [
      "By Jane Roe, The Canadian Press\n\nTORONTO — Ontario Premier Curtis Ford said Tuesday the province will act. " +
        '"We will not wait," Ford told reporters at Queen\'s Park.\n\nPhoto: John Doe / Reuters\n\n' +
        "— With files from Priya Nandakumar",
      ["Curtis Ford"],
    ],
    // A venue named after a company.
    ["Drake performed at Scotiabank Arena on Sunday. Fans cheered as Drake left.", ["Drake"]],
    // A British title without a dot joins the full name.
    ["Tony Hollis arrived in Brussels. Mr Hollis said the talks went well.", ["Tony Hollis"]],
    // Apps and products.
    [
      "Maria Chen, a student in Vancouver, said she spends hours on TikTok and checks her iPhone every minute.",
      ["Maria Chen"],
    ],
    // A person's name inside a building's name.
    ["Donald Frost spoke at Frost Tower in New York. Frost said he would win.", ["Donald Frost"]],
    // Arabic names with a lower-case particle.
    [
      "Civil defence director General Suleiman al-Abed said rescuers were at the site. Al-Abed added that 12 died.",
      ["Suleiman al-Abed"],
    ],
    // A caption line under a headline.
    [
      "Mayor Graham Tory unveils transit plan\nImage: City of Toronto.\n\nToronto Mayor Graham Tory said on Monday the plan would cost $5 billion.",
      ["Graham Tory"],
    ],
    // A hyphenated prefix is an adjective, not a person.
    ["Pro-Beijing candidates lost seats, while pro-Beijing legislator Regina Ho kept hers.", ["Regina Ho"]],
    // A dated office's first word ("then-Chief Justice") is no person.
    ["He clerked for then-Chief Justice Dana Whitlow in the 1990s.", ["Dana Whitlow"]],
    ["The plan was backed by then-Vice President Dana Whitlow.", ["Dana Whitlow"]],
    // Guards: a "sub-" adjective, and a particle with a hyphen before a name stays the name.
    ["Aid to sub-Saharan Africa rose, Dana Whitlow said.", ["Dana Whitlow"]],
    ["The loan went to Omar al-Rashid, the minister said. Al-Rashid agreed.", ["Omar al-Rashid"]],
    // A faith or people with a role is a description, not a name.
    [
      "Raphael Wardlow is the first Black senator Georgia has elected, and Jon Osgood the first Catholic Senator from the state.",
      ["Raphael Wardlow", "Jon Osgood"],
    ],
    // A people's or a state's adjective before a name is no part of it; a handle, a plural acronym, a generation.
    ["Ohioan John Bauerle said Iowans and Texans would decide.", ["John Bauerle"]],
    [
      "Super PACs spent millions, tweeted @realDonaldFrost. Walter Lucius King Jr. spoke of Jr. high schools.",
      ["Walter Lucius King Jr."],
    ],
    // "God" in an exclamation or a set phrase names no one the story is about.
    ['"Thank God nobody was hurt," said fire chief Dan Ruiz. "God bless them all."', ["Dan Ruiz"]],
    // Holidays, festivals and storms are no people.
    [
      "Crowds gathered for Canada Day and Remembrance Day ceremonies, said organizer Helen Park.",
      ["Helen Park"],
    ],
    ["Families celebrated Diwali, Hanukkah and Ramadan this year, said Amir Khan.", ["Amir Khan"]],
    ["Black Friday shoppers lined up at malls, said analyst Mark Tanner.", ["Mark Tanner"]],
    // A British spelling of an ordinary word before a name is no part of it.
    ["Neighbour Doris Kowalczyk said she heard three shots.", ["Doris Kowalczyk"]],
    ["Organiser Dana Whitlow said the fair would go ahead.", ["Dana Whitlow"]],
    // A bill named for its subject, cut by the tagger to its last words.
    ["Ruth Amberly faced criticism over the Prevention of Terrorism Bill.", ["Ruth Amberly"]],
    // A firm's thing after "its"; a person after "its" has a role's noun before the name.
    [
      "Amazon said its Alexa voice assistant would work with its Kestrel unit, its founder Jeff Bezos said.",
      ["Jeff Bezos"],
    ],
    [
      "Hurricane Dorian hit Nova Scotia on Saturday. Premier Stephen McNab said crews were working.",
      ["Stephen McNab"],
    ],
    // A holiday is no person.
    [
      "Families gathered on Christmas Eve and again on Boxing Day, said Kelly Brown of Halifax.",
      ["Kelly Brown"],
    ],
    // A place or party, a title, then the person, read whole as one place or organization.
    ["Ontario Premier Curtis Ford said the budget was balanced. Ford spoke in Toronto.", ["Curtis Ford"]],
    ["Quebec Premier François Lebeau said the law would pass.", ["François Lebeau"]],
    [
      "NDP Leader Harjit Singh and Calgary Mayor Naheed Qureshi spoke on Monday.",
      ["Harjit Singh", "Naheed Qureshi"],
    ],
    // The same with a noun of a role or calling for the title (session 39).
    [
      "Industrial Police Superintendent Sarwar Haidar said 600 factories had closed. Haidar spoke in Gazipur.",
      ["Sarwar Haidar"],
    ],
    ["Tarvik Water Board Administrator Lee Dunmore said the dam was safe.", ["Lee Dunmore"]],
    // A person span the tagger ran from a county's or a body's name through the office (session 39).
    [
      "Dunmore County Sheriff Carmine Varello told reporters the roads were closed. Varello said rescues went on.",
      ["Carmine Varello"],
    ],
    ["Lee County Sheriff Carmine Varello said rescues went on.", ["Carmine Varello"]],
    // (not a role-shaped word after "of", which opens a place: "of Upper East Tennessee")
    ["Savings and Loan Association of Upper East Tennessee said it would merge.", []],
    // An initial starts a person's name, whatever its last word.
    [
      "Deutsche Bank chief F. Heinrich Christians said. R. Martin Hall agreed.",
      ["F. Heinrich Christians", "R. Martin Hall"],
    ],
    // Credit lines: a wire's reporting line glued to the story's first name, a writer's bio, an outlet's slash,
    // a caption's credit after its sentence.
    [
      "Reporting by Neil Holland; Editing by Chizu Morimoto\nJoe Balden said on Tuesday he would run.",
      ["Joe Balden"],
    ],
    [
      "Alexandra Jones is a Toronto-based reporter covering city hall for the Star.\n\nGraham Tory said the plan would work.",
      ["Graham Tory"],
    ],
    ["Graham Tory said Monday the plan would work. Postmedia News / Ernest Doroshenko", ["Graham Tory"]],
    ["Jason Kenning said the province would appeal. Jeff McIver, The Canadian Press", ["Jason Kenning"]],
    ["Harjit Singh arrives in Ottawa. (Sean Kilbride/The Canadian Press)", ["Harjit Singh"]],
    ["Justin Thibodeau said he would act. CP PHOTO/Frank Gunnell", ["Justin Thibodeau"]],
    [
      "Joe Balden said on Tuesday he would run.\n\nReporting by Neil Holland in Washington; Additional reporting by Craig Mason; Editing by Leslie Adlam",
      ["Joe Balden"],
    ],
    ["By Laura Kessing\nPolitical editor, BBC News\n\nLorna May said the deal was done.", ["Lorna May"]],
    ["John Hogarth said B.C. would act.\n\n— With files from Tessa Smart in Vancouver", ["John Hogarth"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a person name across a line break is two names only when the next line starts a full name", () => {
  it.each([
    ["Chizu Morimoto\nJoe Balden", ["Chizu Morimoto", "Joe Balden"]],
    // Wire text wraps names anywhere.
    ["Ali Akbar\nHashemi Tabrizi", ["Ali Akbar\nHashemi Tabrizi"]],
    ["R. John\nStanton Jr.", ["R. John\nStanton Jr."]],
    ["Frederick B.\nHegi Jr", ["Frederick B.\nHegi Jr"]],
    ["Ludolf Georg\nvon Wartenberg", ["Ludolf Georg\nvon Wartenberg"]],
    ["Carlos Rafael\nRodriguez", ["Carlos Rafael\nRodriguez"]],
  ])("%j", (name, expected) => {
    const mention = { start: 10, end: 10 + name.length, text: name, type: "person" as const, entity: name };
    const parts = splitAtLineBreaks([mention]);
    expect(parts.map((m) => m.text)).toEqual(expected);
    for (const m of parts) expect(m.end - m.start).toBe(m.text.length);
  });
});

describe("a holiday is no place or firm, a venue with a place's word is no person, a shop no place", () => {
  it.each([
    ["People queued outside Madison Square Garden for Black Friday deals.", ["Madison Square Garden|place"]],
    ["Shops in Halifax close for Easter and Labour Day.", ["Halifax|place"]],
    // A shop's possessive with no noun after it is the shop, though the tagger read a place.
    [
      "Quillsby's, Britain's third-biggest supermarket, said sales rose 3%.",
      ["Quillsby|organization", "Britain|country"],
    ],
  ])("%j", (text, mentions) => {
    expect(namedOf(text).mentions).toEqual(mentions);
  });
});
