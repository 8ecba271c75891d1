/**
 * News from other countries' house styles (British, Irish, Canadian, Australian, Indian, Malaysian; articles
 * invented for these tests, session 19): bylines, credits and titles as those papers write them.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { keptAfterCredits } from "./helpers/credits.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

const kept = keptAfterCredits;

const STORY = "The court ruled on Monday that the policy was unlawful, Harold Brekke said.";

describe("a byline whose line goes on past the names", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "the writer's job after a comma (British)",
      `Visa ruling\n\nBy Dana Whitlow, legal editor\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
    [
      "an outlet and a beat before the job, no comma",
      `Visa ruling\n\nBy Dana Whitlow BBC News Online business reporter\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
    [
      "two writers and a plural job",
      `Visa ruling\n\nBy Dana Whitlow and Kwame Osei, political reporters\n\n${STORY}`,
      ["Dana Whitlow", "Kwame Osei", "Harold Brekke"],
      ["Harold Brekke"],
    ],
    [
      "where the writer filed from",
      `Visa ruling\n\nBy Dana Whitlow in Ottawa\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
    [
      "no 'By': the name and the job as a paragraph of their own",
      `Visa ruling\n\nDana Whitlow, legal correspondent\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
    [
      "the same with the job in title case",
      `Visa ruling\n\nDana Whitlow, Home Affairs Editor\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(kept(text, names)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // A sentence opening "By" and a name goes on with a verb: prose.
    [
      "'By' and a name in a sentence",
      "By Dana Whitlow's count, the vote was lost, a reporter said.",
      ["Dana Whitlow"],
    ],
    ["a place and then a verb", "By Dana Whitlow in Ottawa said the editor.", ["Dana Whitlow"]],
    // A job after a name with no "By" is not a byline here.
    ["a name and a job, no 'By'", "Asked about it, Dana Whitlow, a reporter, said no.", ["Dana Whitlow"]],
    [
      "a name and a writer's job on a wrapped line",
      "The figures came from\nDana Whitlow, a senior correspondent\nfor the paper.",
      ["Dana Whitlow"],
    ],
    [
      "a name and an office as a paragraph",
      `Visa ruling\n\nDana Whitlow, Home Secretary\n\n${STORY}`,
      ["Dana Whitlow"],
    ],
  ])("keeps %s", (_, text, names) => {
    expect(kept(text, names)).toEqual(names.map((n) => n.split("|")[0]));
  });
});

describe("photo credits and sign-offs of British, Australian and Canadian papers", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "'Picture:' and a photographer on the line under a photo",
      `Crowds gather in the park.\n\nPicture: Dana Whitlow\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
    [
      "'Pictures by' closing the story",
      `${STORY}\n\nPictures by Dana Whitlow`,
      ["Harold Brekke", "Dana Whitlow"],
      ["Harold Brekke"],
    ],
    [
      "a photographer's copyright line",
      `${STORY}\n\n© Dana Whitlow 2019`,
      ["Harold Brekke", "Dana Whitlow"],
      ["Harold Brekke"],
    ],
    [
      "a wire's name after a dash on the last line",
      `${STORY}\n\n- RNZ`,
      ["Harold Brekke", "RNZ"],
      ["Harold Brekke"],
    ],
    [
      "a chain's bare name after a photographer's slash",
      `${STORY}\n\nPhoto by Dana Whitlow / Postmedia`,
      ["Harold Brekke", "Dana Whitlow", "Postmedia"],
      ["Harold Brekke"],
    ],
    [
      "Britain's agency after a photographer's slash",
      `Fans queue outside the ground.\n\nDana Whitlow/PA Wire\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
    [
      "a byline closed by an outlet's initials and a title-case word",
      `Visa ruling\n\nDana Whitlow · CTV News · Published Monday, June 3, 2019\n\n${STORY}`,
      ["Dana Whitlow", "Harold Brekke"],
      ["Harold Brekke"],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(kept(text, names)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // Daily Mail's "Pictured:" names the person the photo shows, who is in the news.
    [
      "'Pictured:' and the photo's subject",
      "Pictured: Dana Whitlow outside her home in Leeds.",
      ["Dana Whitlow"],
    ],
    ["a caption's subject after 'Picture:'", "Picture: Dana Whitlow speaks at the launch.", ["Dana Whitlow"]],
    // A dash before a name that goes on into a sentence is prose.
    [
      "a dash then a sentence",
      `${STORY}\n\n- Reuters reported the ruling first.`,
      ["Harold Brekke", "Reuters"],
    ],
    // "PA" alone after a slash may be a state: not a credit by itself.
    ["a state's code after a slash", "Dana Whitlow moved from Erie/PA last year.", ["Dana Whitlow"]],
  ])("keeps %s", (_, text, names) => {
    expect(kept(text, names)).toEqual(names.map((n) => n.split("|")[0]));
  });
});

/** Each person mention of a document that is all body as "text [title]" (the per-document naming). */
function titledPeople(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return nameDocument(doc, splitDocument(doc))
    .mentions.filter((m) => m.type === "person")
    .map((m) => (m.title === undefined ? m.text : `${m.text} [${m.title}]`));
}

