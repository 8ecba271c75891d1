/**
 * Names the document's own words show to be no person, or a person named another way (text written for these
 * tests): a reporter's credit after a video's title or "wrote from", a writer's note closing an opinion piece, a
 * span run on past "-led", a role noun opening a caption's name, a pet's and an award's name, a newspaper after
 * "the", a law, and a familiar first name for a formal one. Each row's people as the people count lists them.
 */
import { describe, expect, it } from "vitest";
import { withoutCredits } from "../src/resolve/names/credits.js";
import { nameMentions } from "../src/resolve/names/index.js";
import { personRule } from "../src/resolve/names/persons.js";
import { withoutPetsAndAwards } from "../src/resolve/names/pets-and-awards.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** The names among `names` (person mentions at their first occurrence) that the credit rules keep. */
function keptByCredits(text: string, names: string[]): string[] {
  const mentions = names.map((name): Mention => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, text: name, type: "person", entity: name };
  });
  return withoutCredits(text, mentions).map((m) => m.text);
}

describe("a reporter's credit without a sentence's end before it, or written from a place (stage: withoutCredits)", () => {
  it.each<[string, string[], string[]]>([
    [
      "Mayor Dana Whitlow said the airport would act. Hidden cameras show workers taking bags CNN's Omar Haddad contributed to this report.",
      ["Dana Whitlow", "Omar Haddad"],
      ["Dana Whitlow"],
    ],
    [
      "Rescuers said Tom Berg would live. CNN's Ruth Kessler reported from Lagos, and CNN's Omar Haddad wrote from Hong Kong.",
      ["Tom Berg", "Ruth Kessler", "Omar Haddad"],
      ["Tom Berg"],
    ],
    // An outlet's possessive in a sentence that goes on is no credit.
    [
      "He said CNN's Omar Haddad contributed to the debate with a sharp question on Monday, and others agreed.",
      ["Omar Haddad"],
      ["Omar Haddad"],
    ],
  ])("%s", (text, names, expected) => {
    expect(keptByCredits(text, names)).toEqual(expected);
  });
});

describe("a writer's note closing an opinion piece (stage: withoutCredits)", () => {
  it.each<[string, string[], string[]]>([
    [
      "Dana Whitlow spoke to the council on Monday.\n\nAppeasement does not work.\n\nMs. Ruth Kessler is director of a peace program at Acme University.",
      ["Dana Whitlow", "Ruth Kessler"],
      ["Dana Whitlow"],
    ],
    // A person the story named before is no writer.
    [
      "Ruth Kessler spoke to the council on Monday.\n\nShe left.\n\nMs. Ruth Kessler is director of a peace program at Acme University.",
      ["Ruth Kessler"],
      ["Ruth Kessler"],
    ],
    // Not the last paragraph: the story goes on.
    [
      "The council met on Monday.\n\nRuth Kessler is director of a peace program at Acme University.\n\nThe vote is due in May.",
      ["Ruth Kessler"],
      ["Ruth Kessler"],
    ],
  ])("%s", (text, names, expected) => {
    expect(keptByCredits(text, names)).toEqual(expected);
  });
});

