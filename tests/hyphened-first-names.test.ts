/**
 * Session 14: a hyphened first name no list knows, read alone as an organization or a place, and the untagged
 * name word after it are one person (hyphened-first-names.ts). On the tagger's spans as invented text shows them.
 * Invented text only.
 */
import { describe, expect, it } from "vitest";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { hyphenedFirstNameSpans } from "../src/extract/entities/hyphened-first-names.js";
import { tokenize } from "../src/text/tokenize.js";
import { parse, show } from "./helpers/marked-spans.js";

function read(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  return show(text, hyphenedFirstNameSpans(text, spans, tokens, tokens.length, gazetteer()));
}

describe("a hyphened first name no list knows", () => {
  it.each([
    ["[ORG Tavoru-Ilke] Menzaghi won the title.", "[PER Tavoru-Ilke Menzaghi] won the title."],
    ["said [LOC Nkiru-Oyelo] Abenova on Friday", "said [PER Nkiru-Oyelo Abenova] on Friday"],
    // a part or the next word some list knows, a capitalized word after, or a span after: no person
    ["[ORG Tavoru-Zentrix] Bottling rose", "[ORG Tavoru-Zentrix] Bottling rose"],
    ["[LOC Tavoru-Bavaria] Menzaghi said", "[LOC Tavoru-Bavaria] Menzaghi said"],
    ["[ORG Tavoru-Ilke] Menzaghi Arena opened", "[ORG Tavoru-Ilke] Menzaghi Arena opened"],
    ["[ORG Tavoru-Ilke] [PER Menzaghi] said", "[ORG Tavoru-Ilke] [PER Menzaghi] said"],
    ["[ORG Tavoru-Ilke] Airport closed", "[ORG Tavoru-Ilke] Airport closed"],
  ])("%s → %s", (marked, expected) => {
    expect(read(marked)).toBe(expected);
  });
});
