const NON_ASCII = /[^\p{ASCII}]/u;

/** The text without its letters' accents ("López" → "Lopez"): the marks NFD splits off, dropped. */
export function withoutAccents(text: string): string {
  // ASCII has nothing to split off: most names, returned without the normalizer's copy and the marks' scan
  // (withoutAccents took 103 ms of a Reuters --jobs 1 profile from the lexicon persons' and names' keys).
  if (!NON_ASCII.test(text)) return text;
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Lower case without accents or punctuation, for matching names typed by a user ("whitlow" = "Whitlow"). */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
