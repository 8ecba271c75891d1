/**
 * Build-time code (scripts/pack-models.ts): the model's vocabulary, the words its identity features name, with each
 * word's rows made as a run would make them on the word's first sight (src/extract/entities/word-rows.ts, the same
 * code), for models/ner.pack.
 */
import { usesClusters, WINDOW, wordFeatureParts } from "../src/extract/entities/features.js";
import type { NameTable } from "../src/extract/entities/string-table.js";
import { identityPrefixes, OFFSETS, WordRows, wordRowsOf } from "../src/extract/entities/word-rows.js";

export interface PackedVocabulary {
  texts: string[];
  lowers: string[];
  rows: Int32Array;
  sums: Float32Array;
}

/** The keys after one of the prefixes, of the names that start with one, each once, in the names' order. */
function keysAfter(names: readonly string[], prefixes: ReadonlySet<string>): string[] {
  const keys = new Set<string>();
  for (const name of names)
    for (const prefix of prefixes) if (name.startsWith(prefix)) keys.add(name.slice(prefix.length));
  return [...keys];
}

/** The names of a word's features at every offset, less its written identity parts. */
function namesBesidesWritten(text: string, lower: string, written: ReadonlySet<string>): string {
  const names: string[] = [];
  for (const offset of WINDOW)
    wordFeatureParts(text, offset, lower, {
      add(prefix, source, from, to) {
        if (!(written.has(prefix) && source === text && from === 0 && to === source.length))
          names.push(prefix + source.slice(from, to));
      },
    });
  return names.join("\n");
}

/**
 * The vocabulary of a model (its weights, feature table and feature names), or null when a word's rows depend on
 * more than its text (a model with word clusters: they are not a source of the pack) or when the features of a
 * lower-case word besides its written identity ones depend on how its text is capitalized (a lower-case entry
 * stands for every capitalization the written table does not hold).
 */
export function vocabularyOf(
  all: Float32Array,
  features: NameTable,
  names: readonly string[],
): PackedVocabulary | null {
  if (usesClusters((name) => features.get(name) >= 0)) return null;
  const { written, lowered } = identityPrefixes();
  const texts = keysAfter(names, written);
  const lowers = keysAfter(names, lowered);
  for (const lower of lowers) {
    const plain = namesBesidesWritten(lower, lower, written);
    const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
    for (const variant of [capital, lower.toUpperCase()])
      if (variant.toLowerCase() === lower && namesBesidesWritten(variant, lower, written) !== plain)
        return null;
  }
  const table = new WordRows(all, new Float32Array(0), 1024);
  const rows = new Int32Array((texts.length + lowers.length) * OFFSETS);
  const nothing = { written: null, lowered: null };
  texts.forEach((text, i) => {
    wordRowsOf(table, all, features, null, text, text.toLowerCase(), nothing, rows, i * OFFSETS);
  });
  const besidesWritten = { written, lowered: null };
  lowers.forEach((lower, i) => {
    const at = (texts.length + i) * OFFSETS;
    wordRowsOf(table, all, features, null, lower, lower, besidesWritten, rows, at);
  });
  return { texts, lowers, rows, sums: table.data.slice(table.fixed, table.length) };
}
