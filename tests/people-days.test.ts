/**
 * Session 28: "Days" after given names is a surname, after a town a fair (resolve/names/local-things.ts,
 * run-on-names.ts)
 * (a probe of 18 invented 2018-20 wire and local stories: Canadian Press, AP, Reuters, CNW, PTI, AAP, AFP, New
 * Zealand and British 2004-05 styles). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { peopleOf } from "./helpers/document.js";

describe("'Days' after given names is a surname; after a town, a fair", () => {
  it.each([
    [
      '"People kept asking when it was coming back," said Marla Days, who chairs the committee. Days is a retired nurse.',
      ["Marla Days"],
    ],
    ["Harold James Days, a retired machinist, died on Sunday. He was 88.", ["Harold James Days"]],
    // Guards: a town's fair, after a town no list knows and after a place word.
    ["The city hopes to open the park in time for Millbrook Days.", []],
    ["After a three-year break, Port Alden Days is back, Mayor Ronald Gaudet said.", ["Ronald Gaudet"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});
