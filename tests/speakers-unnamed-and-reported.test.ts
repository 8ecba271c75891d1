/**
 * Speakers a careful reader gives (session 15): a "he said" after "He said NAME “…”" is the reporter, not NAME;
 * a "she said" after an unnamed person's statement is that person (nobody we name); an organization's "it" after
 * "…, said Acme News." is that organization. Every text here is invented for these tests.
 */
import { describe, expect, it } from "vitest";
import { resolvedQuotes, type Speaker, type Tagged } from "./helpers/speakers.js";

/** Every quote's speaker, partial ones too. */
function allSpeakers(text: string, tagged: Tagged): Speaker[] {
  return resolvedQuotes(text, tagged).map((q) => {
    const s: Speaker = [q.speaker.name, q.speaker.mention?.text ?? null];
    if (q.speaker.organization !== undefined) s.push(q.speaker.organization);
    return s;
  });
}

describe("a name right after a reporting verb with its own subject is the statement's topic", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`He said Roe “…”` then `“…”, he said`: the reporter",
      'Tomas Vedder runs the shelter board. "We were stunned by the fire," Vedder said. He said Karl Ost "has never set foot in the building." "We do not judge anyone" in the meetings, he said.',
      { "Tomas Vedder": {}, Vedder: { entity: "Tomas Vedder" }, "Karl Ost": {} },
      [
        ["Tomas Vedder", "Vedder"],
        ["Tomas Vedder", "He"],
        ["Tomas Vedder", "he"],
      ],
    ],
    [
      "`Vedder told Karl Ost …` then `“…,” he said`: the teller, not the one told",
      'Tomas Vedder met the mayor on Monday. Vedder told Karl Ost the plan would fail. "It cannot work without the river," he said.',
      { "Tomas Vedder": {}, Vedder: { entity: "Tomas Vedder" }, "Karl Ost": {} },
      [["Tomas Vedder", "he"]],
    ],
    [
      "guard: `“…,” said Karl Ost. “…,” he said`: the source after the statement speaks again",
      'The river rose overnight. "We lost the bridge," said Karl Ost. "It will take a year to rebuild," he said.',
      { "Karl Ost": {} },
      [
        ["Karl Ost", "Karl Ost"],
        ["Karl Ost", "he"],
      ],
    ],
  ])("%s", (_label, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a pronoun after an unnamed person's statement is that person", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`said the woman, who …` then `“…,” she said`: nobody named, not the woman named before",
      'Rhea Castell, a nurse, was at the station. "It was chaos," said Rhea Castell. At a kiosk nearby, a young cashier had heard the shouting. "People were running everywhere," said the woman, who asked not to be named. "Too much fear," she said.',
      { "Rhea Castell": {} },
      [
        ["Rhea Castell", "Rhea Castell"],
        [null, "the woman"],
        [null, "she"],
      ],
    ],
    [
      "the chain goes on: a second `she said` after the first, past a man named between",
      'Rhea Castell was there. "It was chaos," said Rhea Castell. "People ran," said the woman, who asked not to be named. "Too much fear," she said, blaming Otto Brandvik. "I blame the council," she said.',
      { "Rhea Castell": {}, "Otto Brandvik": {} },
      [
        ["Rhea Castell", "Rhea Castell"],
        [null, "the woman"],
        [null, "she"],
        [null, "she"],
      ],
    ],
    [
      "`“…,” one official said. “…,” he added`: the same official",
      'Governor Paul Pruitt spoke first. "We are ready," Pruitt said. "The roads are closed," one official said. "Nobody should drive tonight," he added.',
      { "Paul Pruitt": {}, Pruitt: { entity: "Paul Pruitt" } },
      [
        ["Paul Pruitt", "Pruitt"],
        [null, "one official"],
        [null, "he"],
      ],
    ],
    [
      "guard: a woman named between the unnamed speaker and `she said` is meant",
      'Rhea Castell was there. "It was chaos," said the woman at the kiosk. Nurse Ilse Marten had arrived by then. "We treated twenty people," she said.',
      { "Rhea Castell": {}, "Ilse Marten": {} },
      [
        [null, "the woman"],
        ["Ilse Marten", "she"],
      ],
    ],
    [
      "guard: a man's `he said` after `the woman` is not hers",
      'Otto Brandvik runs the kiosk. "It was chaos," said the woman. "We closed early," he said.',
      { "Otto Brandvik": {} },
      [
        [null, "the woman"],
        ["Otto Brandvik", "he"],
      ],
    ],
    [
      "guard: after a plural (`aides said`) a `he said` is the person named",
      'Senator Karl Ost left early. "He is tired," aides said. "I am fine," he said.',
      { "Karl Ost": {} },
      [
        [null, "aides"],
        ["Karl Ost", "he"],
      ],
    ],
  ])("%s", (_label, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("an organization's `it` after the sentence it is the source of", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`…, said Acme News.` then `“…”, it added`",
      'The border was quiet until noon. Shells fell near the posts, said Acme News. "Reckless acts deserve punishment", it added.',
      { "Acme News": { type: "organization" } },
      [[null, "it", "Acme News"]],
    ],
    [
      "guard: `…, said Rhea Castell.` then `“…”, it added`: no organization",
      'The border was quiet until noon. Shells fell near the posts of Acme News, said Rhea Castell. "Reckless acts deserve punishment", it added.',
      { "Acme News": { type: "organization" }, "Rhea Castell": {} },
      [[null, "it"]],
    ],
  ])("%s", (_label, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});
