/**
 * Words the tagger kept at the edges of a person's span that are no part of the name: at the end, a garment's noun
 * the name stands before ("voters with Bernie Sanders T-shirts"), a compound's participle glued by a hyphen ("the
 * Hilary Clinton-run State Department", "a Trump-backed candidate"); at the start, a subordinate clause's opener or
 * a main clause's ("If Trump wins", "Once Fox made it", "And Whitlow said": lexicon SUBORDINATORS,
 * SENTENCE_OPENERS). The mention keeps the name alone, so it joins the person's other mentions. Session 32, a
 * PolNeAR train read: each listed as a person of its own. Part of the per-document naming (index.ts).
 */
import { mentionAt } from "../../extract/mention.js";
import { SENTENCE_OPENERS, SUBORDINATORS } from "../../lexicon/clause-words.js";
import { GARMENT_NOUNS } from "../../lexicon/garment-nouns.js";
import type { Mention } from "../../types.js";

/** A participle or noun glued to a name by a hyphen: "-run", "-led", "-backed", "-era". */
const GLUED_PARTICIPLE =
  /-(?:run|led|backed|owned|funded|linked|appointed|nominated|era|style|inspired|allied)$/u;

/** The length of the mention's text without its trailing word, or the text's length when it has none to cut. */
function nameLength(m: Mention): number {
  const glued = GLUED_PARTICIPLE.exec(m.text);
  if (glued !== null && glued.index > 0) return glued.index;
  const space = m.text.lastIndexOf(" ");
  // A garment after a name of two words at least ("Bernie Sanders T-shirts"; "Dana Boots" is a name).
  if (space > 0 && m.text.indexOf(" ") < space && GARMENT_NOUNS.has(m.text.slice(space + 1).toLowerCase()))
    return space;
  return m.text.length;
}

/** The length of a clause's opener and its space before the name ("If " of "If Trump"), 0 for none. */
function openerLength(m: Mention): number {
  const space = m.text.indexOf(" ");
  if (space < 0) return 0;
  const first = m.text.slice(0, space);
  // (Or a number: "Hispanics 4 Trump" on a sign, a PolNeAR train story.)
  return SUBORDINATORS.has(first.toLowerCase()) || SENTENCE_OPENERS.has(first) || /^\d+$/u.test(first)
    ? space + 1
    : 0;
}

/** The mentions with each untitled person's non-name words at its edges cut off (the file's comment). */
export function withNameEdgesCut(mentions: Mention[]): Mention[] {
  let result: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person" || m.title !== undefined) continue;
    const from = openerLength(m);
    const length = nameLength(m);
    if (from === 0 && length === m.text.length) continue;
    result ??= mentions.slice();
    const kept = m.text.slice(from, length);
    const text = kept.trimStart();
    const start = m.start + from + (kept.length - text.length);
    result[i] = mentionAt(start, start + text.length, text, "person");
  }
  return result ?? mentions;
}