describe("a name's span cut at a name adjective inside it, or opened by a role noun", () => {
  it.each([
    ["The Dana Whitlow-led Republican field met. Mr. Whitlow spoke.", ["Dana Whitlow"]],
    ["Pediatrician Halina Kowalczyk-Zieba said the cat helps.", ["Halina Kowalczyk-Zieba"]],
    ["Librarian Halina Kowalczyk-Zieba said so.", ["Halina Kowalczyk-Zieba"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a pet's or an award's name is no person, unless a person's full name holds it", () => {
  it.each([
    [
      "Caring cat Barnaby is the resident nurse at a shelter. Barnaby gives hugs, Dana Whitlow said.",
      ["Dana Whitlow"],
    ],
    [
      "Dana Whitlow presented the 12-time Zelda winner Ruth Kessler with an award. Zelda voters cheered.",
      ["Dana Whitlow", "Ruth Kessler"],
    ],
    ["The dog walker Dana Whitlow said the pony Whitlow ran.", ["Dana Whitlow"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a newspaper after “the”, a law and two places joined by a hyphen are no people", () => {
  it.each([
    [
      "The suit, which Dana Whitlow announced that day, was detailed in the Shelby Observer.",
      ["Dana Whitlow"],
    ],
    ["Dana Whitlow praised the Kessler Act.", ["Dana Whitlow"]],
    [
      "said Eric Whitlow, who chairs the department at the University of Idaho-Moscow, citing polls.",
      ["Eric Whitlow"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a familiar first name joins the full name with the formal one", () => {
  const rule = personRule(
    ["joseph r. haddad jr.", "joe", "joe haddad", "tom berg", "thomas okafor", "tim okafor"],
    {
      firstNames: true,
    },
  );
  it.each([
    ["joe", "joseph r. haddad jr."],
    ["joe haddad", "joseph r. haddad jr."],
    // Only the formal name it shortens: "Tom" is not "Tim".
    ["tim okafor", "tim okafor"],
    ["tom berg", "tom berg"],
  ])("%s → %s", (key, expected) => {
    expect(rule(key)).toBe(expected);
  });

  it("in a document, one entry", () => {
    expect(
      peopleOf("Joseph R. Haddad Jr. spoke. ''Joe considered himself the expert,'' an aide said."),
    ).toEqual(["Joseph R. Haddad"]);
  });
});

describe("a clipped first name joins the one full name it clips (persons.ts clippedNamesOf)", () => {
  it.each([
    [["nikolaj ehlers", "nik"], "nik", "nikolaj ehlers"],
    // Two full names it clips: it stays apart.
    [["alexandra reyes", "alexander berg", "alex"], "alex", "alex"],
    // Too short, or not two letters shorter than the full first word.
    [["eduardo vance", "ed"], "ed", "ed"],
    [["marko lind", "mark"], "mark", "mark"],
  ])("%j: %s → %s", (keys, key, expected) => {
    expect(personRule(keys, { firstNames: true })(key)).toBe(expected);
  });

  it("across a corpus (no first names), a clipped name stays apart", () => {
    expect(personRule(["nikolaj ehlers", "nik"], { firstNames: false })("nik")).toBe("nik");
  });

  it("in a document, one entry", () => {
    expect(
      peopleOf('Nikolaj Ehlers signed on Thursday. "Nik is a big part of this team," his coach said.'),
    ).toEqual(["Nikolaj Ehlers"]);
  });
});

describe("a person run into a club or a place that the document names alone is split off (stage: splitOrganizationRunOns)", () => {
  it.each([
    [
      "Hartwell United play Lakeside. Provisional squad: Berg, Whitlow, Hale. Lakeside Dana Whitlow and Tom Hale are available for the trip.",
      ["Dana Whitlow", "Tom Hale"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a relative's full name read as a firm or a place is a person (stage: relabelSurnames)", () => {
  /** The type each of `spans` ([text, type] at its first occurrence) ends with. */
  const typesOf = (text: string, spans: [string, Mention["type"]][]): string[] => {
    const mentions = spans.map(([name, type]): Mention => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type, entity: name };
    });
    const doc = bodyOnlyDocument(text);
    return nameMentions(mentions, text, splitDocument(doc).tokens).map((m) => `${m.text}|${m.type}`);
  };
  it.each<[string, [string, Mention["type"]][], string[]]>([
    [
      "Jeb Whitlow, the former governor, backed the plan, said Dana Whitlow.",
      [
        ["Jeb Whitlow", "organization"],
        ["Dana Whitlow", "person"],
      ],
      ["Jeb Whitlow|person", "Dana Whitlow|person"],
    ],
    // A first word that names a place stays the tagger's reading; so does a surname no person bears.
    [
      "Lincoln Whitlow opened on Friday, said Dana Whitlow.",
      [
        ["Lincoln Whitlow", "organization"],
        ["Dana Whitlow", "person"],
      ],
      ["Lincoln Whitlow|organization", "Dana Whitlow|person"],
    ],
    [
      "Jeb Whitlow opened on Friday, said Dana Kessler.",
      [
        ["Jeb Whitlow", "organization"],
        ["Dana Kessler", "person"],
      ],
      ["Jeb Whitlow|organization", "Dana Kessler|person"],
    ],
  ])("%s", (text, spans, expected) => {
    expect(typesOf(text, spans)).toEqual(expected);
  });
});

describe("a second draw's kinds: a coordinated first name of another full name, a thing named for a person, a credit filed from a city", () => {
  it.each([
    // "Hillary" opens another full name: hers, not "Hillary Varga"; "Donna" opens only the family's.
    [
      "Hillary Okafor spoke. The party will help not only Hillary and Tim Varga get elected.",
      ["Hillary Okafor", "Tim Varga"],
    ],
    ["Donna and Peter Marsh listened. Donna Marsh cried.", ["Donna Marsh", "Peter Marsh"]],
    ["In June he launched the Whitlow Shuttle, said Dana Whitlow.", ["Dana Whitlow"]],
    ["They watched the Jack Black movie, said Dana Whitlow.", ["Jack Black", "Dana Whitlow"]],
    ["Dana Whitlow told Kessler News in an interview that she would run.", ["Dana Whitlow"]],
    [
      'Members are "Latino, non-Latino, Mexican, non-Mexican, Caucasian," said Dana Whitlow.',
      ["Dana Whitlow"],
    ],
    [
      "Ruth Kessler said the forum went well. (Additional reporting by Ana Roe, Tom Berg and Lee Hale in Singapore and Omar Haddad in Beijing; Editing by Dana Whitlow)",
      ["Ruth Kessler"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a second reporter of a closing credit, from another place (stage: withoutCredits)", () => {
  it.each<[string, string[], string[]]>([
    [
      "Senator Dana Whitlow won the state by 12 points.\n\nKessler reported from Dayton, Ohio; Haddad, from Washington.",
      ["Dana Whitlow", "Kessler", "Haddad"],
      ["Dana Whitlow"],
    ],
    // Not after a credit: a sentence naming where a person came from.
    [
      "Dana Whitlow met the press; Haddad, from Washington, did not.",
      ["Dana Whitlow", "Haddad"],
      ["Dana Whitlow", "Haddad"],
    ],
  ])("%s", (text, names, expected) => {
    expect(keptByCredits(text, names)).toEqual(expected);
  });
});

describe("a place named for a family is no person (a venue's word after the name)", () => {
  it.each<[string, string[]]>([
    [
      "Ruth Kessler led the march. Her brothers joined the armed 2014 Kessler Ranch standoff in Nevada, others said.",
      ["Ruth Kessler"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("a one-word name counted with “a” that ends its phrase is a brand's or a shop's (stage: withoutPetsAndAwards)", () => {
  /** The names kept of `names` (person mentions at every occurrence in `text`). */
  const kept = (text: string, names: string[]): string[] => {
    const mentions: Mention[] = [];
    for (const name of names)
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length))
        mentions.push({ start: at, end: at + name.length, text: name, type: "person", entity: name });
    mentions.sort((a, b) => a.start - b.start);
    return [...new Set(withoutPetsAndAwards(text, mentions).map((m) => m.text))];
  };
  it.each<[string, string[], string[]]>([
    [
      "Homes with a Kestrel nearby cost more, Dana Whitlow said. Kestrel has cultivated its image.",
      ["Kestrel", "Dana Whitlow"],
      ["Dana Whitlow"],
    ],
    [
      "Towns with a Kestrel, a Marlowe’s and a corner shop did best, Dana Whitlow said. Marlowe fell.",
      ["Kestrel", "Marlowe", "Dana Whitlow"],
      ["Dana Whitlow"],
    ],
    // Before a noun it names what the person's name qualifies ("a Whitlow rally"); a full name keeps it a person's.
    ["A Whitlow rally drew crowds. Whitlow spoke.", ["Whitlow"], ["Whitlow"]],
    [
      "He was a Whitlow, and proud of it. Ben Whitlow agreed.",
      ["Whitlow", "Ben Whitlow"],
      ["Whitlow", "Ben Whitlow"],
    ],
  ])("%s", (text, names, expected) => {
    expect(kept(text, names)).toEqual(expected);
  });
});
