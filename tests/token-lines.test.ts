/**
 * Where a line breaks between two tokens (text/token-lines.ts), the one reading of line-ups.ts, name-contexts.ts
 * and acronyms.ts. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { endsLine, opensLine } from "../src/text/token-lines.js";
import { tokenize } from "../src/text/tokenize.js";

/** Each token of the text with O where it opens a line, E where it ends one, "-" for neither. */
function marks(text: string): string {
  const tokens = tokenize(text);
  return tokens
    .map(
      (t, i) => `${t.text}:${opensLine(text, tokens, i) ? "O" : "-"}${endsLine(text, tokens, i) ? "E" : "-"}`,
    )
    .join(" ");
}

describe("line breaks between tokens", () => {
  it.each([
    ["Hornets: Tavake, Morland", "Hornets:O- ::-- Tavake:-- ,:-- Morland:-E"],
    ["Subs\nLund, Pellow.\n", "Subs:OE Lund:O- ,:-- Pellow:-- .:-E"],
    // a line break after spaces, and a blank line between
    ["ACME  \n\n  Corvell", "ACME:OE Corvell:OE"],
    // spaces alone are no break
    ["Dana   Whitlow", "Dana:O- Whitlow:-E"],
  ])("%j", (text, expected) => {
    expect(marks(text)).toBe(expected);
  });
});