describe("titles and initials", () => {
  it.each<[string, string, string[]]>([
    [
      "initials in capitals that spell a courtesy title",
      "India won by 36 runs. MS Dhanraj finished with 27 off 14 balls.",
      ["MS Dhanraj"],
    ],
    [
      "the same after an office",
      "The squad was named on Monday. Captain MR Gopal Rao will lead the side.",
      ["MR Gopal Rao [Captain]"],
    ],
    [
      "a Malaysian honorific the tagger split, its second word taken into the name",
      "KUALA LUMPUR - Tan Sri Azman Harun was charged on Monday.",
      ["Azman Harun [Tan Sri]"],
    ],
    [
      "the same with a first word the title list holds alone",
      "The court heard on Monday that Datuk Seri Rosli Kamal signed the order.",
      ["Rosli Kamal [Datuk Seri]"],
    ],
    [
      "a two-word office",
      "The vote was lost, Prime Minister Dana Whitlow said.",
      ["Dana Whitlow [Prime Minister]"],
    ],
    [
      "Ireland's deputy prime minister, and an Irish particle",
      "The Taoiseach said on Sunday the talks had failed. Tánaiste Micheál Ó Conaill agreed.",
      ["Micheál Ó Conaill [Tánaiste]"],
    ],
    [
      "Ireland's prime minister, after a place",
      "Speaking in Cork, Taoiseach Dana Whitlow said the government had a mandate.",
      ["Dana Whitlow [Taoiseach]"],
    ],
    [
      "a Canadian councillor's abbreviation",
      "The vote failed, said Coun. Dana Whitlow. Whitlow has served since 2010.",
      ["Dana Whitlow [Coun.]", "Whitlow"],
    ],
    [
      "a First Nation's elected chief",
      "The talks failed, Grand Chief Dana Whitlow said.",
      ["Dana Whitlow [Grand Chief]"],
    ],
    [
      "initials without stops after a title, the surname left out by the tagger",
      "The terminal will open in March, said Dr. VK Whitlow.",
      ["VK Whitlow [Dr.]"],
    ],
    [
      "the same after a professor's title",
      "The study was written by Prof. PS Okafor of the institute.",
      ["PS Okafor [Prof.]"],
    ],
    // Guards: the titles in mixed case, and in a line of capitals.
    ["'Ms' in mixed case", "The vote was lost, Ms Whitlow said on Monday.", ["Whitlow [Ms]"]],
    ["'Mr.' with its stop", "The vote was lost, Mr. Dana Whitlow said on Monday.", ["Dana Whitlow [Mr.]"]],
  ])("%s", (_, text, expected) => {
    expect(titledPeople(text)).toEqual(expected);
  });
});

describe("a given name the tagger left before a lower-case particle", () => {
  it.each<[string, string, string[]]>([
    [
      "a given name that is also a month's abbreviation",
      "The court ruled on Monday. Jan de Vries, a farmer, said he was relieved.",
      ["Jan de Vries"],
    ],
    // Guards: a title, a weekday and a lower-case word before the particle are no given names.
    ["a title before the particle", "The talks failed, Minister van Rijn said on Monday.", ["van Rijn"]],
    [
      "a weekday before the particle",
      "The talks failed on Monday. On Tuesday de Vries resigned.",
      ["de Vries"],
    ],
    ["a role in lower case", "The talks failed, coach van Bommel said on Monday.", ["van Bommel"]],
    ["a whole name", "The talks failed, Pieter van der Berg said on Monday.", ["Pieter van der Berg"]],
  ])("%s", (_, text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("an agency's name before a photo credit's slash", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "the Canadian Press in capitals, read as a demonym and an organization",
      "A farmer checks his wheat near Regina on Monday. THE CANADIAN PRESS/Dana Whitlow\n\nREGINA - Growers worry.",
      ["Regina|place", "CANADIAN|demonym", "PRESS|organization", "Dana Whitlow"],
      ["Regina"],
    ],
    [
      "an agency read as one organization",
      "Fans queue outside the ground on Friday. AFP PHOTO/Dana Whitlow\n\nThe match starts at noon.",
      ["AFP PHOTO|organization", "Dana Whitlow"],
      [],
    ],
  ])("%s", (_, text, names, expected) => {
    expect(kept(text, names)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    // A firm's name before an agency's and a slash is the firm's (the agency's name starts after it).
    ["a firm before the agency", "Acme Reuters/Dana Whitlow wrote the report.", ["Acme|organization"]],
    // A slash between two places or firms is no credit.
    [
      "two firms either side of a slash",
      "Royal Dutch/Shell raised its dividend.",
      ["Royal Dutch/Shell|organization"],
    ],
    ["a place after a slash", "Flights from Santos/Hodeidah resumed.", ["Santos|place"]],
    [
      "the agency with no name after the slash",
      "The Canadian Press/ reported it first.",
      ["Canadian Press|organization"],
    ],
    // Two pollsters either side of a slash sponsor a poll: the news outlet stays.
    ["a poll's two sponsors", "A new Acme News/Pollwise poll found 40% support.", ["Acme News|organization"]],
    [
      "an agency and a polling firm",
      "The latest Reuters/Pollwise survey showed a lead.",
      ["Reuters|organization"],
    ],
    [
      "a poll's sponsors closing a sentence",
      "Source: CBC News/Harbour University.",
      ["CBC News|organization"],
    ],
  ])("keeps %s", (_, text, names) => {
    expect(kept(text, names)).toEqual(names.map((n) => n.split("|")[0]));
  });
});
