import { describe, expect, it } from "vitest";
import { ownParagraph } from "../src/text/own-paragraph.js";

/** The text with the span marked by [ and ]: the text without the marks, and the span. */
function marked(text: string): [string, number, number] {
  const start = text.indexOf("[");
  const end = text.indexOf("]") - 1;
  return [text.replace("[", "").replace("]", ""), start, end];
}

describe("ownParagraph", () => {
  it.each([
    ["the whole text", "[Jane Roe]", "Jane Roe"],
    ["the first paragraph", "[Jane Roe] wrote.\n\nMore text.", "Jane Roe wrote."],
    ["a paragraph between blank lines", "Text.\n\n[Jane Roe].\n\nMore.", "Jane Roe."],
    ["the last paragraph", "Text.\n\nBy [Jane Roe]", "By Jane Roe"],
  ])("%s: the line", (_what, text, line) => {
    const [plain, start, end] = marked(text);
    const found = ownParagraph(plain, start, end);
    expect(found && plain.slice(found.start, found.end)).toBe(line);
  });

  it.each([
    ["a hard-wrapped line after another", "Text runs on\n[Jane Roe] and more\n\nNext."],
    ["a hard-wrapped line before another", "Text.\n\n[Jane Roe] and\nthe rest."],
    ["the second line of the text", "A\n[Jane Roe]"],
  ])("%s: null", (_what, text) => {
    const [plain, start, end] = marked(text);
    expect(ownParagraph(plain, start, end)).toBeNull();
  });
});
