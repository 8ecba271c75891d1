/**
 * What the text holds at a name's edge (text/around.ts), the one reading of the naming rules that ask it: "the"
 * right before (venues-and-events.ts, joined-names.ts), a name's run going on after (place-surnames.ts,
 * initialed-names.ts), the gap inside one name (company-forms.ts, document-names.ts). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { isNameGap, isTheBefore, runGoesOn } from "../src/text/around.js";

/** The offset of "|" in `marked`, and the text without it. */
function at(marked: string): [string, number] {
  return [marked.replace("|", ""), marked.indexOf("|")];
}

describe("the text at a name's edge", () => {
  it.each<[string, boolean]>([
    ["at the |Vallecas ground", true],
    ["The |Dana Whitlow Trophy", true],
    ["(the  |Corvell Cup)", true],
    ["breathe |Corvell", false],
    ["then |Corvell", false],
    ["|Corvell", false],
  ])("the before: %s", (marked, expected) => {
    expect(isTheBefore(...at(marked))).toBe(expected);
  });
  it.each<[string, boolean]>([
    ["Ann Lee| Harlow said", true],
    ["Ann Lee|-Harlow said", true],
    ["Ann Lee|’s car", true],
    ["Ann Lee|.Harlow", true],
    ["Ann Lee| said", false],
    ["Ann Lee|. Then", false],
    ["Ann Lee|", false],
  ])("run goes on: %s", (marked, expected) => {
    expect(runGoesOn(...at(marked))).toBe(expected);
  });
  it.each<[string, string, boolean]>([
    ["Harlow Mills", " ", true],
    ["Harlow Mills", "\n", true],
    ["Harlow Mills", " \r\n\t", true],
    ["Harlow Mills", "", true],
    ["Harlow Mills", "\n\n", false],
    ["Harlow Mills", ", ", false],
  ])("name gap: %j %j", (name, gap, expected) => {
    const text = `${name}${gap}Corp`;
    expect(isNameGap(text, name.length, name.length + gap.length)).toBe(expected);
  });
  it("a gap that runs backwards is none", () => {
    expect(isNameGap("Harlow Mills Corp", 6, 5)).toBe(false);
  });
});
