/**
 * Surnames of ordinary words keep their last word before a reporting verb or a role's appositive (extract/entities/person-span.ts
 * nameEnd, resolve/names/run-on-names.ts withoutOrdinaryTail), and a name an apposition calls a person by a noun only a
 * person is ("a spokeswoman") is a person, not a place or a firm, and so is a name right after such a noun
 * (resolve/names/appositive-persons.ts). All names and text invented.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("a surname of ordinary words keeps its last word", () => {
  it.each([
    [
      "Chief Roy Many Grey Horses said the vote was close. Many Grey Horses told reporters the council would meet.",
      ["Roy Many Grey Horses"],
    ],
    ["Elder Walter Crow Shoe told reporters the hall was full.", ["Walter Crow Shoe"]],
    // Or before a verb that labels in the subject's words (session 40).
    [
      'Opposition senator Marta Lucia Cabal accused the mayor of "rewarding criminals".',
      ["Marta Lucia Cabal"],
    ],
    ["Elder Walter Crow Shoe called the plan a disgrace.", ["Walter Crow Shoe"]],
    // Or before an appositive of the person's role (session 39).
    ["Marcia Delgado Forte, the justice minister, was more cautious.", ["Marcia Delgado Forte"]],
    ["Roy Many Grey Horses, a band councillor, spoke first.", ["Roy Many Grey Horses"]],
    // A rare dictionary word as the last word is a surname wherever the name stands (session 39).
    ["The party served under former President Rosa Macaraig Arroyo.", ["Rosa Macaraig Arroyo"]],
    ["The vote went to Daniel Kiprop Moi. Moi won easily.", ["Daniel Kiprop Moi"]],
    // Guard: a caption's word after a name, no reporting verb after it.
    ["Photo caption: Martin Elsby Managers at the meeting in Leeds.", ["Martin Elsby"]],
    // Nor a word that ends a firm's name.
    ["Shares of Dana Whitlow Organization rose.", []],
    // Nor an appositive with no role noun in it.
    ["Photo caption: Martin Elsby Managers, the new fund, at the meeting in Leeds.", ["Martin Elsby"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("an apposition's noun only a person is makes the name a person", () => {
  it.each([
    ['"We regret this," said Comfort Two Bulls, a Kestrel spokeswoman.', ["Comfort Two Bulls"]],
    ["The land belongs to Mercy Eagle Plume, the chief's mother, who lives nearby.", ["Mercy Eagle Plume"]],
    // Guards: a firm's apposition, and a possessive in the apposition.
    ["Shares of Tarvel Holdings, a unit of Corvane, rose.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a noun only a person is, right before a name, makes the name a person", () => {
  it.each([
    ["Its chairwoman, Kagwiria Mbarori, said police had used excessive force.", ["Kagwiria Mbarori"]],
    ["According to the commission's chairwoman, Kagwiria Mbarori, the count was fair.", ["Kagwiria Mbarori"]],
    ["His mother, Kagwiria Mbarori, said police had used excessive force.", ["Kagwiria Mbarori"]],
    ["Its chief executive, Kagwiria Mbarori, said the bank would grow.", ["Kagwiria Mbarori"]],
    ["Opposition health critic Kagwiria Mbarori said the plan was reckless.", ["Kagwiria Mbarori"]],
    // Guards: a firm's kin after "its", a list after the name, an executive of no chief.
    ["Its sister, Kagwiria Mbarori, said the fleet would grow.", []],
    ["The deal between the singer, Kagwiria Mbarori, and Sony fell through.", []],
    ["Its executive, Kagwiria Mbarori, said the bank would grow.", []],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});
