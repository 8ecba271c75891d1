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
      "`“…,” the Acme spokesman said. “…,” he said`: the same spokesman, for the same organization",
      'Dana Whitlow chairs the board. "We are calm," Whitlow said. "Nothing has changed," the Acme spokesman said. "We expect no losses," he said.',
      { "Dana Whitlow": {}, Whitlow: { entity: "Dana Whitlow" }, Acme: { type: "organization" } },
      [
        ["Dana Whitlow", "Whitlow"],
        [null, "the Acme spokesman", "Acme"],
        [null, "he", "Acme"],
      ],
    ],
    [
      "`said a spokesman for Acme`: the organization named after the role",
      'Paul Lane chairs the board. "We are calm," Lane said. "Nothing has changed," said a spokesman for Acme. "We expect no losses," he said.',
      { "Paul Lane": {}, Lane: { entity: "Paul Lane" }, Acme: { type: "organization" } },
      [
        ["Paul Lane", "Lane"],
        [null, "a spokesman", "Acme"],
        [null, "he", "Acme"],
      ],
    ],
    [
      "guard: after an organization that speaks itself (`Acme said`) a `he said` is the person named",
      'Paul Lane chairs the board. "We are calm," Lane said. "Nothing has changed," Acme said. "We expect no losses," he said.',
      { "Paul Lane": {}, Lane: { entity: "Paul Lane" }, Acme: { type: "organization" } },
      [
        ["Paul Lane", "Lane"],
        [null, "Acme", "Acme"],
        ["Paul Lane", "he"],
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

describe("a statement that speaks is its named sender's", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Her statement said:` after the senator's sentence",
      'Senator Dana Whitlow answered her critics on Monday. Her statement said: "I have done nothing wrong."',
      { "Dana Whitlow": {} },
      [["Dana Whitlow", "Her statement"]],
    ],
    [
      "`Whitlow's letter … read:`",
      'The board met on Monday. Whitlow\'s letter to the board read: "I will not resign."',
      { Whitlow: { entity: "Dana Whitlow" }, "Dana Whitlow": {} },
      [["Dana Whitlow", "Whitlow's letter"]],
    ],
    [
      "`Reyes issued a statement …` then `“…,” the statement said`",
      'Governor Tom Reyes issued a statement on Friday. "The bridge will reopen in May," the statement said.',
      { "Tom Reyes": {} },
      [["Tom Reyes", "the statement"]],
    ],
    [
      "`Reyes later sent an email …` then `“…,” the email read`",
      'Tom Reyes spoke on Friday. Reyes later sent an email to staff. "Nobody will lose a job," the email read.',
      { "Tom Reyes": {}, Reyes: { entity: "Tom Reyes" } },
      [["Tom Reyes", "the email"]],
    ],
    [
      "`Acme Motors chief Jo Levant said in a statement …` then `“…,” the statement said`",
      'Acme Motors chief Jo Levant said in a statement the deal was important. "It opens a new market," the statement said.',
      { "Jo Levant": {}, "Acme Motors": { type: "organization" } },
      [["Jo Levant", "the statement"]],
    ],
    [
      "guard: `Levant was stepping down, Acme said in a statement.`: the firm's statement, not the person's",
      'Jo Levant was stepping down from his post, Acme said in a statement. "It would be unsuitable if he stayed," the statement said.',
      { "Jo Levant": {}, Acme: { type: "organization" } },
      [[null, "the statement"]],
    ],
    [
      "guard: `based on a report by committee staff`: no sender named",
      'The charges, made by Senator Jo Levant, were based on a report by committee staff. "Serious mistakes were made," the report said.',
      { "Jo Levant": {} },
      [[null, "the report"]],
    ],
    [
      "guard: `Tom Whitlow was sent an email …` names no sender",
      'Tom Whitlow was sent an email in May. "Every so often a hiker finds an arrow," the email explained.',
      { "Tom Whitlow": {} },
      [[null, "the email"]],
    ],
    [
      "guard: `Reyes's office fired off an email …`: the office's, not Reyes's",
      'Tom Reyes\'s office fired off an email on Friday. "We need every dollar," the email read.',
      { "Tom Reyes": {} },
      [[null, "the email"]],
    ],
    [
      "guard: an email sent to Reyes by nobody named: `the email` is not the recipient's",
      'An email reached Tom Reyes in May. "Every so often a hiker finds an arrow," the email read.',
      { "Tom Reyes": {} },
      [[null, "the email"]],
    ],
  ])("%s", (_label, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("a family named by its surname speaks as nobody one", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`The Whitlows told the paper` after `Ann and Tom Whitlow`: no organization",
      'Retired couple Ann and Tom Whitlow have mapped the arrows for years. The Whitlows told the Acme Daily: "We have found ninety so far."',
      { "Tom Whitlow": {}, "Acme Daily": { type: "organization" } },
      [[null, "The Whitlows"]],
    ],
    [
      "guard: `The Tremors said` with nobody named Tremor is a band",
      'The band played in Leeds on Friday. The Tremors said: "We will be back next year."',
      {},
      [[null, "The Tremors", "Tremors"]],
    ],
  ])("%s", (_label, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});

describe("an age noun is the person given that age", () => {
  it.each<[string, string, Tagged, Speaker[]]>([
    [
      "`Dunn, aged 57,` then `the 57-year-old said`",
      'Police held Ray Dunn on Monday. Tom Weir spoke to reporters. "He must pay," Weir said. Dunn, aged 57, appeared in court. "I did nothing," the 57-year-old said.',
      { "Ray Dunn": {}, Dunn: { entity: "Ray Dunn" }, "Tom Weir": {}, Weir: { entity: "Tom Weir" } },
      [
        ["Tom Weir", "Weir"],
        ["Ray Dunn", "the 57-year-old"],
      ],
    ],
    [
      "`Ray Dunn, who is 57,` then `the 57-year-old told the court`",
      'Ray Dunn, who is 57, appeared in court on Monday. Tom Weir spoke to reporters. "He must pay," Weir said. "I did nothing," the 57-year-old told the court.',
      { "Ray Dunn": {}, "Tom Weir": {}, Weir: { entity: "Tom Weir" } },
      [
        ["Tom Weir", "Weir"],
        ["Ray Dunn", "the 57-year-old"],
      ],
    ],
    [
      "`Ray Dunn, a 57-year-old driver,` then `the 57-year-old said`",
      'Ray Dunn, a 57-year-old driver, was fined. Tom Weir spoke to reporters. "He must pay," Weir said. "I did nothing," the 57-year-old said.',
      { "Ray Dunn": {}, "Tom Weir": {}, Weir: { entity: "Tom Weir" } },
      [
        ["Tom Weir", "Weir"],
        ["Ray Dunn", "the 57-year-old"],
      ],
    ],
    [
      "guard: `Dunn, aged 58,` is not `the 57-year-old`",
      'Ray Dunn, aged 58, was fined. Tom Weir spoke to reporters. "He must pay," Weir said. "I did nothing," the 57-year-old said.',
      { "Ray Dunn": {}, "Tom Weir": {}, Weir: { entity: "Tom Weir" } },
      [
        ["Tom Weir", "Weir"],
        ["Tom Weir", "the 57-year-old"],
      ],
    ],
  ])("%s", (_label, text, tagged, expected) => {
    expect(allSpeakers(text, tagged)).toEqual(expected);
  });
});
