/**
 * resolve/names/topic-lists.ts: a web page's topic tags under the story ("Related Topics" on a line of its own
 * and the tags on short lines after it, or "Topics:" and the tags on its line) are no mentions of the story
 * (session 38). All names are invented.
 */
import { describe, expect, it } from "vitest";
import { withoutTopicLists } from "../src/resolve/names/topic-lists.js";
import type { Mention } from "../src/types.js";
import { LINEARITY_CPU_MS, withCpuMillis } from "./helpers/cpu-time.js";
import { peopleOf } from "./helpers/document.js";

const BODY = "The council voted 5-2 on Monday, said Mayor Tessa Colby of Harwick.\n\n";

describe("a page's topic tags are no people (topic-lists.ts)", () => {
  it.each([
    [`${BODY}Related Topics\nTessa Colby\nBrexit\nDana Whitlow`, ["Tessa Colby"]],
    [`${BODY}Tags: Dana Whitlow, Harwick council, budget`, ["Tessa Colby"]],
    [`${BODY}TOPICS\n\nDana Whitlow\nHarwick`, ["Tessa Colby"]],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("persons outside a topic list stay (topic-lists.ts)", () => {
  it.each([
    // A heading word in running text, not a line of its own.
    [`${BODY}Topics discussed by Dana Whitlow included the budget.`, ["Tessa Colby", "Dana Whitlow"]],
    // After the heading, a line of prose ends the list.
    [
      `${BODY}Related Topics\nDana Whitlow said the council would meet again in June to settle the budget.`,
      ["Tessa Colby", "Dana Whitlow"],
    ],
  ])("%s", (text, expected) => {
    expect(peopleOf(text)).toEqual(expected);
  });
});

describe("hostile topic lists stay linear (topic-lists.ts)", () => {
  it.each(["Tags\n", "Related Topics\nDana\n", "Topics: Dana, Kit\n"])("%j × 100,000", (unit) => {
    const text = unit.repeat(100_000);
    const mentions: Mention[] = [];
    for (
      let at = text.indexOf("Dana");
      at >= 0 && mentions.length < 50_000;
      at = text.indexOf("Dana", at + 4)
    )
      mentions.push({ start: at, end: at + 4, text: "Dana", type: "person", entity: "Dana" });
    const { result, cpuMillis } = withCpuMillis(() => withoutTopicLists(text, mentions));
    expect(result).toEqual([]);
    expect(cpuMillis).toBeLessThan(LINEARITY_CPU_MS);
  });
});
