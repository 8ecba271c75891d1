/**
 * An acronym that keeps the initial of a name's small words ("Department of Justice" → "DOJ"): in a document and
 * over a corpus (resolve/names/acronym-names.ts, fullInitialsOf). Names invented.
 */
import { describe, expect, it } from "vitest";
import { EntityAggregator } from "../src/aggregate/entities.js";
import { organizationsOf } from "./helpers/document.js";
import { record } from "./helpers/entity-records.js";

describe("an acronym that keeps a small word's initial, in a document", () => {
  it.each<[string, string[]]>([
    [
      "The Bureau of Rail Safety warned of delays on Monday. The BORS said the warning would stand.",
      ["Bureau of Rail Safety: BORS, Bureau of Rail Safety"],
    ],
    [
      "The Ministry of Tides warned of flooding. The MOT said the warning would stand.",
      ["Ministry of Tides: MOT, Ministry of Tides"],
    ],
    // Guard: initials without the small words still join.
    [
      "The Bureau of Tides warned of flooding. The BT said the warning would stand.",
      ["Bureau of Tides: BT, Bureau of Tides"],
    ],
    [
      "The National Tide Board warned of flooding. The NTB said the warning would stand.",
      ["National Tide Board: NTB, National Tide Board"],
    ],
  ])("%s", (text, expected) => {
    expect(organizationsOf(text)).toEqual(expected);
  });
});

function entries(specs: readonly string[]): string[] {
  const aggregator = new EntityAggregator();
  aggregator.merge(specs.map(record));
  return aggregator.result().map((e) => `${e.name}/${e.type}/${e.count}/${e.documents}`);
}

describe("an acronym that keeps a small word's initial, over a corpus", () => {
  it.each([
    // A document joined them; elsewhere the acronym alone joins too.
    [["Bureau of Tides/organization/9/4/BOT", "BOT/organization/3/2"], ["Bureau of Tides/organization/12/6"]],
    // On initials alone, as for any acronym: the long name in two documents or more, and in as many as the acronym.
    [["Bureau of Tides/organization/9/4", "BOT/organization/3/2"], ["Bureau of Tides/organization/12/6"]],
    // Guard: not where the acronym is in more documents than a name no document joined it to (a ticker).
    [
      ["Bureau of Tides/organization/4/2", "BOT/organization/9/5"],
      ["BOT/organization/9/5", "Bureau of Tides/organization/4/2"],
    ],
    // Guard: a name spelling it without small words takes it first (two documents each).
    [
      ["Bank of Toland/organization/6/3", "Bay Orchard Trust/organization/5/3", "BOT/organization/2/2"],
      ["Bay Orchard Trust/organization/7/5", "Bank of Toland/organization/6/3"],
    ],
  ])("%j", (specs, expected) => {
    expect(entries(specs)).toEqual(expected);
  });
});
