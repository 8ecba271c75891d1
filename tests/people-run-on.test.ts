/**
 * People per article (text written for these tests, in US, Canadian and British news styles): names run on into
 * the words around them (a scraped page's glued words, a headline's tail, a role before the name), firms named
 * for their founders, polls and treaties, titles in single quotes, and places named with a geographic word.
 */
import { describe, expect, it } from "vitest";
import { mentionAt } from "../src/extract/mention.js";
import { withPersonalNames } from "../src/resolve/names/personal-names.js";
import { isGluedWord } from "../src/resolve/names/run-on-names.js";
import type { Mention } from "../src/types.js";
import { peopleOf } from "./helpers/document.js";

const people = (text: string): string[] => peopleOf(text).sort();

describe("a word no name is made of: glued by a scraper", () => {
  it.each([
    ["KowalskiShareReplyDana", true],
    ["9PMHarlan", true],
    ["PRESSToronto", true],
    ["NewestMaria", true],
    ["McAlinden", false],
    ["LaGuardia", false],
    ["DeShawn", false],
    ["VanderMeer", false],
    ["MacArthur", false],
    ["JenniferWhitfield", false],
    ["Whitfield", false],
  ])("%s → %s", (word, glued) => {
    expect(isGluedWord(word)).toBe(glued);
  });
});

describe("people listed per article: run-on names", () => {
  it.each([
    // A live blog's furniture glued to its authors' names: no people.
    [
      "Debate Night\nNewestMaria KowalskiShareReplyDana Pruitt 9:40PMHarlan Attacks Whitfield\n" +
        "Senator Jane Whitfield answered Tom Harlan on health care.",
      ["Jane Whitfield", "Tom Harlan"],
    ],
    // A headline's verb and its words after a name.
    [
      "9:30 update, Tom Harlan Address Opioid Epidemic\nTom Harlan spoke about addiction on Tuesday in Concord.",
      ["Tom Harlan"],
    ],
    // A title alone after a name ends it in a headline.
    ["Live: Maria Delgado Miss The Mark\nMaria Delgado lost the vote in Ottawa.", ["Maria Delgado"]],
    // A party's office and title run into the name.
    [
      "Speakers include Gov. Ann Lowe; NDP President Robert Keller; and the mayor.",
      ["Ann Lowe", "Robert Keller"],
    ],
    [
      "The premiere drew stars, but Scientologist Daniel Whitcombe stayed away. Whitcombe declined to comment.",
      ["Daniel Whitcombe"],
    ],
    ["Chancellor of the Exchequer Peter Marsh said on Friday that rates would fall.", ["Peter Marsh"]],
    // An initial's surname and a particle's surname are never cut as ordinary words.
    ["The fund is run by Ian M. Cumming and by Kevin Van Dorn.", ["Ian M. Cumming", "Kevin Van Dorn"]],
    // A surname that is an ordinary word, which the tagger cut off ("Small", "Levy").
    ['The show opens Friday, said the Tribune\'s Tony Small: "It will be packed."', ["Tony Small"]],
    // A first name before a date word or a function word keeps no surname.
    ["Reporters asked Maria Monday whether she would run, and Maria said no.", ["Maria"]],
    // A firm whose name ends in a firm's word stays whole and no person.
    ["Shares of Chang Hwa Commercial Bank rose 3 percent, chairman Li Wei said.", ["Li Wei"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("people listed per article: firms, polls, treaties, works and places", () => {
  it.each([
    // A firm named for its founder, "<name> and Company".
    ["The memoir, published Tuesday by Henry Holt and Company, tells Rosa Mendez's story.", ["Rosa Mendez"]],
    ["The musical is produced by Neal Street Productions, said its director, Amy Cole.", ["Amy Cole"]],
    // A firm's industry word ending the name ("<name> Telecoms"): session 36, a person on a BBC-style probe.
    ["The figures come from a report by Marvona Telecoms, analyst Amy Cole said.", ["Amy Cole"]],
    ["Orders at Quillan Electronics rose, its founder Tom Harlan said.", ["Tom Harlan"]],
    // A poll and a convention are named for no person.
    [
      "A Gallup Poll found Joe Marsh trailing. He has ignored the Geneva Convention, Marsh's critics said.",
      ["Joe Marsh"],
    ],
    // A title in single quotes, as British papers and quotations within quotations write it.
    [
      "Tom Harlan said the campaign felt like a 'Dust Kings' movie, and his rival Ann Lowe agreed.",
      ["Ann Lowe", "Tom Harlan"],
    ],
    ["Sam Reyes left the musical 'Oliver and the Glass Tower,' the producers said.", ["Sam Reyes"]],
    // An apostrophe is no quotation mark.
    ["The Joneses' lawyer, Ruth Gale, said Jones' car was 'Not Stolen'.", ["Jones", "Ruth Gale"]],
    // A first name and a surname that is also a small town's name, which the tagger reads as a place.
    [
      "The host for the night was singer Hunter Fowler. Also there was the band's drummer, Lena Ortiz.",
      ["Hunter Fowler", "Lena Ortiz"],
    ],
    // A founders' firm is no person, whatever the tagger read it as.
    [
      "The company is a subcontractor to Hunter Fowler and Associates of Tulsa, said Lena Ortiz.",
      ["Lena Ortiz"],
    ],
    // A place named with a geographic word; a first name before it keeps a person ("Cal Lane").
    [
      "Sailors were held in the Persian Gulf, and the show ran at Drury Lane. Victim Cal Lane was 30.",
      ["Cal Lane"],
    ],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("people listed per article: a person named with the firm after “of”, read as one firm or place", () => {
  it.each([
    [
      "Backers include Nell Haddad of Brightwater Capital, Orin Kessler of Salem Mutual, Hugh Tran of Ardent Partners and Dana Whitlow.",
      ["Dana Whitlow", "Hugh Tran", "Nell Haddad", "Orin Kessler"],
    ],
    // A founder's name before a place is the firm's.
    ["Shares of Morgan Stanley of New York rose, Dana Whitlow said.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(people(text)).toEqual(expected);
  });
});

describe("a name read as a firm or a place, written with an age, is a person (stage: withPersonalNames)", () => {
  /** Every occurrence of each of `names` in `text` as a mention of the type after its "|". */
  function mentionsOf(text: string, names: string[]) {
    return names
      .flatMap((n) => {
        const [name, type] = n.split("|") as [string, Mention["type"]];
        return [...text.matchAll(new RegExp(name, "g"))].map((found) =>
          mentionAt(found.index ?? 0, (found.index ?? 0) + name.length, name, type),
        );
      })
      .sort((a, b) => a.start - b.start);
  }
  it.each([
    [
      "Charged are Hanna Yusuf Omari, 19; and Dana Whitlow. Hanna Yusuf Omari was stopped in May.",
      ["Hanna Yusuf Omari|organization", "Dana Whitlow|person"],
      ["person", "person", "person"],
    ],
    ["Omar Haddad, 34, of Salem was charged.", ["Omar Haddad|place"], ["person"]],
    // A share of a firm, a firm's word, no first name: no age.
    ["Stakes in Morgan Stanley, 50 pct, were sold.", ["Morgan Stanley|organization"], ["organization"]],
    ["Acme Holdings, 19, closed.", ["Acme Holdings|organization"], ["organization"]],
  ])("%s", (text, names, expected) => {
    expect(withPersonalNames(mentionsOf(text, names), text).map((m) => m.type)).toEqual(expected);
  });
});
