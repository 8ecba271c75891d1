/**
 * Other countries' company forms ("NV", "SpA", "AB", "Bhd"), matched as written, join the name right before or
 * right after them, and a name ending in one is an organization (extract/entities/company-forms.ts
 * writtenFormsJoined). Invented text only.
 */
import { describe, expect, it } from "vitest";
import { writtenFormsJoined } from "../src/extract/entities/company-forms.js";
import { gazetteer } from "../src/extract/entities/gazetteer.js";
import { mentionAt } from "../src/extract/mention.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Mention } from "../src/types.js";
import { parse } from "./helpers/marked-spans.js";

const TYPES = { PER: "person", ORG: "organization", LOC: "place", MISC: "person" } as const;

/** The marked spans as mentions, through writtenFormsJoined, as "type:text" (line breaks shown as "/"). */
function joined(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  const mentions: Mention[] = spans.map((span) => {
    const start = tokens[span.first]?.start as number;
    const end = tokens[span.end - 1]?.end as number;
    return mentionAt(start, end, text.slice(start, end), TYPES[span.label], text.slice(start, end));
  });
  writtenFormsJoined(text, mentions, gazetteer());
  return mentions.map((m) => `${m.type}:${m.text.replace(/\n/g, "/")}`).join(" | ");
}

describe("a written company form joins the name beside it; a name ending in one is an organization", () => {
  it.each([
    ["[PER Zentrix] [ORG NV] said", "organization:Zentrix NV"],
    ["[LOC Harlow Mills] [LOC S.A.] said", "organization:Harlow Mills S.A."],
    ["the unit [ORG Harlow]\n[PER SpA] rose", "organization:Harlow/SpA"],
    ["[ORG AB] [ORG Tarvenia] said", "organization:AB Tarvenia"],
    ["[ORG NV] [PER Whitlow] said", "organization:NV Whitlow"],
    ["[PER Acme Bhd] said", "organization:Acme Bhd"],
    ["[LOC Tarvenia Pty] said", "organization:Tarvenia Pty"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});

describe("guards: a form beside no name, lower case or title-case words, English forms, other mentions", () => {
  it.each([
    ["[PER Dana Whitlow] of [LOC Calgary], [LOC AB], said", "person:Dana Whitlow | place:Calgary | place:AB"],
    ["[ORG Acme] and [ORG SA] said", "organization:Acme | organization:SA"],
    ["[LOC Harrogate] [LOC Spa] grew", "place:Harrogate | place:Spa"],
    ["[PER Dana Whitlow] [ORG Ltd] said", "person:Dana Whitlow | organization:Ltd"],
    ["[ORG Zentrix NV] said", "organization:Zentrix NV"],
    ["[PER Dana Whitlow] said [LOC Tarvenia] grew", "person:Dana Whitlow | place:Tarvenia"],
    ["[PER Dana Whitlow]\n\n[ORG NV] said", "person:Dana Whitlow | organization:NV"],
    ["[PER Dana Whitlow] of [LOC Edmonton] [LOC AB] said", "person:Dana Whitlow | place:Edmonton | place:AB"],
    ["she moved to [LOC Adelaide] [ORG SA] in May", "place:Adelaide | organization:SA"],
  ])("%j", (marked, expected) => {
    expect(joined(marked)).toBe(expected);
  });
});
