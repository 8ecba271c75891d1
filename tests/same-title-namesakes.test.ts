/**
 * Session 21: a titled surname beside namesakes goes to the one the document gave that same title
 * (resolve/names/same-titles.ts). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/** The entity of the last person mention. */
function lastNamed(text: string): string | undefined {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions.filter((m) => m.type === "person").at(-1)?.entity;
}

describe("a titled surname goes to the namesake with that title", () => {
  it.each([
    [
      "Dr. Ellen Marsh, the flight surgeon, was joined by her husband, Tom Marsh. Dr. Marsh said the crew was well.",
      "Ellen Marsh",
    ],
    [
      "Sen. Mark Dunmore and his brother, Paul Dunmore, a lawyer, met the mayor. Sen. Dunmore said the talks went well.",
      "Mark Dunmore",
    ],
    [
      "Miss Ellen Dunmore will wed Mr. Peter Kell. Mrs. Harold Dunmore, her mother, will host. Miss Dunmore is a nurse.",
      "Ellen Dunmore",
    ],
    [
      "Professor Dana Whitlow and her son Kofi Whitlow founded the firm. Kofi Whitlow runs it. Professor Whitlow said it was a family business.",
      "Dana Whitlow",
    ],
    // Guards: the title's gender still settles an untitled pair; both namesakes with the title: the nearest.
    [
      "Dana Whitlow and her husband, John Whitlow, opened the shop. Mr Whitlow said trade was good.",
      "John Whitlow",
    ],
    [
      "Dr. Ellen Marsh and her husband, Dr. Tom Marsh, run the clinic. Dr. Marsh said it was busy.",
      "Tom Marsh",
    ],
  ])("%s", (text, entity) => {
    expect(lastNamed(text)).toBe(entity);
  });
});
