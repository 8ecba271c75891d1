/**
 * Session 28: peoples, nations and tribes are no people (resolve/names/peoples.ts)
 * (a probe of 18 invented 2018-20 wire and local stories: Canadian Press, AP, Reuters, CNW, PTI, AAP, AFP, New
 * Zealand and British 2004-05 styles). Invented names and text only.
 */
import { describe, expect, it } from "vitest";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument, peopleOf } from "./helpers/document.js";

/** Each mention of `word` (in any case) as "text/type". */
const readingsOf = (text: string, word: string): string[] => {
  const doc = bodyOnlyDocument(text);
  const { mentions } = nameDocument(doc, splitDocument(doc));
  return mentions
    .filter((m) => m.text.toLowerCase() === word.toLowerCase())
    .map((m) => `${m.text}/${m.type}`);
};

const QUOTE = ' "We waited long enough," said Opal Whitcomb.';

describe("peoples, nations and tribes are no people", () => {
  it.each([
    [`Maasai herders lost cattle. Wiradjuri elders said the river was sick.${QUOTE}`, ["Opal Whitcomb"]],
    [`The Lakota and Dakota people have lived along the river for centuries.${QUOTE}`, ["Opal Whitcomb"]],
    [`Samburu, Turkana and Borana communities are suffering too.${QUOTE}`, ["Opal Whitcomb"]],
    [`Hundreds of Yazidis went home this week. Many Yazidis remain in camps.${QUOTE}`, ["Opal Whitcomb"]],
    // A people's women, children, refugees (session 37).
    [`Nose rings are popular: many Tavrani women wear one.${QUOTE}`, ["Opal Whitcomb"]],
    [`Aid reached Tavrani refugees on Friday.${QUOTE}`, ["Opal Whitcomb"]],
    [`Ngāti Whakaue kaumātua Hemi Rangitaawa opened the hui.${QUOTE}`, ["Hemi Rangitaawa", "Opal Whitcomb"]],
    [
      `Artists will have a tent, and Acadian musicians will play on the Saturday night.${QUOTE}`,
      ["Opal Whitcomb"],
    ],
    // A person who bears the name keeps it; the people beside him is none.
    ["Dakota Reyes met Lakota elders on Friday. Dakota said the talks went well.", ["Dakota Reyes"]],
    // Guards: a leader's name before a noun of his followers; a year before a
    // surname ending in "s"; a firm counted in shares; a capitalized name that ends before "people".
    ["Whitlow supporters cheered as Dana Whitlow spoke.", ["Dana Whitlow"]],
    ["In 2019 Reyes won the seat. Reyes said the race was close.", ["Reyes"]],
    ["The abbey is old. In 412 Tavrinius founded it. Tavrinius was a monk.", ["Tavrinius"]],
    ["Will the Crazy Marlo people stay? asked Dana Whitlow.", ["Marlo", "Dana Whitlow"]],
  ])("%s", (text, people) => {
    expect(peopleOf(text)).toEqual(people);
  });
});

describe("a firm's name counted in shares stays the firm", () => {
  it("Tavris", () => {
    expect(
      readingsOf(
        "It gets options from Tavris Corp to buy 2,400,000 Tavris common shares, Dana Whitlow said.",
        "Tavris",
      ),
    ).toEqual(["Tavris/organization"]);
  });
});
