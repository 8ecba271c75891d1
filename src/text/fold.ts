/** The text without its letters' accents ("López" → "Lopez"): the marks NFD splits off, dropped. */
export function withoutAccents(text: string): string {
  return text.normalize("NFD").replace(/\p{M}+/gu, "");
}

/** Lower case without accents or punctuation, for matching names typed by a user ("rouhani" = "Rouhani"). */
export function foldForMatch(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
