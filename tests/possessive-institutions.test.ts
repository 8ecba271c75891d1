/**
 * Institutions named by a possessive ("Queen's Club", "Queen's College", "St Brendan's Hospital"): British, Irish and
 * Canadian news name clubs, colleges and hospitals so, and the tagger cut them at the "'s", listing the owner
 * ("Queen", "St Brendan") as a person or a place (resolve/names/organization-spans.ts). Invented sentences.
 */
import { describe, expect, it } from "vitest";
import { organizationsOf, peopleOf } from "./helpers/document.js";

/** The people of the text and its organizations' names holding a possessive. */
function read(text: string): [string[], string[]] {
  const organizations = organizationsOf(text).map((o) => o.slice(0, o.indexOf(":")));
  return [peopleOf(text), organizations.filter((o) => /['’]/.test(o))];
}

describe("a possessive institution's name is one organization, its owner no person", () => {
  it.each([
    ["Tom Pellow reached the third round at Queen's Club on Wednesday.", ["Tom Pellow"], ["Queen's Club"]],
    ["The study was done at St Ebbe's College in Dunmore.", [], ["St Ebbe's College"]],
    ["Dana Whitlow studied at Queen's College Dunmore.", ["Dana Whitlow"], ["Queen's College Dunmore"]],
    ["Dana Whitlow was treated at St Brendan's Hospital.", ["Dana Whitlow"], ["St Brendan's Hospital"]],
    // Guards: a possessive of ownership ("the University's", "<Name> University's" institute "for" or school
    // "of" something: CHECK found them in US news); a person's full name with a possessive.
    ["Researchers at the University's Institute for Gene Studies said it worked.", [], []],
    ["She teaches at Acme University's School of Law.", [], []],
    ["Dana Whitlow's School days were happy, she said.", ["Dana Whitlow"], []],
    // Session 27: a saint's church, cathedral or abbey (SAINT_INSTITUTION_WORDS); only after a saint's name.
    ["Dana Whitlow married at St. Aldric's Church in Brenmouth.", ["Dana Whitlow"], ["St. Aldric's Church"]],
    ["Bells rang at St Ebbe's Cathedral on Sunday.", [], ["St Ebbe's Cathedral"]],
    ["Tom Pellow was buried at Saint Brendan's Abbey near Corby.", ["Tom Pellow"], ["Saint Brendan's Abbey"]],
    ["Queen's Chapel was full, Tom Pellow said.", ["Tom Pellow"], []],
    ["Pellow's Church was full, Tom Pellow said.", ["Tom Pellow"], []],
  ])("%s", (text, people, organizations) => {
    expect(read(text)).toEqual([people, organizations]);
  });
});
