/**
 * A storm's name is no person or organization (extract/entities/storms.ts withoutStorms): the name with the
 * storm's word, the storm's word alone, and the given name alone anywhere in the document; nor a place when read
 * with the storm's word. Invented text only.
 */
import { describe, expect, it } from "vitest";
import { withoutStorms } from "../src/extract/entities/storms.js";
import { mentionAt } from "../src/extract/mention.js";
import { tokenize } from "../src/text/tokenize.js";
import type { Mention } from "../src/types.js";
import { parse, show } from "./helpers/marked-spans.js";

const TYPES = { PER: "person", ORG: "organization", LOC: "place", MISC: "person" } as const;

/** The marked spans as mentions ("[PER Mr Orla]": a person titled "Mr"), through withoutStorms, marked again. */
function kept(marked: string): string {
  const { text, spans } = parse(marked);
  const tokens = tokenize(text);
  const mentions: Mention[] = spans.map((span) => {
    const start = tokens[span.first]?.start as number;
    const end = tokens[span.end - 1]?.end as number;
    const m = mentionAt(start, end, text.slice(start, end), TYPES[span.label], text.slice(start, end));
    if (/^Mr\b/.test(m.text)) m.title = "Mr";
    return m;
  });
  withoutStorms(text, mentions);
  const left = new Set(mentions.map((m) => m.start));
  return show(
    text,
    spans.filter((span) => left.has(tokens[span.first]?.start as number)),
  );
}

describe("storms' names are dropped", () => {
  it.each([
    ["[PER Cyclone Orla] hit the coast.", "Cyclone Orla hit the coast."],
    ["Hurricane [PER Orla] hit [LOC Tarvenia].", "Hurricane Orla hit [LOC Tarvenia]."],
    [
      "Tropical Storm [PER Orla] grew. Later [PER Orla] turned north.",
      "Tropical Storm Orla grew. Later Orla turned north.",
    ],
    ["[ORG Typhoon Orla] struck. [PER Orla] left 40 dead.", "Typhoon Orla struck. Orla left 40 dead."],
    [
      "The [PER Cyclone] weakened after [PER Cyclone Orla] landed.",
      "The Cyclone weakened after Cyclone Orla landed.",
    ],
    // A storm's given name that is also a town's, read as a place after the storm's word.
    ["Hurricane [LOC Velda] hit [LOC Tarvenia].", "Hurricane Velda hit [LOC Tarvenia]."],
    ["[LOC Typhoon Velda] struck.", "Typhoon Velda struck."],
  ])("%s → %s", (marked, expected) => {
    expect(kept(marked)).toBe(expected);
  });
});

describe("guards: people, titled names and the word Storm alone stay", () => {
  it.each([
    ["[PER Orla Whitlow] said the storm was near.", "[PER Orla Whitlow] said the storm was near."],
    ["[PER Orla] said the storm was near.", "[PER Orla] said the storm was near."],
    ["[PER Storm] said she would stay.", "[PER Storm] said she would stay."],
    ["Hurricane [PER Orla] hit. [PER Mr Orla] spoke.", "Hurricane Orla hit. [PER Mr Orla] spoke."],
    ["[LOC Tarvenia] braced for the hurricane.", "[LOC Tarvenia] braced for the hurricane."],
    // A town named alone after its storm, and a town whose last word is a place's.
    [
      "Hurricane [LOC Velda] hit [LOC Velda], [LOC Tarvenia].",
      "Hurricane Velda hit [LOC Velda], [LOC Tarvenia].",
    ],
    ["[LOC Storm Lake] flooded.", "[LOC Storm Lake] flooded."],
  ])("%s → %s", (marked, expected) => {
    expect(kept(marked)).toBe(expected);
  });
});
