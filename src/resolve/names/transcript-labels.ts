/**
 * A transcript's speaker label ("DANA WHITLOW: Why not debate?") names one person, first name and surname, where
 * the tagger reads only the first word of the capitals: the mention grows to the label's colon, so that the
 * label's surname ("WHITLOW: ...") later joins it and no lone first name is listed. Part of the per-document
 * naming (index.ts). Session 13 FIT sample (seed 20261233): 1 of 212 listed people, a transcript's guest.
 */
import type { Mention } from "../../types.js";

/** One or two more words in capitals, then the label's colon. */
const LABEL_REST = /^(?: \p{Lu}[\p{Lu}'’.-]*){1,2}(?=:)/u;

/**
 * The mentions with each person that opens a line in capitals grown to the end of its speaker label, and the
 * mentions the grown label now holds left out.
 */
export function withTranscriptLabels(text: string, mentions: Mention[]): Mention[] {
  let grown: Mention[] | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || (m.start > 0 && text[m.start - 1] !== "\n") || /\p{Ll}/u.test(m.text))
      continue;
    if (!/\p{Lu}/u.test(m.text)) continue;
    const rest = LABEL_REST.exec(text.slice(m.end, m.end + 60));
    if (rest === null) continue;
    m.end += rest[0].length;
    m.text = text.slice(m.start, m.end);
    m.entity = m.text;
    grown ??= [];
    grown.push(m);
  }
  if (grown === null) return mentions;
  const labels = grown;
  return mentions.filter((o) => !labels.some((m) => m !== o && o.start >= m.start && o.end <= m.end));
}
