import { describe, expect, it } from "vitest";
import { extractQuotes } from "../src/extract/quotes/index.js";
import { resolveQuotes } from "../src/resolve/speakers/resolve.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention, Quote } from "../src/types.js";
import { bodyOnlyDocument } from "./helpers/document.js";

function quotesOf(text: string, mentions: Mention[] = []): Quote[] {
  const d = bodyOnlyDocument(text);
  const split = splitDocument(d);
  return resolveQuotes(extractQuotes(d, split).quotes, split.tokens, split.sentences, mentions);
}

const direct = (text: string, mentions: Mention[] = []) => quotesOf(text, mentions).filter((q) => !q.partial);

describe("attribution patterns", () => {
  it.each([
    ["“We will win,” Smith said.", "We will win,", "Smith", "said"],
    ["“We will win,” said Smith.", "We will win,", "Smith", "said"],
    ["Smith said: “We will win.”", "We will win.", "Smith", "said"],
    ["Smith said, “We will win.”", "We will win.", "Smith", "said"],
    ["“We will win,” the senator added on Monday.", "We will win,", "the senator", "added"],
    ["Smith told reporters, stressing, “We will win.”", "We will win.", "Smith", "stressing"],
    ["According to Smith, “the plan is dead.”", null, null, null],
    ["“The plan is dead,” according to Smith.", "The plan is dead,", "Smith", null],
    [
      "Smith, who leads the group, said “We will win this fight.”",
      "We will win this fight.",
      "Smith",
      "said",
    ],
    ["“We will win,” Smith, who leads the group, said.", "We will win,", "Smith", "said"],
    ["“Nobody listens,” Democratic pollster Jane Roe said.", "Nobody listens,", "Jane Roe", "said"],
    ["“Nobody listens,” Rep. Jane Roe (D-Ore.) said Friday.", "Nobody listens,", "Rep. Jane Roe", "said"],
    ["“Nobody listens,” Mr. Doe of the Lumber Union said.", "Nobody listens,", "Mr. Doe", "said"],
    ["“Nobody listens!” a spokeswoman for the ministry said.", "Nobody listens!", "a spokeswoman", "said"],
    ["“Enough is enough,” the ministry said in a statement.", "Enough is enough,", "the ministry", "said"],
    ["“It is over.” ― Jane Roe", "It is over.", "Jane Roe", null],
    ["Smith points out: “Nobody wins a trade war.”", "Nobody wins a trade war.", "Smith", "points out"],
  ])("%s", (text, content, mention, cue) => {
    const found = direct(text);
    if (content === null) {
      expect(found).toEqual([]);
      return;
    }
    expect(found).toHaveLength(1);
    const q = found[0] as Quote;
    expect(q.text).toBe(content);
    expect(q.speaker.mention?.text ?? null).toBe(mention);
    expect(q.cue?.text ?? null).toBe(cue);
    expect(text.slice(q.start, q.end).startsWith("“")).toBe(true);
  });

  it("keeps offsets: every mention and cue slices back to its text", () => {
    const text = "Intro line.\n\n“We will,” Smith said, “win.” Then “it ends,” she added.";
    const found = quotesOf(text);
    const mentions = found.flatMap((q) => (q.speaker.mention ? [q.speaker.mention] : []));
    const cues = found.flatMap((q) => (q.cue ? [q.cue] : []));
    expect(mentions.map((m) => m.text)).toEqual(["Smith", "she"]);
    expect(cues.map((c) => c.text)).toEqual(["said", "added"]);
    for (const span of [...mentions, ...cues]) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe("partial quotes", () => {
  it.each([
    ["He thanked officials for the “constructive stances” they adopted.", "constructive stances", null],
    ["Smith said that “the plan is dead.”", "the plan is dead.", "Smith"],
    ["She called the plan “a disaster” for the region.", "a disaster", "She"],
    ["The plan was called “a disaster” for the region.", "a disaster", null],
    ["He said “no” to the deal.", "no", "He"],
  ])("%s", (text, content, mention) => {
    const found = quotesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]?.partial).toBe(true);
    expect(found[0]?.text).toBe(content);
    // A fragment of a reported statement, or labelled by its subject, has that speaker; others have none.
    expect(found[0]?.speaker.mention?.text ?? null).toBe(mention);
  });

  it("a short title-case quote alone in its paragraph is a heading, not speech", () => {
    const found = quotesOf("Text before.\n\n‘All Bets Are Off.’\n\nText after.");
    expect(found.map((q) => q.partial)).toEqual([true]);
  });
});

describe("quote marks", () => {
  it.each([
    ["straight double", '"We will win," Smith said.', "We will win,"],
    [
      "British single with apostrophes",
      "‘We won’t stop, and the voters’ choice is clear,’ Smith said.",
      "We won’t stop, and the voters’ choice is clear,",
    ],
    ["straight single", "'We will win,' Smith said.", "We will win,"],
    ["guillemets", "« We will win », Smith said.", "We will win"],
    ["nested", "“He told me ‘never again’ and left,” Smith said.", "He told me ‘never again’ and left,"],
    ["wrong-way curly opener", "”We will win,” Smith said.", "We will win,"],
    ["elided decade", "Back in the ‘90s it was calm.\n\n‘We will win,’ Smith said.", "We will win,"],
  ])("%s", (_name, text, content) => {
    const found = direct(text);
    expect(found.map((q) => q.text)).toEqual([content]);
    expect(found[0]?.speaker.mention?.text).toBe("Smith");
  });

  it("a quote split around its attribution is one quote", () => {
    const text = "“We will,” he said, “win.”";
    const found = quotesOf(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ start: 0, end: text.length, text: "We will, win.", partial: false });
    expect(found[0]?.cue?.text).toBe("said");
  });

  it("a second sentence after the attribution continues the quote", () => {
    const text = "“We will build it,” Smith told reporters on Monday. “It will be built.”";
    expect(quotesOf(text).map((q) => [q.start, q.end])).toEqual([[0, text.length]]);
  });

  it("a quote running over several paragraphs is one quote, reopened on each", () => {
    const text = "Smith said:\n\n“First part of it.\n\n“Second part of it.\n\n“Last part.”\n\nNarrative.";
    const found = quotesOf(text);
    expect(found).toHaveLength(1);
    const q = found[0] as Quote;
    expect(text.slice(q.start, q.end)).toBe("“First part of it.\n\n“Second part of it.\n\n“Last part.”");
    expect(q.text).toBe("First part of it.\n\nSecond part of it.\n\nLast part.");
    expect(q.speaker.mention?.text).toBe("Smith");
  });
});

describe("unbalanced marks", () => {
  it("an unclosed quote stops at its paragraph's end and is reported", () => {
    const text =
      "“We will win, Smith said in the hall.\n\nThe next paragraph is narrative.\n\n“Fine,” Doe said.";
    const d = bodyOnlyDocument(text);
    const { quotes, diagnostics } = extractQuotes(d, splitDocument(d));
    expect(diagnostics.some((x) => x.message.includes("never closed"))).toBe(true);
    for (const q of quotes) expect(text.slice(q.start, q.end)).not.toContain("next paragraph");
    expect(quotes.at(-1)?.text).toBe("Fine,");
  });

  it("a stray closing mark is reported and does not pair", () => {
    const text = "Prices rose” sharply.\n\n“Fine,” Doe said.";
    const d = bodyOnlyDocument(text);
    const { quotes, diagnostics } = extractQuotes(d, splitDocument(d));
    expect(diagnostics.some((x) => x.message.includes("without an opening"))).toBe(true);
    expect(quotes.map((q) => q.text)).toEqual(["Fine,"]);
  });

  it("stays bounded on 20,000 stray marks (speed is measured by npm run bench)", () => {
    for (const mark of ["“", '"', "‘", "”"]) {
      const text = `Start. ${`word ${mark}`.repeat(20000)}\n\nEnd “Fine,” Doe said.`;
      const d = bodyOnlyDocument(text);
      const { quotes, diagnostics } = extractQuotes(d, splitDocument(d));
      expect(diagnostics.length).toBeLessThanOrEqual(21);
      for (let i = 1; i < quotes.length; i++)
        expect(quotes[i]?.start).toBeGreaterThanOrEqual(quotes[i - 1]?.end ?? 0);
      expect(quotes.every((q) => !text.slice(q.start, q.end).includes("\n\n"))).toBe(true);
    }
  });

  it("handles a 3 MB line without punctuation", () => {
    const text = `“${"word ".repeat(600_000)}`;
    const d = bodyOnlyDocument(text);
    const { quotes } = extractQuotes(d, splitDocument(d));
    expect(quotes).toEqual([]);
  });
});
