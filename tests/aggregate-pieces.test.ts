import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EntityAggregator, entityPieces } from "../src/aggregate/entities.js";
import { TermStatistics } from "../src/aggregate/terms.js";
import type { EntityRecord } from "../src/types.js";

/*
 * Aggregates folded in pieces (src/cli/pieces.ts) must equal the aggregate of the same documents added one
 * by one, in order: counts summed, and names, aliases, titles and countries in first-seen order, after a
 * round trip through the JSON a piece is kept as.
 */

const record = fc.record(
  {
    name: fc.constantFrom(
      "Ana Ruiz",
      "Ruiz",
      "Lyon",
      "Jordan",
      "IMF",
      "International Monetary Fund",
      "Democrats",
    ),
    type: fc.constantFrom("person", "place", "organization", "country"),
    count: fc.integer({ min: 1, max: 5 }),
    aliases: fc.uniqueArray(fc.constantFrom("Ana", "A. Ruiz", "Ruiz", "the Fund"), { maxLength: 3 }),
    demonyms: fc.integer({ min: 0, max: 2 }),
    titles: fc.uniqueArray(fc.constantFrom("President", "Ms", "Dr"), { maxLength: 2 }),
    country: fc.constantFrom("France", "Jordan"),
  },
  { requiredKeys: ["name", "type", "count", "aliases"] },
) as fc.Arbitrary<EntityRecord>;
const documents = fc.array(fc.array(record, { maxLength: 6 }), { maxLength: 12 });

/** Documents cut at the given places, each run of them one piece, kept as JSON and read back. */
function inPieces<T>(items: T[][], cuts: number[]): T[][][] {
  const at = [...new Set(cuts.map((c) => c % (items.length + 1)))].sort((a, b) => a - b);
  const pieces: T[][][] = [];
  let from = 0;
  for (const to of [...at, items.length]) {
    pieces.push(items.slice(from, to));
    from = to;
  }
  return pieces;
}

describe("aggregates folded in pieces", () => {
  it("entities: the same records, in the same order, as documents added one by one", () => {
    fc.assert(
      fc.property(documents, fc.array(fc.nat(20), { maxLength: 4 }), (docs, cuts) => {
        const whole = new EntityAggregator();
        for (const entities of docs) whole.addAnnotation({ entities });
        const folded = new EntityAggregator();
        for (const piece of inPieces(docs, cuts)) {
          const state = entityPieces.empty();
          for (const entities of piece) entityPieces.add(state, { annotation: { entities } });
          folded.merge(entityPieces.fromJSON(JSON.parse(JSON.stringify(entityPieces.toJSON(state)))));
        }
        // (Field order aside, which follows the documents' and which the outputs do not read: entityJson.)
        expect(folded.records()).toEqual(whole.records());
        expect(folded.result()).toEqual(whole.result());
      }),
    );
  });

  it("entities: the kept fold of the leading pieces (cli/pieces.ts), folded on, gives the documents' records", () => {
    fc.assert(
      fc.property(documents, fc.array(fc.nat(20), { maxLength: 4 }), (docs, cuts) => {
        const whole = new EntityAggregator();
        for (const entities of docs) whole.addAnnotation({ entities });
        const pieces = inPieces(docs, cuts).map((piece) => {
          const state = entityPieces.empty();
          for (const entities of piece) entityPieces.add(state, { annotation: { entities } });
          return entityPieces.fromJSON(JSON.parse(JSON.stringify(entityPieces.toJSON(state))));
        });
        const kept = entityPieces.empty();
        for (const piece of pieces.slice(0, -1)) entityPieces.merge(kept, piece);
        const folded = new EntityAggregator();
        folded.merge(entityPieces.fromJSON(JSON.parse(JSON.stringify(entityPieces.toJSON(kept)))));
        for (const piece of pieces.slice(-1)) folded.merge(piece);
        expect(folded.records()).toEqual(whole.records());
        expect(folded.result()).toEqual(whole.result());
      }),
    );
  });

  const words = fc.array(
    fc.array(
      fc.tuple(
        fc.constantFrom("lyon", "wheat", "the", "x", "grain", "bank", "2024"),
        fc.integer({ min: 1, max: 4 }),
      ),
      {
        maxLength: 5,
      },
    ),
    { maxLength: 12 },
  );

  it("terms: the same top terms, whatever the pieces, as all terms sorted", () => {
    fc.assert(
      fc.property(
        words,
        fc.array(fc.nat(20), { maxLength: 4 }),
        fc.integer({ min: 0, max: 8 }),
        (docs, cuts, n) => {
          const whole = new TermStatistics();
          for (const counts of docs) whole.add(new Map(counts));
          const folded = new TermStatistics();
          for (const piece of inPieces(docs, cuts)) {
            const state = new TermStatistics();
            for (const counts of piece) state.add(new Map(counts));
            folded.merge(JSON.parse(JSON.stringify(state.toJSON())));
          }
          expect(folded.top(n)).toEqual(whole.top(n));
          expect(folded.distinctTerms).toBe(whole.distinctTerms);
        },
      ),
    );
  });

  it.each([
    [
      3,
      [
        ["bb", 2],
        ["ab", 2],
        ["grain", 1],
        ["x", 9],
      ],
      ["ab", "bb", "grain"],
    ],
    [
      1,
      [
        ["bank", 1],
        ["wheat", 3],
      ],
      ["wheat"],
    ],
    [
      5,
      [
        ["the", 4],
        ["lyon", 1],
      ],
      ["lyon"],
    ],
  ] as const)("top %i of a document's counts: highest score first, ties by term", (n, counts, expected) => {
    const statistics = new TermStatistics();
    statistics.add(new Map(counts));
    expect(statistics.top(n, new Map(counts)).map((t) => t.term)).toEqual(expected);
  });
});
