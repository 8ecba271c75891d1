/**
 * Session 24: a town's bare name before a post of its club's player or staff ("Rochdale manager", "the Harrogate
 * striker") is the club (club-roles.ts). On the tagger's spans as invented text shows them. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { clubRoleSpans } from "../src/extract/entities/club-roles.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, clubRoleSpans(spans, tokens, 0, tokens.length, gazetteer()));
}

describe("a town before a club's post is the club", () => {
  it.each([
    ["Rochdale manager [PER Dana Whitlow] said", "[ORG Rochdale] manager [PER Dana Whitlow] said"],
    [
      "[MISC Harrogate] striker [PER Dana Whitlow] was booked",
      "[ORG Harrogate] striker [PER Dana Whitlow] was booked",
    ],
    [
      "[PER Dana Whitlow], the [LOC Rochdale] captain, said",
      "[PER Dana Whitlow], the [ORG Rochdale] captain, said",
    ],
    ["The [LOC Stockport] boss was furious", "The [ORG Stockport] boss was furious"],
    ["the [PER Dagenham] keeper saved it", "the [ORG Dagenham] keeper saved it"],
    // Guards: a country or a US state (national and state sides read as the place); a big city before a post a
    // firm's branch has too; a town before no post; a longer name the tagger read; a club already read.
    ["[LOC England] striker [PER Dana Whitlow] scored", "[LOC England] striker [PER Dana Whitlow] scored"],
    ["[LOC Texas] quarterback [PER Dana Whitlow] threw", "[LOC Texas] quarterback [PER Dana Whitlow] threw"],
    ["its [LOC Tokyo] manager [PER Dana Whitlow] said", "its [LOC Tokyo] manager [PER Dana Whitlow] said"],
    ["the [LOC Rochdale] plant manager said", "the [LOC Rochdale] plant manager said"],
    ["the [ORG Rochdale Acme] manager said", "the [ORG Rochdale Acme] manager said"],
    ["[ORG Preston] striker [PER Dana Whitlow] scored", "[ORG Preston] striker [PER Dana Whitlow] scored"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
