/**
 * Quotes in house styles the tool was not tuned on (British single quotes and '' marks, European dash quotes,
 * guillemets and „German“ marks, multi-paragraph statements, fragments with an explicit attribution, two speakers
 * in one paragraph; text written for these tests): each quote ends at its own mark and has the phrase that
 * attributes it.
 */
import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { splitDocument } from "../src/text/split.js";
import { bodyOnlyDocument } from "./helpers/document.js";

/**
 * Each quote as "text | speaker phrase | cue" (the text's paragraph breaks as spaces), with "(p)" before a partial
 * one; "-" for none.
 */
function quotes(text: string): string[] {
  const doc = bodyOnlyDocument(text);
  return extractQuotes(doc, splitDocument(doc)).quotes.map(
    (q) =>
      `${q.partial ? "(p) " : ""}${q.text.replace(/\s+/g, " ")} | ${q.speakerPhrase?.text ?? "-"} | ${q.cue?.text ?? "-"}`,
  );
}

describe("delimiters of other styles", () => {
  it.each<[string, string, string[]]>([
    [
      "two apostrophes for a double mark",
      "Local Government Minister Nick Raynsford spoke.\n\n''This is a fair settlement,'' he said.",
      ["This is a fair settlement, | he | said"],
    ],
    [
      "two apostrophes opening after a colon",
      "Help the Aged spokeswoman Joan Harris said: ''Pensioners are being squeezed.''",
      ["Pensioners are being squeezed. | Joan Harris | said"],
    ],
    [
      "a doubled apostrophe inside a word is no mark",
      "The company''s shares rose. ''We are pleased,'' said Ann Lee.",
      ["We are pleased, | Ann Lee | said"],
    ],
    [
      "dash quotes, each paragraph attributed after a comma",
      "The village was quiet.\n\n— We waited ten years for this, said Ana Petrovic, a teacher.\n\n— Nobody helped us, said her husband.",
      ["We waited ten years for this | Ana Petrovic | said", "Nobody helped us | her husband | said"],
    ],
    [
      "a dash quote attributed after a second dash",
      "— We will rebuild the school — Ivan Horvat said.",
      ["We will rebuild the school | Ivan Horvat | said"],
    ],
    [
      "guillemets",
      "Union leader Laurent Bergeron said: « We will continue to strike. »",
      ["We will continue to strike. | Laurent Bergeron | said"],
    ],
    [
      "German low-high marks",
      "„Europe must speak with one voice“, Kessel said at a press conference.",
      ["Europe must speak with one voice | Kessel | said"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    [
      "a Canadian 'With files from' line",
      "Ford spoke on Tuesday.\n\n— With files from Paul Varela in Ottawa",
    ],
    ["a tweet's signature", "Proud of my colleagues today.\n\n— Maria Lopez (@mlopez) May 3, 2019"],
    ["a wire's closing dash", "The utility apologised.\n\n- News24"],
    ["a dash line with no attribution", "— Where were you, Marko? Nobody knows."],
  ])("a dash that opens no quote: %s", (_, text) => {
    expect(quotes(text)).toEqual([]);
  });
});

describe("statements over paragraphs and past apostrophes", () => {
  it.each<[string, string, string[]]>([
    [
      "a British statement reopened in the next paragraph, a possessive inside it",
      "The Tory leader told activists in Dover: 'Labour have lost control. The Tories' plan will restore order.\n\n'We will set an annual limit. It's common sense.'\n\nThe crowd cheered.",
      [
        "Labour have lost control. The Tories' plan will restore order. We will set an annual limit. It's common sense. | The Tory leader | told",
      ],
    ],
    [
      "a fragment closed by a possessive-like mark before a new quote",
      "He praised the 'yes men' today.\n\n'We need more,' he said.",
      // (The fragment is the subject's since session 14: a verb of praise reports its quoted object.)
      ["(p) yes men | He | praised", "We need more, | he | said"],
    ],
    [
      "a Canadian statement over three paragraphs",
      'Premier Jason Kenning spoke. "We are going to reduce wait times," Kenning said. "That is our first priority.\n\n"We will hire more nurses.\n\n"And we will do it without raising taxes."\n\nNotley disagreed.',
      [
        "We are going to reduce wait times, That is our first priority. We will hire more nurses. And we will do it without raising taxes. | Kenning | said",
      ],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});

describe("attributions in other styles", () => {
  it.each<[string, string, string[]]>([
    [
      "a colon attribution after another speaker's quote in the same sentence",
      'Mayor Graham Tory said the budget was balanced. "We have held the line," Tory said, while Councillor Kristyn Lau-Tam disagreed: "This budget cuts services to the bone."',
      [
        "We have held the line, | Tory | said",
        "This budget cuts services to the bone. | Councillor Kristyn Lau-Tam | -",
      ],
    ],
    [
      "a fragment after 'According to X,'",
      'According to Freeland, the U.S. side had been "constructive."',
      ["(p) constructive. | Freeland | -"],
    ],
    [
      "a fragment after a labelling verb",
      'Opposition leader Andrea Harwick called the plan a "rehash" of old promises.',
      ["(p) rehash | Andrea Harwick | called"],
    ],
    [
      "'what X termed'",
      'He disagreed with what the minister termed "a grossly exaggerated claim" on rates.',
      ["(p) a grossly exaggerated claim | the minister | termed"],
    ],
    [
      "two fragments of one speaker joined by 'and said'",
      'Budget chief Gary Crawford called the budget "responsible and fair," and said he was "proud of the work."',
      ["(p) responsible and fair, | Gary Crawford | called", "(p) proud of the work. | Gary Crawford | said"],
    ],
    [
      "a reported statement's fragment past a possessive",
      "Home Secretary Charles Clayton said the Conservatives' policy was 'unworkable', adding: 'It would damage the economy.'",
      [
        "(p) unworkable | Home Secretary Charles Clayton | said",
        "It would damage the economy. | Home Secretary Charles Clayton | adding",
      ],
    ],
    [
      "Kenyan style: a participle after a fragment, then an unusual reporting verb",
      'But Senator James Okwaro dismissed the pledge as "empty talk," saying the government had failed.\n\n"Where are the laptops?" Okwaro posed.',
      ["(p) empty talk, | Senator James Okwaro | dismissed", "Where are the laptops? | Okwaro | posed"],
    ],
    [
      "Nigerian style: a spokesman named inside a relative clause",
      'Amadi, who spoke through his Chief Press Secretary, Kelechi Ebere, said: "Any station found hoarding fuel will be sealed."',
      ["Any station found hoarding fuel will be sealed. | Amadi | said"],
    ],
    [
      "Indian style: a post-posed name with its office",
      'The government will open 100 colleges. "Our aim is a college in every district," said Dr. Harsh Vardhan, Minister of Health.',
      ["Our aim is a college in every district, | Dr. Harsh Vardhan | said"],
    ],
    [
      "1960s style: a married woman's title",
      'Mrs. John Smith addressed the council. "We have worked for this day for ten years," Mrs. Smith said.',
      ["We have worked for this day for ten years, | Mrs. Smith | said"],
    ],
  ])("%s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    [
      "a thing named with 'called'",
      'Acme said it launched a service from Europe called "Quick Call USA."',
      // (A name in title case after "called" is nobody's words since session 15: tests/quotes-quoted-names.)
      ["(p) Quick Call USA. | - | -"],
    ],
    ["a passive 'was called'", 'The plan was called "a rehash" by critics.', ["(p) a rehash | - | -"]],
    [
      "a plural noun 'terms'",
      'Baker said the terms that Hughes proposed were "more burdensome" than before.',
      ["(p) more burdensome | Baker | said"],
    ],
  ])("no labeller: %s", (_, text, expected) => {
    expect(quotes(text)).toEqual(expected);
  });
});
