/**
 * Quotes in house styles of other countries and decades (translated wire copy of Xinhua, AFP, DPA and EFE; Irish,
 * Scottish, Welsh, New Zealand, Singapore, Malaysian, Philippine, Pakistani, Gulf and Korean papers; US papers of
 * the 1920s-50s; court and parliamentary reports, live pages, press releases; text written for these tests): each
 * quote ends at its own mark and has the phrase that attributes it.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** Each quote as "text | speaker phrase | cue", with "(p)" before a partial one; "-" for none. */
function quotes(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return extractQuotes(doc, splitDocument(doc)).quotes.map(
    (q) =>
      `${q.partial ? "(p) " : ""}${q.text.replace(/\s+/g, " ")} | ${q.speakerPhrase?.text ?? "-"} | ${q.cue?.text ?? "-"}`,
  );
}

describe("translated wire copy", () => {
  it.each<[string, string, string[]]>([
    [
      "AFP: a statement carried by a state news agency is the subject's, not the agency's",
      'Prime Minister Irakli Kobalia said in a statement carried by state news agency Sakinform that the protests were "organised from abroad".',
      ["(p) organised from abroad | Prime Minister Irakli Kobalia | said"],
    ],
    [
      "the same with 'the official news agency'",
      'Kim Yong Dok said in a statement carried by the official KCNA news agency that the launch was "a warning".',
      ["(p) a warning | Kim Yong Dok | said"],
    ],
    [
      "Xinhua: state media quoted X as saying, after the quote",
      '"The economy grew by 5 per cent," state media quoted Premier Li Wenhao as saying.',
      ["The economy grew by 5 per cent, | Premier Li Wenhao | quoted"],
    ],
    [
      "X quoted Y as saying before a fragment",
      'Xinhua quoted Li as saying that China "will never seek hegemony".',
      ["(p) will never seek hegemony | Li | saying"],
    ],
    [
      "X quoted Y as saying before a colon",
      'The agency quoted Premier Li Wenhao as saying: "We will open wider."',
      ["We will open wider. | Premier Li Wenhao | saying"],
    ],
    [
      "passive 'was quoted as saying' stays the subject's",
      '"Kenya highly appreciates China\'s support," Kiprotich was quoted as saying.',
      ["Kenya highly appreciates China's support, | Kiprotich | quoted"],
    ],
    [
      "'told AFP' and 'told Xinhua' name the agency as the listener",
      '"We will not go home," Nino Beridze, a 24-year-old student, told AFP.\n\n"The talks were useful," the official told Xinhua on condition of anonymity.',
      ["We will not go home, | Nino Beridze | told", "The talks were useful, | the official | told"],
    ],
    [
      "a base form inverted before its subject still attributes: 'say police'",
      '"It is over," say police.',
      ["It is over, | police | say"],
    ],
    [
      "'for comment' is no cue",
      '"No comment," said a spokesman when asked for comment.',
      ["No comment, | a spokesman | said"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("labels before a colon: live pages, transcripts' quotes, parliamentary reports", () => {
  it.each<[string, string, string[]]>([
    [
      "a live page's time stamp and a surname",
      'Election results live\n\n14:32 - Labour\'s Sarah Connolly says she is hopeful.\n\n15:25 - Roche: "This is a victory for rural Ireland."',
      ["This is a victory for rural Ireland. | Roche | -"],
    ],
    [
      "an update stamp and a titled name",
      'Hospital row live\n\nUpdated 3.45pm: Health Minister Mary Roe: "The hospital will stay open."',
      ["The hospital will stay open. | Health Minister Mary Roe | -"],
    ],
    [
      "a Hansard-like member with a constituency in parentheses",
      'Debate on the Fisheries Bill\n\nMr Alistair Carrick (Orkney and Shetland): "The fishermen feel let down."',
      ["The fishermen feel let down. | Mr Alistair Carrick | -"],
    ],
    [
      "a scraped page's caption label before the name (session 38)",
      'Vote survived\n\nMedia caption Kit Rees-Harlow: "The government has the confidence of the House"\n\nThe DUP voted.',
      ["The government has the confidence of the House | Kit Rees-Harlow | -"],
    ],
    [
      "two labelled answers in one paragraph",
      'Where they stand\n\nKendrick: "Our goal is to defeat the group." Birch: "The mission is to destroy it."',
      ["Our goal is to defeat the group. | Kendrick | -", "The mission is to destroy it. | Birch | -"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      "a headline's label sums up the story: a partial quote, of the label's speaker",
      'Hale: "We will stay the course"\n\nThe governor spoke.',
      ["(p) We will stay the course | Hale | -"],
    ],
    [
      "a dateline in capitals is no speaker",
      'KUALA LUMPUR: "We will win," Anwar said.',
      ["We will win, | Anwar | said"],
    ],
    [
      "a phrase inside a sentence is no label",
      'Notes\n\nThe verdict was clear: "Guilty."',
      ["(p) Guilty. | - | -"],
    ],
    ["a heading alone on its line labels nothing below it", 'Detail:\n\n"Kevin was snoring.', []],
  ])("not a label: %s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("other countries' papers and decades", () => {
  it.each<[string, string, string[]]>([
    [
      "Philippine nicknames in quotes are part of the name, not quotes",
      'Sen. Ronaldo "Bato" dela Paz defended the Vice President. "She has done nothing wrong," dela Paz told reporters.',
      ["She has done nothing wrong, | dela Paz | told"],
    ],
    [
      "a nickname before a suffix",
      'President Ernesto "Totoy" Macaraeg Jr. has ordered an investigation.',
      [],
    ],
    [
      "an American nickname of two words",
      'Darnell "The Tank" Johnson said: "I am back."',
      ["I am back. | Johnson | said"],
    ],
    ["a title after a lower-case word stays a title", 'He watched "Jaws" again.', ["(p) Jaws | - | -"]],
    [
      "Irish: the Taoiseach and a TD",
      'Speaking in the Dáil, Micheál Martin said the plan would deliver homes. "We are building more homes than at any time in the last decade," he said.\n\nSinn Féin TD Eoin Ó Broin said renters had been let down. "Rents have doubled in Dublin," Mr Ó Broin said.',
      [
        "We are building more homes than at any time in the last decade, | he | said",
        "Rents have doubled in Dublin, | Mr Ó Broin | said",
      ],
    ],
    [
      "Straits Times: a family name first with Mr",
      'Speaking in Ang Mo Kio, Mr Lee said: "Our small economy cannot survive if we close ourselves off."\n\n"He preyed on their loneliness," said DPP Goh.',
      [
        "Our small economy cannot survive if we close ourselves off. | Mr Lee | said",
        "He preyed on their loneliness, | DPP Goh | said",
      ],
    ],
    [
      "Dawn: 'PM Farhan said:'",
      'Addressing a ceremony in Islamabad, PM Farhan said: "No one is above the law."\n\n"This is political victimisation," Shahzad said in a statement.',
      ["No one is above the law. | PM Farhan | said", "This is political victimisation, | Shahzad | said"],
    ],
    [
      "a US paper of the 1920s: 'declared the Mayor' and 'he declared'",
      'Mayor James J. Walden today opened the bridge.\n\n"This bridge is a monument to our people," declared the Mayor.\n\nCommissioner Albert Goldman said today that it had cost $2,400,000. "Every dollar was well spent," he declared.',
      [
        "This bridge is a monument to our people, | the Mayor | declared",
        "Every dollar was well spent, | he | declared",
      ],
    ],
    [
      "a court report: a judge's fragment and counsel's statement",
      'Sentencing Declan Murphy, 29, Judge Helen Boyle said the attack was "unprovoked and vicious".\n\nDefence counsel Brendan Greham SC said his client had expressed remorse. "He accepts he has ruined two lives," Mr Greham said.',
      [
        "(p) unprovoked and vicious | Judge Helen Boyle | said",
        "He accepts he has ruined two lives, | Mr Greham | said",
      ],
    ],
    [
      "British: 'Labour MP for Wrexham Ian Lusk said:' names the member, not the party's MP",
      'Labour MP for Wrexham Ian Lusk said: "This is a scandal."',
      ["This is a scandal. | Ian Lusk | said"],
    ],
    [
      "but 'a spokesman for Acme Police' stays the unnamed spokesman",
      '"We are investigating," a spokesman for Acme Police told reporters.',
      ["We are investigating, | a spokesman | told"],
    ],
    [
      "Irish: 'the Minister for Health, Mary Hanlon, said' names the minister in apposition",
      '"We will look at it," the Minister for Health, Mary Hanlon, said.',
      ["We will look at it, | Mary Hanlon | said"],
    ],
    [
      "Stuff: 'added her brother, Hemi Ngata' names the brother in apposition",
      '"I\'m delighted," said Ms Ngata. "It\'s been a long time coming," added her brother, Hemi Ngata.',
      ["I'm delighted, | Ms Ngata | said", "It's been a long time coming, | Hemi Ngata | added"],
    ],
    [
      "Malaysian and Philippine papers: a translation in parentheses before the attribution",
      '"Kami tidak akan menyerah," (We will not give up) Ahmad said.\n\n"Iyo ang gusto ko," (That is what I want) Macaraeg said in Filipino.',
      ["Kami tidak akan menyerah, | Ahmad | said", "Iyo ang gusto ko, | Macaraeg | said"],
    ],
    [
      "a press release: two quotes of one executive, 'said X, Title of Y'",
      '"This investment will help us grow," said Maria Chen, CEO of Acme Robotics.\n\n"We are excited to back the team," said John Park, Partner at Northgate Ventures.',
      [
        "This investment will help us grow, | Maria Chen | said",
        "We are excited to back the team, | John Park | said",
      ],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
