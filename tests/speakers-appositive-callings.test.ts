/**
 * A kin or role phrase with its person in apposition after a calling ("Her husband, actor Tom Rees, posted:"):
 * the person named there speaks, as with the name alone ("Her husband, Tom Rees, said"). All names invented.
 */
import { describe, expect, it } from "vitest";
import { type Speaker, speakers, type Tagged } from "./helpers/speakers.js";

const PEOPLE: Tagged = { "Jessa Lorne": {}, "Tom Rees": {} };
const OPENING = "Jessa Lorne has shared a photo of her new baby. ";

describe("the person after a calling in apposition", () => {
  it.each<[string, Speaker[]]>([
    [`${OPENING}Her husband, actor Tom Rees, posted: "Best day ever."`, [["Tom Rees", "Her husband"]]],
    [`${OPENING}"Best day ever," her husband, the actor Tom Rees, said.`, [["Tom Rees", "her husband"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text, PEOPLE)).toEqual(expected);
  });
});

describe("guards: the name alone, a description with no name", () => {
  it.each<[string, Speaker[]]>([
    [`${OPENING}Her husband, Tom Rees, said: "Best day ever."`, [["Tom Rees", "Tom Rees"]]],
    [`${OPENING}Her husband, a keen photographer, said: "Best day ever."`, [[null, "Her husband"]]],
  ])("%s", (text, expected) => {
    expect(speakers(text, PEOPLE)).toEqual(expected);
  });
});
