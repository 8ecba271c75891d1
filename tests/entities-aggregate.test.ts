/**
 * Grouping a document's mentions into entities (groupEntities) and a corpus's entities (EntityAggregator)
 * (split from entities.test.ts).
 */
import { describe, expect, it } from "vitest";
import { EntityAggregator } from "../src/aggregate/entities.js";
import { nameDocument } from "../src/pipeline/annotate.js";
import { groupEntities } from "../src/resolve/entities.js";
import { splitDocument } from "../src/text/split.js";
import type { Mention } from "../src/types.js";
import { documentOf } from "./helpers/document.js";

function mentionsOf(text: string): Mention[] {
  const doc = documentOf(text);
  return nameDocument(doc, splitDocument(doc)).mentions;
}

describe("groupEntities", () => {
  it("counts name mentions and demonyms of a country apart, and gives places their country", () => {
    const entities = groupEntities(
      mentionsOf("Iran said Iranian troops stayed home. Iran's army and Iranian police met in Tehran."),
    );
    expect(entities.find((e) => e.name === "Iran")).toMatchObject({ type: "country", count: 2, demonyms: 2 });
    expect(entities.find((e) => e.name === "Tehran")).toMatchObject({
      type: "place",
      count: 1,
      country: "Iran",
    });
    expect(entities.find((e) => e.name === "Georgia")).toBeUndefined();
  });

  it("gives the US state Georgia its country", () => {
    const entities = groupEntities(mentionsOf("He grew up in Atlanta, Georgia, before moving to Texas."));
    expect(entities.find((e) => e.name === "Georgia")).toMatchObject({
      type: "place",
      country: "United States",
    });
  });
});

describe("EntityAggregator", () => {
  const add = (aggregator: EntityAggregator, _id: string, text: string): void => {
    aggregator.addAnnotation({ mentions: mentionsOf(text) });
  };

  it("joins a surname across documents to the one full name of the corpus, and counts documents", () => {
    const aggregator = new EntityAggregator();
    add(aggregator, "a", "President Hassan Rouhani spoke in Tehran. Rouhani left.");
    add(aggregator, "b", "Officials in Tehran said on Monday that Rouhani would travel.");
    const result = aggregator.result();
    expect(result.find((e) => e.name === "Hassan Rouhani")).toMatchObject({ count: 3, documents: 2 });
    expect(result.find((e) => e.name === "Rouhani")).toBeUndefined();
    expect(result.find((e) => e.name === "Tehran")).toMatchObject({ count: 2, documents: 2 });
    expect(result[0]?.count).toBeGreaterThanOrEqual(result[result.length - 1]?.count ?? 0);
  });

  it("keeps a surname apart when the corpus has two people with it", () => {
    const aggregator = new EntityAggregator();
    add(aggregator, "a", "John Smith arrived in London on Monday.");
    add(aggregator, "b", "Mary Smith arrived in Paris on Monday.");
    add(aggregator, "c", "Smith declined to comment.");
    const people = aggregator
      .result()
      .filter((e) => e.type === "person")
      .map((e) => e.name);
    expect(people.sort()).toEqual(["John Smith", "Mary Smith", "Smith"]);
  });

  it("joins an acronym across documents to the one organization of the corpus it abbreviates", () => {
    const aggregator = new EntityAggregator();
    add(aggregator, "a", "The International Monetary Fund cut its forecast on Tuesday.");
    add(aggregator, "c", "The International Monetary Fund will meet in April.");
    add(aggregator, "b", "Economists said the IMF was too gloomy. NATO met in Brussels.");
    const organizations = aggregator.result().filter((e) => e.type === "organization");
    expect(organizations.find((e) => e.name === "International Monetary Fund")).toMatchObject({
      count: 3,
      documents: 3,
      aliases: expect.arrayContaining(["IMF"]),
    });
    expect(organizations.map((e) => e.name)).not.toContain("IMF");
    expect(organizations.map((e) => e.name)).toContain("NATO");
  });

  it("keeps an acronym apart from a long name of one other document on initials alone (a ticker, a namesake)", () => {
    const aggregator = new EntityAggregator();
    add(aggregator, "a", "The International Monetary Fund cut its forecast on Tuesday.");
    add(aggregator, "b", "Economists said the IMF was too gloomy.");
    const names = aggregator
      .result()
      .filter((e) => e.type === "organization")
      .map((e) => e.name);
    expect(names.sort()).toEqual(["IMF", "International Monetary Fund"]);
  });
});
