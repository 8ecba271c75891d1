import { describe, expect, it } from "vitest";
import { makeDocument, textDocument } from "../src/corpus/read.js";
import { annotateDocument, annotateDocuments } from "../src/pipeline/annotate.js";
import { inProcessAnnotator } from "../src/pipeline/annotators.js";
import annotateBatch, { workOutcome } from "../src/pipeline/worker.js";
import type { Document } from "../src/types.js";

/**
 * Invented news texts of several shapes: a wire story, quotes, a headline, a sports line, a quoted headline that
 * attributes itself (headline-quotes.ts), no names at all.
 */
const TEXTS = [
  'ACME CUTS JOBS\n\nAcme Corp said on Tuesday it would cut 400 jobs. "We had no choice," chief executive Dana Whitlow told reporters.',
  "Mr Whitlow, 52, joined the board in 2019. He said the Icelandic president would visit Harlow next week.",
  'Rovers beat Corby Town 2-1. "It was a hard game," said Rovers manager Sam Okafor. Okafor added that the team would rest.',
  "prices rose slightly in quiet trading on the exchange.",
  "Hurricane Orla hit the coast on Monday. Orla brought heavy rain, officials said.",
  '"We will not back down," says union chief\n\nUnion chief Dana Whitlow led the march on Monday.',
  "",
];

const docs: Document[] = [
  ...TEXTS.map((text, i) => makeDocument(`d${i}.txt`, `d${i}.txt`, text)),
  // Read as a text file: its first line is the title, whose attributed quote only headline-quotes.ts reads.
  textDocument("h.txt", "h.txt", TEXTS[TEXTS.length - 2] as string),
];

describe("annotateDocuments (stage by stage over a batch)", () => {
  it.each(docs.map((doc, i) => [i, doc] as const))(
    "gives document %i annotateDocument's result, whatever its batch holds",
    (i, doc) => {
      const alone = annotateDocument(doc);
      const batched = annotateDocuments(docs);
      const reversed = annotateDocuments([...docs].reverse());
      expect(batched[i]).toEqual({ ok: true, result: alone });
      expect(reversed[docs.length - 1 - i]).toEqual({ ok: true, result: alone });
    },
  );

  it("gives a document that throws its error and the others their results", () => {
    const broken = { ...(docs[0] as Document), text: undefined as unknown as string };
    const thrown = (() => {
      try {
        annotateDocument(broken);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(thrown).toBeInstanceOf(Error);
    const outcomes = annotateDocuments([docs[1] as Document, broken, docs[2] as Document]);
    expect(outcomes[1]).toEqual({ ok: false, error: thrown });
    expect(outcomes[0]).toEqual({ ok: true, result: annotateDocument(docs[1] as Document) });
    expect(outcomes[2]).toEqual({ ok: true, result: annotateDocument(docs[2] as Document) });
  });

  it("gives a worker's batch each item's outcome as one item alone gets it", () => {
    const items = docs.map((doc) => ({ doc }));
    const options = { summarySentences: 3 };
    const batch = annotateBatch({ items, options, words: true });
    expect(batch).toEqual(items.map((item) => workOutcome(item, options, true, true)));
  });

  it.each([1, 3, docs.length])(
    "gives each of %i items asked of this thread's annotator at once what one item alone gets",
    async (count) => {
      const options = { summarySentences: 3 };
      const annotator = await inProcessAnnotator(options, true);
      const items = docs.slice(0, count).map((doc) => ({ doc }));
      const outcomes = await Promise.all(items.map((item) => annotator.annotate(item)));
      await annotator.close();
      expect(outcomes).toEqual(items.map((item) => workOutcome(item, options, false, true)));
    },
  );
});
