/**
 * People per article (text written for these tests, in US, Canadian and British news styles): weekdays and
 * headline words glued to a name, towns before their state, letters' signatures and reporters' credits.
 */
import { describe, expect, it } from "vitest";
import { mentionAt } from "../src/extract/mention.js";
import { ungluedNames } from "../src/resolve/names/glued-names.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

const people = (text: string): string[] => peopleOf(text).sort();

describe("people listed per article: glued words, towns, signatures, credits", () => {
  it.each([
    // A weekday after a name, as the tagger often reads it.
    [
      "Premier Curtis Ford met Harjit Singh on Tuesday. Reporters asked Ford Friday whether he would call an election.",
      ["Curtis Ford", "Harjit Singh"],
    ],
    // A title-case headline glues the verb to the names.
    [
      "Senator Jane Whitfield Endorses Tom Harlan For Governor\n\nSenator Jane Whitfield on Monday endorsed Tom Harlan. " +
        "Harlan thanked Whitfield.",
      ["Jane Whitfield", "Tom Harlan"],
    ],
    [
      "Maria Delgado Unleashed Three Words On Critics\n\nMaria Delgado, the mayor, answered her critics on Monday.",
      ["Maria Delgado"],
    ],
    // A town before its state, spelled out or in the AP's abbreviation.
    [
      "Shootings in Newtown, Connecticut; Oak Creek, Wisconsin and Douglas, Ariz., shaped the debate, Sen. Ann Lowe said.",
      ["Ann Lowe"],
    ],
    // A titled name before a state stays a person.
    [
      "The bill was backed by Sen. Tom Ulrich, New Mexico's senior senator, and by Rep. Mia Kowal.",
      ["Mia Kowal", "Tom Ulrich"],
    ],
    // A letters page: each letter signed with a full name and a full stop on its own line.
    [
      "Mr. Frost should release his taxes.\n\nLETTERS.\n\nVoters deserve to see the returns before November.\n\n" +
        "Peter Hollis.\n\nOlympia, Wash.\n\nHe has hidden them long enough, and Senator Ruth Gale agrees.\n\nDana Kirk.",
      ["Frost", "Ruth Gale"],
    ],
    // A reporter's credit closing a CNN-style story.
    [
      "Jurors found Mark Ellison guilty on Wednesday. His lawyer, Judy Kane, said he would appeal.\n" +
        "Ann Pollard reported from Boston. Dan Reyes reported from Atlanta.",
      ["Judy Kane", "Mark Ellison"],
    ],
    // "Contributing:" and an author's bio line at a story's end.
    [
      "Gov. Rick Sandler hosted the reception.\n\nContributing: Todd Spalding.\n\n" +
        "James Bowman is the author of Policy Hooligans and a fellow of the Institute.",
      ["Rick Sandler"],
    ],
    // A party's members, a French company, a hashtag, an organization's last word.
    [
      "The New Democrats and the Christian Democrats backed Harjit Singh's motion; Hill Democrats said little.",
      ["Harjit Singh"],
    ],
    [
      "Cie Financiere de Paribas said chairman Michel Francois-Delorme would retire.",
      ["Michel Francois-Delorme"],
    ],
    ["Fans tweeted #JusticeForMaria after Maria Lopez spoke.", ["Maria Lopez"]],
    [
      "Birch-era officials and the Canadian-born senator Rafael Cortes met on Capitol Hill.",
      ["Rafael Cortes"],
    ],
    ["Laura Frost is an executive vice president of the Frost Organization.", ["Laura Frost"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a person mention the tagger glued to a weekday or an adjective's ending", () => {
  it.each([
    ["Asher Edelson-led group", 17, "Asher Edelson"],
    ["Carl C. Ickes-controlled firm", 24, "Carl C. Ickes"],
    ["Clayton Yardley Monday said", 22, "Clayton Yardley"],
    ["Jane Roe said", 8, "Jane Roe"],
  ])("%s → %s", (text, end, expected) => {
    const doc = bodyOnlyDocument(text);
    const { tokens } = splitDocument(doc);
    const [person] = ungluedNames(text, tokens, [mentionAt(0, end, text.slice(0, end), "person")]);
    expect(person?.text).toBe(expected);
  });
});
