/**
 * People listed per article in wire, press-release and other countries' styles (text written for these tests): a
 * wire's closing word and a release's contact block name no one in the news; Malay, Filipino and Welsh particles
 * stay inside the name.
 */
import { describe, expect, it } from "vitest";
import { withoutCredits } from "../src/resolve/names/credits.js";
import type { Mention } from "../src/types.js";
import { peopleOf } from "./helpers/document.js";

/** The distinct person entities of an article, sorted. */
const people = (text: string): string[] => peopleOf(text).sort();

/** The person names among `names` kept in `text`'s mentions (each the first occurrence, as the tagger gives). */
function kept(text: string, names: string[]): string[] {
  const mentions = names.map((name): Mention => {
    const start = text.lastIndexOf(name);
    return { start, end: start + name.length, text: name, type: "person", entity: name };
  });
  return withoutCredits(text, mentions).map((m) => m.text);
}

describe("people in wire and release styles", () => {
  it.each<[string, string, string[]]>([
    [
      "Xinhua's closing word after the last sentence",
      'BEIJING, Jan. 5 (Xinhua) -- Chinese President Xu Jianmin met Kenyan President William Kiprotich.\n\n"The two sides have great potential," Wang Lixin said. Enditem',
      ["Wang Lixin", "William Kiprotich", "Xu Jianmin"],
    ],
    [
      "a release's media contact below its heading",
      'SAN FRANCISCO, April 2, 2024 /PRNewswire/ -- Acme Robotics today announced new funding.\n\n"This will help us grow," said Maria Chen, CEO of Acme Robotics.\n\nMedia Contact:\nJane Liu\npress@acmerobotics.com',
      ["Maria Chen"],
    ],
  ])("%s", (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });

  it.each<[string, string, string[], string[]]>([
    [
      "'For further information:' on the name's own line",
      "Northwind Bank reported record income, said Priya Raman.\n\nFor further information: Tom Becker, Investor Relations, 416-555-0100",
      ["Priya Raman", "Tom Becker"],
      ["Priya Raman"],
    ],
    [
      "two lines below a 'Contacts:' heading",
      "The fund was launched by John Park.\n\nContacts:\nPress Office\nJane Liu, 555-0100",
      ["John Park", "Jane Liu"],
      ["John Park"],
    ],
    [
      "a contact named in the story is kept there",
      "You can contact Jane Liu with questions, the mayor said.",
      ["Jane Liu"],
      ["Jane Liu"],
    ],
    [
      "a name far below a contact heading is in the story again",
      "Contact:\nJane Liu\n\nThe company was founded in 2019.\n\nIts first customer was a warehouse in Ohio run by a family firm.\n\nAnn Roe, the chief executive, said sales were up.",
      ["Jane Liu", "Ann Roe"],
      ["Ann Roe"],
    ],
    [
      "an Irish 'Additional reporting:' line",
      "The council voted to close the library, Mayor Ann Roe said.\n\nAdditional reporting: Jane Doe",
      ["Ann Roe", "Jane Doe"],
      ["Ann Roe"],
    ],
    [
      "an Indian agency in parentheses after the writer",
      "Mayor Ann Roe said the library would close.\n\n-- Jane Doe (IANS)",
      ["Ann Roe", "Jane Doe"],
      ["Ann Roe"],
    ],
    [
      "an Inquirer sign-off with the paper's abbreviation",
      "The council voted to close the library, Mayor Ann Roe said.\n\n— Jane Doe, INQ",
      ["Ann Roe", "Jane Doe"],
      ["Ann Roe"],
    ],
    [
      "an RTÉ writer's title after the outlet's possessive",
      "Mayor Ann Roe said the library would close.\n\nThis story was first published by RTÉ. Jane Doe is RTÉ's Western Correspondent.",
      ["Ann Roe", "Jane Doe"],
      ["Ann Roe"],
    ],
    [
      "a writer's title on the line under the name",
      "Mayor Ann Roe said the library would close.\n\nJane Doe\nPolitical Correspondent",
      ["Ann Roe", "Jane Doe"],
      ["Ann Roe"],
    ],
    [
      "a caption's sentence after 'Image:' names a person in the news",
      "Image: Mayor Ann Roe speaks at the launch.\n\nThe council voted to close the library.",
      ["Ann Roe"],
      ["Ann Roe"],
    ],
  ])("credit: %s", (_, text, names, expected) => {
    expect(kept(text, names)).toEqual(expected);
  });
});

describe("name particles of other countries", () => {
  it.each<[string, string, string]>([
    [
      "Malay 'binti'",
      "Siti Nurdiana binti Rosli, a trader in Chow Kit, said prices had risen.",
      "Siti Nurdiana binti Rosli",
    ],
    [
      "Malay 'bin'",
      "District Judge Muhammad Hidayat bin Abdul Rahman said the offences were calculated.",
      "Muhammad Hidayat bin Abdul Rahman",
    ],
  ])("%s", (_, text, name) => {
    expect(people(text)).toContain(name);
  });
});

describe("honorifics and ranks of other countries are titles", () => {
  it.each<[string, string, string[]]>([
    [
      "Malaysian 'Datuk Seri' and 'Datuk Dr'",
      'KUALA LUMPUR: Prime Minister Datuk Seri Adnan Ibrahim said the budget will focus on the cost of living.\n\n"We will not abandon the B40 group," Adnan told reporters.\n\nUmno secretary-general Datuk Dr Asyraf Wafi Dahlan said the party supported the plan.',
      ["Adnan Ibrahim", "Asyraf Wafi Dahlan"],
    ],
    [
      "Pakistani 'Mian'",
      'PML-N president Mian Shahzad Qureshi rejected the claim.\n\n"This is political victimisation," Shahzad said in a statement.',
      ["Shahzad Qureshi"],
    ],
    [
      "an Irish detective garda",
      "Det Garda Ann Ryan told the court the victim had suffered a fractured skull.",
      ["Ann Ryan"],
    ],
  ])("%s", (_, text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});
