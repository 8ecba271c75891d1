/**
 * A title-case headline's words and a possessive's ending are no words of a person's name (resolve/names/
 * headline-words.ts; text written for these tests). Each row's people as the people count lists them.
 */
import { describe, expect, it } from "vitest";
import { withoutHeadlineWords } from "../src/resolve/names/headline-words.js";
import { withTranscriptLabels } from "../src/resolve/names/transcript-labels.js";
import type { Mention } from "../src/types.js";

describe("the span a person mention keeps (stage: withoutHeadlineWords)", () => {
  /** The person mention of `span` within `text`, through the stage: its text, or null when left out. */
  const kept = (text: string, span: string): string | null => {
    const start = text.indexOf(span);
    const mention: Mention = { start, end: start + span.length, text: span, type: "person", entity: span };
    const [out] = withoutHeadlineWords([mention], text);
    return out === undefined ? null : `${out.text}@${out.start - start}`;
  };
  it.each<[string, string, string | null]>([
    ["She told Acmefeed’s Whitlow she might run.", "’s Whitlow", "Whitlow@3"],
    ["She told Acmefeed's Whitlow she might run.", "'s Whitlow", "Whitlow@3"],
    ["Network Chief On Whitlow: No Fees", "On Whitlow", "Whitlow@3"],
    ["a talk with Acme Editor-in-Chief Dana Whitlow", "Editor-in-Chief Dana Whitlow", "Dana Whitlow@16"],
    ["Sergeant-at-Arms Omar Haddad", "Sergeant-at-Arms Omar Haddad", "Omar Haddad@17"],
    ["Senators For Dana Whitlow Rally", "For Dana Whitlow", "Dana Whitlow@4"],
    ["Whitlow Side Refusing To Meet Okafor", "Whitlow Side Refusing To Meet Okafor", null],
    // A byline's "By", a surname "To", a title of nobility's "Of", and a name alone stay as they are.
    ["By Dana Whitlow", "By Dana Whitlow", "By Dana Whitlow@0"],
    ["Premier To Hanh spoke.", "To Hanh", "To Hanh@0"],
    ["The Duke Of Marlowe Visits", "Duke Of Marlowe", "Duke Of Marlowe@0"],
    ["Dana Whitlow spoke.", "Dana Whitlow", "Dana Whitlow@0"],
  ])("%s (%s)", (text, span, expected) => {
    expect(kept(text, span)).toBe(expected);
  });
});

describe("two full names around a headline's ordinary word are two persons (stage: withoutHeadlineWords)", () => {
  /** The person mentions made of `span` within `text`: each text and its offset in the span. */
  const persons = (text: string, span: string): string[] => {
    const start = text.indexOf(span);
    const mention: Mention = { start, end: start + span.length, text: span, type: "person", entity: span };
    return withoutHeadlineWords([mention], text).map((m) => `${m.text}@${m.start - start}`);
  };
  it.each<[string, string, string[]]>([
    [
      "Dana Whitlow Endorses Gil Marsh.",
      "Dana Whitlow Endorses Gil Marsh",
      ["Dana Whitlow@0", "Gil Marsh@22"],
    ],
    ["Martin Pyle And Gil Marsh Clash", "Martin Pyle And Gil Marsh", ["Martin Pyle@0", "Gil Marsh@16"]],
    [
      "Former Morgan Senior Adviser Dana Whitlow said so.",
      "Morgan Senior Adviser Dana Whitlow",
      ["Dana Whitlow@22"],
    ],
    ["Martin Pyle Sheriff Gil Marsh said so.", "Martin Pyle Sheriff Gil Marsh", ["Gil Marsh@20"]],
    // A name word, a lone first name on one side, and a word no dictionary holds keep the run whole.
    ["Dana Wells Marsh spoke.", "Dana Wells Marsh", ["Dana Wells Marsh@0"]],
    ["Dana Whitlow Endorses Marsh.", "Dana Whitlow Endorses Marsh", ["Dana Whitlow Endorses Marsh@0"]],
    [
      "Dana Whitlow Quarsby Gil Marsh",
      "Dana Whitlow Quarsby Gil Marsh",
      ["Dana Whitlow Quarsby Gil Marsh@0"],
    ],
  ])("%s", (text, span, expected) => {
    expect(persons(text, span)).toEqual(expected);
  });
});

