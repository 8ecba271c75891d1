/** Endings that make a longer word of a whole one ("Bank" + "ers", "Ford" + "ham"): no clipping there
 * (resolve/names/clipped-names.ts). */
export const LONGER_WORD_ENDINGS: ReadonlySet<string> = new Set([
  "ers",
  "ing",
  "ham",
  "ton",
  "ley",
  "son",
  "man",
  "ville",
  "land",
]);
