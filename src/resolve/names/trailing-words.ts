/**
 * Words the tagger kept at the end of a person's span that are no part of the name: a garment's noun the name
 * stands before ("voters with Bernie Sanders T-shirts"), a compound's participle glued by a hyphen ("the Hilary
 * Clinton-run State Department", "a Trump-backed candidate"). The mention keeps the name alone, so it joins the
 * person's other mentions. Session 32, a PolNeAR train read: both listed as persons of their own. Part of the
 * per-document naming (index.ts).
 */
import { mentionAt } from "../../extract/mention.js";
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

/** The mentions with each untitled person's trailing non-name word cut off (the file's comment). */
export function withTrailingWordsCut(mentions: Mention[]): Mention[] {
  let result: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.type !== "person" || m.title !== undefined) continue;
    const length = nameLength(m);
    if (length === m.text.length) continue;
    result ??= mentions.slice();
    const text = m.text.slice(0, length);
    result[i] = mentionAt(m.start, m.start + length, text, "person");
  }
  return result ?? mentions;
}