describe("an ordinary word before a name the document writes apart is no word of it (stage: withoutHeadlineWords)", () => {
  /** The person mentions of `spans` within `text` (a span listed twice: its next occurrence) through the stage. */
  const kept = (text: string, spans: string[]): string[] => {
    const seen = new Map<string, number>();
    const mentions = spans.map((span): Mention => {
      const start = text.indexOf(span, (seen.get(span) ?? -1) + 1);
      seen.set(span, start);
      return { start, end: start + span.length, text: span, type: "person", entity: span };
    });
    return withoutHeadlineWords(mentions, text).map((m) => m.text);
  };
  it.each<[string, string, string[], string[]]>([
    [
      "a headline's verb",
      "Why Voters Endorsed Whitlow.\n\nDana Whitlow won. Acme endorsed her.",
      ["Endorsed Whitlow", "Dana Whitlow"],
      ["Whitlow", "Dana Whitlow"],
    ],
    [
      "a headline's verb the body does not write",
      "Why Voters Endorsed Whitlow\n\nDana Whitlow won on Tuesday.",
      ["Endorsed Whitlow", "Dana Whitlow"],
      ["Whitlow", "Dana Whitlow"],
    ],
    [
      "a sentence's first word",
      "Unlike Whitlow, Gil Marsh stayed. Whitlow left, unlike him.",
      ["Unlike Whitlow", "Gil Marsh", "Whitlow"],
      ["Whitlow", "Gil Marsh", "Whitlow"],
    ],
    [
      "an adjective before a full name",
      "Mr Tireless Dana Whitlow ate. Dana Whitlow was tireless all week.",
      ["Tireless Dana Whitlow", "Dana Whitlow"],
      ["Dana Whitlow", "Dana Whitlow"],
    ],
    // Guards: the rest written by no other mention, a role or person noun, a first name, a title.
    [
      "the rest named nowhere else",
      "Endorsed Whitlow. Acme endorsed her.",
      ["Endorsed Whitlow"],
      ["Endorsed Whitlow"],
    ],
    [
      "a word the document writes capitalized only (a first name no list holds)",
      "Mitt Whitlow spoke. Whitlow left.",
      ["Mitt Whitlow", "Whitlow"],
      ["Mitt Whitlow", "Whitlow"],
    ],
    [
      "a title-case line's full name the document writes again",
      "Mitt Whitlow Wins Again\n\nMitt Whitlow won. Whitlow left.",
      ["Mitt Whitlow", "Mitt Whitlow", "Whitlow"],
      ["Mitt Whitlow", "Mitt Whitlow", "Whitlow"],
    ],
    [
      "a role noun",
      "Officer Whitlow spoke. Dana Whitlow left.",
      ["Officer Whitlow", "Dana Whitlow"],
      ["Officer Whitlow", "Dana Whitlow"],
    ],
    [
      "a first name",
      "Will Whitlow spoke. Dana Whitlow left.",
      ["Will Whitlow", "Dana Whitlow"],
      ["Will Whitlow", "Dana Whitlow"],
    ],
    [
      "a sentence of names, most of its longer words capitalized",
      "There she studied with Rem Whitlow, Dana Marsh and Gil Pyle.\nWhitlow left.",
      ["Rem Whitlow", "Dana Marsh", "Gil Pyle", "Whitlow"],
      ["Rem Whitlow", "Dana Marsh", "Gil Pyle", "Whitlow"],
    ],
    [
      "a name written twice, its last word by no other mention",
      "Home Whitlow said it would grow. Home Whitlow shares rose as home sales fell.",
      ["Home Whitlow", "Home Whitlow"],
      ["Home Whitlow", "Home Whitlow"],
    ],
    [
      "an organization's noun",
      "Bank Acmara raised rates. Acmara is the central bank.",
      ["Bank Acmara", "Acmara"],
      ["Bank Acmara", "Acmara"],
    ],
    [
      "a title",
      "Senator Whitlow spoke. Dana Whitlow left.",
      ["Senator Whitlow", "Dana Whitlow"],
      ["Senator Whitlow", "Dana Whitlow"],
    ],
  ])("%s", (_, text, spans, expected) => {
    expect(kept(text, spans)).toEqual(expected);
  });
});

describe("a transcript's speaker label in capitals is one person (stage: withTranscriptLabels)", () => {
  /** The person mention of `span` (its first occurrence in `text`) through the stage: its text. */
  const grown = (text: string, span: string): string => {
    const start = text.indexOf(span);
    const mention: Mention = { start, end: start + span.length, text: span, type: "person", entity: span };
    return (withTranscriptLabels(text, [mention])[0] as Mention).text;
  };
  it.each<[string, string, string]>([
    ["Why not?\n\nOMAR HADDAD: This is a man who said so.", "OMAR", "OMAR HADDAD"],
    ["OMAR J. HADDAD: We did.", "OMAR", "OMAR J. HADDAD"],
    // Not inside a line, not a name in mixed case, not without the label's colon.
    ["He said OMAR HADDAD: no.", "OMAR", "OMAR"],
    ["Why not?\n\nOmar HADDAD: This is a man.", "Omar", "Omar"],
    ["Why not?\n\nOMAR HADDAD said so.", "OMAR", "OMAR"],
  ])("%j (%s)", (text, span, expected) => {
    expect(grown(text, span)).toBe(expected);
  });
});

describe("a transcript's grown label holds the mentions inside it (stage: withTranscriptLabels)", () => {
  it("leaves out the surname's own mention", () => {
    const text = "Why not?\n\nOMAR HADDAD: We did.";
    const at = (name: string): Mention => {
      const start = text.indexOf(name);
      return { start, end: start + name.length, text: name, type: "person", entity: name };
    };
    expect(withTranscriptLabels(text, [at("OMAR"), at("HADDAD")]).map((m) => m.text)).toEqual([
      "OMAR HADDAD",
    ]);
  });
});
