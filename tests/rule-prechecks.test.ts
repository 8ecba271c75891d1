/**
 * Guards for the cheap checks that run before four resolve/names regexes (issue 15: they ran for every person
 * mention): the storm name's capitalized word before it (occasions.ts), "of" before a publication's name
 * (publication-issues.ts), a firm's noun before a name (firm-nouns.ts) and the first particle after a name
 * (particle-surnames.ts). Each row's answer is the one
 * the regex alone gave; names invented.
 */
import { describe, expect, it } from "vitest";
import { isStormName } from "../src/extract/entities/storms.js";
import { coordinatedNames } from "../src/resolve/names/coordinated-names.js";
import { withFirmNouns } from "../src/resolve/names/firm-nouns.js";
import { joinParticleSurnames } from "../src/resolve/names/particle-surnames.js";
import { withPublicationIssues } from "../src/resolve/names/publication-issues.js";
import type { Mention } from "../src/types.js";

/** A person mention of `name`, at its last occurrence in `text` (its first with `first`). */
function personAt(text: string, name: string, first = false): Mention {
  const start = first ? text.indexOf(name) : text.lastIndexOf(name);
  return { start, end: start + name.length, text: name, type: "person", entity: name };
}

describe("a storm's given name after its storm word", () => {
  it.each([
    ["The coast braced for Hurricane Velda", "Velda", true],
    ["Tropical Storm Velda weakened", "Velda", true],
    ["a post-Tropical Storm Velda", "Velda", true],
    // The word before is lower case, missing, or not a storm word.
    ["the hurricane hit Velda", "Velda", false],
    ["Velda", "Velda", false],
    [" Velda", "Velda", false],
    ["Governor Velda", "Velda", false],
    ["Storm-Velda", "Velda", false],
    // The word before runs past the 30 characters the rule reads: the part inside them is the word.
    ["Supercalifragilisticexpialidocioushurricane Velda", "Velda", false],
    ["xxxxxxxxxxxxxxxxxxxxxxxHurricane Velda", "Velda", false],
    ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxTropical Storm Velda", "Velda", true],
  ])("%s", (text, name, expected) => {
    expect(isStormName(text, personAt(text, name))).toBe(expected);
  });
});

describe("a name after a publication's number", () => {
  it.each([
    ["in the latest issue of Velda Hart", "Velda Hart", "organization"],
    ["the new edition  of\nVelda Hart", "Velda Hart", "organization"],
    ["the latest issues of  Velda Hart", "Velda Hart", "organization"],
    // Guards: no "of", "of" glued to a word, or no space before the name.
    ["the latest issue Velda Hart", "Velda Hart", "person"],
    ["the latest issue proof Velda Hart", "Velda Hart", "person"],
    ["the latest issue of'Velda Hart", "Velda Hart", "person"],
    ["the issue of Velda Hart", "Velda Hart", "person"],
  ])("%s", (text, name, expected) => {
    expect(withPublicationIssues(text, [personAt(text, name)])[0]?.type).toBe(expected);
  });
});

describe("a lower-case particle and surname after a name", () => {
  it.each([
    ["Karim al-Nasri said so.", "Karim", "Karim al-Nasri"],
    ["Rafael van der Meulen said so.", "Rafael", "Rafael van der Meulen"],
    ["Dana d'Albenzio said so.", "Dana", "Dana d'Albenzio"],
    // Guards: a verb, "st" of a scorecard, a comma, the text's end.
    ["Dana said Velda left.", "Dana", "Dana"],
    ["Amble st Ravindran 12", "Amble", "Amble"],
    ["Dana, van Meulen said.", "Dana", "Dana"],
    ["Dana van", "Dana", "Dana"],
    // Letters past ASCII: a word the codes cannot settle goes to the regex.
    ["Dana über Velda said so.", "Dana", "Dana"],
    ["Dana vanñ Velda said so.", "Dana", "Dana"],
    ["Dana van Élan said so.", "Dana", "Dana van Élan"],
  ])("%s", (text, name, expected) => {
    expect(joinParticleSurnames(text, [personAt(text, name, true)])[0]?.text).toBe(expected);
  });
});

describe("a name after a firm's bare noun", () => {
  it.each([
    ["Sales at retailer Tessaro fell.", "Tessaro", "organization"],
    ["Shares of car maker\nTessaro rose.", "Tessaro", "organization"],
    ["the drug-maker's subsidiary\tTessaro, which", "Tessaro", "organization"],
    // Guards: no white space before the name, a capitalized noun, another noun, the text's start.
    ["the subsidiary,Tessaro, said", "Tessaro", "person"],
    ["the Subsidiary Tessaro said", "Tessaro", "person"],
    ["the manager Tessaro said", "Tessaro", "person"],
    ["Tessaro said", "Tessaro", "person"],
    [" Tessaro said", "Tessaro", "person"],
  ])("%s", (text, name, expected) => {
    expect(withFirmNouns(text, [personAt(text, name, true)])[0]?.type).toBe(expected);
  });
});

describe("a first name coordinated with a full name", () => {
  it.each([
    ["Brian and Charlotte Whitlow came.", "Brian Whitlow"],
    ["Brian & Charlotte Whitlow came.", "Brian Whitlow"],
    // Guards: another gap's length, another word of that length.
    ["Brian  and Charlotte Whitlow came.", undefined],
    ["Brian or Charlotte Whitlow came.", undefined],
    ["Brian with Charlotte Whitlow came.", undefined],
  ])("%s", (text, expected) => {
    const persons = [personAt(text, "Brian", true), personAt(text, "Charlotte Whitlow")];
    expect(coordinatedNames(text, persons)?.get(persons[0] as Mention)).toBe(expected);
  });
});
