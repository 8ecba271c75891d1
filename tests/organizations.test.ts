import { describe, expect, it } from "vitest";
import { EntityAggregator } from "../src/aggregate/entities.js";
import { parseHeader } from "../src/corpus/header.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { splitDocument } from "../src/text/split.js";
import type { Document } from "../src/types.js";

function documentOf(text: string, id = "-"): Document {
  const { date, headers, bodyStart } = parseHeader(text);
  return { id, path: id, text, date, headers, bodyStart, encoding: "utf-8" };
}

/** "name: alias, alias" of every organization of the texts taken as one corpus, sorted. */
function organizationsOf(...texts: string[]): string[] {
  const aggregator = new EntityAggregator();
  texts.forEach((text, i) => {
    const doc = documentOf(text, `doc${i}`);
    aggregator.addAnnotation(nameDocument(doc, splitDocument(doc)));
  });
  return aggregator
    .result()
    .filter((r) => r.type === "organization")
    .map((r) => `${r.name}: ${[...r.aliases].sort().join(", ")}`)
    .sort();
}

describe("organizations in modern news", () => {
  it.each<[string, string[]]>([
    // Canadian: a defined acronym makes the full name canonical; members and adjective join the party
    [
      "OTTAWA — The Conservative Party of Canada unveiled its platform on Monday. Conservatives said the plan would cut taxes. The Conservative leader spoke in Halifax. The Royal Canadian Mounted Police (RCMP) said it was investigating. Later, the RCMP said no charges would be laid. A Liberal MP said the Liberal Party would win.",
      [
        "Conservative Party of Canada: Conservative, Conservative Party of Canada, Conservatives",
        "Liberal Party: Liberal, Liberal Party",
        "Royal Canadian Mounted Police: RCMP, Royal Canadian Mounted Police",
      ],
    ],
    // US: a defined agency, its acronym alone later, a role noun alone is no organization
    [
      "WASHINGTON — The Federal Bureau of Investigation (FBI) opened an inquiry on Tuesday. The FBI declined to comment, and the company's CEO said she would co-operate.",
      ["Federal Bureau of Investigation: FBI, Federal Bureau of Investigation"],
    ],
    // British: short name, members and nickname of a party
    [
      "LONDON — The Labour Party won the seat. Labour MPs cheered, and Labour said the result was a verdict on the Conservative Party. The Tories said they would fight on.",
      ["Conservative Party: Conservative Party, Tories", "Labour Party: Labour, Labour Party"],
    ],
    // Canadian provincial members are people, not bodies
    [
      "TORONTO — An NDP MPP and a Green MLA from British Columbia spoke at the Ontario Legislature on Friday.",
      ["Green: Green", "NDP: NDP"],
    ],
  ])("%s", (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected);
  });

  it("joins an acronym alone in one document to the name another defines it for", () => {
    expect(
      organizationsOf(
        "The Royal Canadian Mounted Police (RCMP) opened an inquiry in Regina on Saturday.",
        "The RCMP said on Monday that no charges would be laid.",
      ),
    ).toEqual(["Royal Canadian Mounted Police: RCMP, Royal Canadian Mounted Police"]);
  });
});
