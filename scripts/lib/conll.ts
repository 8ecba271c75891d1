/** CoNLL-2003 files as the tagger's trainer reads them (scripts/train-ner.ts): documents of sentences, IOB1 tags to BIO. */
import { readFileSync } from "node:fs";
import { TAGS } from "../../src/extract/entities/features.js";

/** Reads CoNLL (IOB1) documents: each a list of sentences of [word, tag]. */
export function readConll(path: string): [string, string][][][] {
  const documents: [string, string][][][] = [];
  let doc: [string, string][][] = [];
  let sentence: [string, string][] = [];
  const endSentence = (): void => {
    if (sentence.length > 0) doc.push(sentence);
    sentence = [];
  };
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const fields = line.trim().split(" ");
    if (fields[0] === "-DOCSTART-") {
      endSentence();
      if (doc.length > 0) documents.push(doc);
      doc = [];
    } else if (fields.length < 2) endSentence();
    else sentence.push([fields[0] as string, fields[fields.length - 1] as string]);
  }
  endSentence();
  if (doc.length > 0) documents.push(doc);
  return documents;
}

/** IOB1 → BIO: an I-X that does not continue an X starts one. */
export function toBio(tags: string[]): number[] {
  return tags.map((tag, i) => {
    if (tag === "O") return 0;
    const type = tag.slice(2);
    const previous = i > 0 ? (tags[i - 1] as string) : "O";
    const begins = tag.startsWith("B-") || previous.slice(2) !== type;
    return TAGS.indexOf(`${begins ? "B" : "I"}-${type}` as (typeof TAGS)[number]);
  });
}
