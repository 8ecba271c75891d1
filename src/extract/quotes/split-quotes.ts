/** Split quotes joined: `“We will,” he said, “win.”` is one quote in two parts. */
import { CLAUSE_CONJUNCTIONS, SPEAKER_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import type { Token } from "../../types.js";
import type { Analysed } from "./quote-analysis.js";

const MAX_BRIDGE_TOKENS = 40;
const BRIDGE_END = new Set([",", ".", ";", ":", "—", "–"]);

/** A word that may open a clause's subject: a determiner, a pronoun or a capitalized word. */
function opensSubject(t: Token | undefined): boolean {
  if (t === undefined || t.kind !== "word") return false;
  const w = t.text.toLowerCase();
  return SPEAKER_DETERMINERS.has(w) || SPEAKER_PRONOUNS.has(w) || /^\p{Lu}/u.test(t.text);
}

/**
 * Whether the words between an attribution and the next quote only finish the attribution's sentence
 * ("Calderon told CNBC Saturday." / "she said of the election, in which ..."), so the next quote goes on.
 */
function bridges(tokens: readonly Token[], from: number, to: number): boolean {
  if (to === from) return true;
  if (to < from || to - from > MAX_BRIDGE_TOKENS) return false;
  if (!BRIDGE_END.has((tokens[to - 1] as Token).text)) return false;
  for (let i = from; i < to - 1; i++) {
    // A sentence ending inside the bridge: the next quote is not part of this one's sentence pair.
    if (/^[.?!]$/.test((tokens[i] as Token).text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? "")) return false;
    // A new clause with its own subject ("…,” Ebeling said, and her husband cut in. “…”): someone else
    // may speak next. ", and has backed ..." goes on with the same speaker.
    if (
      (tokens[i] as Token).text === "," &&
      CLAUSE_CONJUNCTIONS.has(tokens[i + 1]?.text ?? "") &&
      opensSubject(tokens[i + 2])
    )
      return false;
  }
  return true;
}
/** Joins `“We will,” he said, “win.”` (and `… he said. “It’s going…”`) into one quote. */
export function mergeSplitQuotes(tokens: readonly Token[], analysed: Analysed[]): Analysed[] {
  const out: Analysed[] = [];
  for (const a of analysed) {
    const prev = out.at(-1);
    const last = prev?.parts.at(-1) ?? prev?.span;
    if (
      prev !== undefined &&
      last !== undefined &&
      prev.attributedAfter &&
      prev.attribution !== null &&
      prev.parts.length === 0 &&
      !a.partial &&
      a.paragraph === prev.paragraph &&
      (a.standalone ||
        (a.attribution !== null && a.attribution.cue?.first === prev.attribution.cue?.first)) &&
      bridges(tokens, prev.attribution.end, a.span.openToken)
    ) {
      prev.parts.push(a.span);
      continue;
    }
    out.push(a);
  }
  return out;
}
