/**
 * Session 15: an abbreviated word that opens a name ("St.", "Mt.", "Ft."), read by the tagger as a span alone,
 * joins the name after it (abbreviated-openers.ts): on the tagger's spans as invented text shows them, and through
 * extractMentions. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { abbreviatedOpenerSpans } from "../src/extract/entities/abbreviated-openers.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show, trimmed } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, abbreviatedOpenerSpans(text, spans, tokens, tokens.length));
}

describe("a lone abbreviated opener joins the name after it", () => {
  it.each([
    // untagged words after it take the abbreviation's label
    ["moved to [LOC St.] Albury in 1990.", "moved to [LOC St. Albury] in 1990."],
    ["climbers on [LOC Mt.] Corvell Ridge died", "climbers on [LOC Mt. Corvell Ridge] died"],
    ["troops left [LOC Ft.] Harlow on Monday", "troops left [LOC Ft. Harlow] on Monday"],
    ["the plant at [LOC St.]\nAldwyn employs eight", "the plant at [LOC St.\nAldwyn] employs eight"],
    // the span after it keeps its own label; a MISC word takes the abbreviation's
    ["fans in [LOC St.] [LOC Corby] cheered", "fans in [LOC St. Corby] cheered"],
    ["[ORG St.] [PER Varnier] said in a statement", "[PER St. Varnier] said in a statement"],
    ["the old church of [LOC St.] [PER Orwin] in Harlow", "the old church of [PER St. Orwin] in Harlow"],
    ["[PER St.] [PER Varnier] said in a statement", "[PER St. Varnier] said in a statement"],
    ["shares of [ORG St.] [ORG Joby Gold Corp] rose", "shares of [ORG St. Joby Gold Corp] rose"],
    ["moved to [LOC St.] [MISC Albury] in 1990", "moved to [LOC St. Albury] in 1990"],
    // not alone, not followed by a name close by, in lower case, or not an abbreviation: unchanged
    ["[LOC St. Albury] is quiet", "[LOC St. Albury] is quiet"],
    ["the Main [LOC St.] bridge closed", "the Main [LOC St.] bridge closed"],
    ["near [LOC St.], Albury said", "near [LOC St.], Albury said"],
    ["at [LOC St.]\n\nAlbury Road", "at [LOC St.]\n\nAlbury Road"],
    ["at [LOC Corby] Albury Road", "at [LOC Corby] Albury Road"],
    ["the [LOC Mt] range", "the [LOC Mt] range"],
    // session 16: an untagged opener with its stop joins the span after it, a place unless an organization's
    ["the plant at Ste. [PER Therese] closed", "the plant at [LOC Ste. Therese] closed"],
    ["climbers on Mt. [PER Corvell] died", "climbers on [LOC Mt. Corvell] died"],
    ["Ste. [ORG Agathe Mills] said", "[ORG Ste. Agathe Mills] said"],
    // "St." may be a surname's word; a span already before the opener; no stop: unchanged
    ["[PER Dana] St. [PER Claire] said", "[PER Dana] St. [PER Claire] said"],
    ["[ORG Orlaine Ste.] [PER Therese] said", "[ORG Orlaine Ste.] [PER Therese] said"],
    ["the Ste [PER Therese] plant", "the Ste [PER Therese] plant"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});

describe('"Ste." keeps its stop as one token, as written only', () => {
  it.each([
    ["at Ste. Therese, Quebec", "at|Ste.|Therese|,|Quebec"],
    ["Stelco <STE.TO> rose", "Stelco|<|STE|.|TO|>|rose"],
  ])("%s → %s", (text, expected) => {
    expect(
      tokenize(text)
        .map((t) => t.text)
        .join("|"),
    ).toBe(expected);
  });
});

describe("a name's span never ends on a lower-case preposition (spans.ts trimSpan)", () => {
  it.each([
    ["Dana Whitlow of [LOC St. Corvel on] the coast", "Dana Whitlow of [LOC St. Corvel] on the coast"],
    ["[ORG Acme Mills in] Harlow", "[ORG Acme Mills] in Harlow"],
    // a preposition inside the name, or a capitalized one, stays
    ["[ORG Bank of Orlane] cut rates", "[ORG Bank of Orlane] cut rates"],
    ["[MISC On] the Road", "[MISC On] the Road"],
    ["[ORG Acme's] plant", "[ORG Acme]'s plant"],
  ])("%s → %s", (marked, expected) => {
    expect(trimmed(marked)).toBe(expected);
  });
});
