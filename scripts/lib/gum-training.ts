/**
 * GUM's training side for the tagger's trainer (scripts/train-ner.ts): the redistributable genres' name spans
 * (scripts/lib/gum-ner.ts) as BIO tags, one list of sentences a document.
 */
import { TAGS } from "../../src/extract/entities/features.js";
import {
  GUM_MISC,
  type NameSpan,
  nameSpans,
  REDISTRIBUTABLE_GENRES,
  readGum,
  tokenizeGum,
} from "./gum-ner.js";

/** BIO tag indices (into TAGS) of every token of the document. */
export function bioTags(tokenCount: number, spans: readonly NameSpan[]): number[] {
  const tags = new Array<number>(tokenCount).fill(0);
  for (const span of spans) {
    tags[span.first] = TAGS.indexOf(`B-${span.label}`);
    for (let i = span.first + 1; i < span.end; i++) tags[i] = TAGS.indexOf(`I-${span.label}`);
  }
  return tags;
}

/** Training sentences (token texts and BIO tag indices) of the redistributable GUM genres, one list a document. */
export function gumTrainingDocuments(path: string): { words: string[]; tags: number[] }[][] {
  return readGum(path)
    .filter(
      (doc) =>
        REDISTRIBUTABLE_GENRES.has(doc.genre) && !(process.env.GUM_SKIP ?? "").split(",").includes(doc.genre),
    )
    .map((doc) => {
      const gum = tokenizeGum(doc.text);
      const tags = bioTags(gum.tokens.length, nameSpans(doc, gum, GUM_MISC));
      return gum.sentences.map(([first, end]) => ({
        words: gum.tokens.slice(first, end).map((token) => token.text),
        tags: tags.slice(first, end),
      }));
    });
}
