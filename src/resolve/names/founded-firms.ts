/**
 * A name the text says was founded is a firm or a body, in every untitled mention: the object of "founded"
 * ("Dana Whitlow founded Kessel in 1985", "co-founded Gadsby with two friends") or the subject of a passive
 * ("Quentin was founded in 1972", "Kessel, founded in 1985,", "Kessel, which was founded by"). A person founds;
 * no person is founded. This settles a firm named by a one-word surname or first name when its founder is named
 * far from it (note19, note20: "a founder far from his firm"); the founder keeps his name, since "founded" comes
 * after him. A marked mention of the name keeps a person's (person-marks.ts: a title, an age, "who"). Invented
 * business and fashion texts: 2 of 2 such firms listed as people at 424e972; Reuters bench: no such person.
 */
import type { Mention } from "../../types.js";
import { withRetypedFirms } from "./retyped-organizations.js";

/** "founded " or "co-founded " right before the name. */
const FOUNDED_BEFORE = /(?:^|[^\p{L}-])(?:co-?)?founded\s+$/u;
/** A passive "founded" right after the name: ", founded in/by", " was founded", ", which was first founded". */
const FOUNDED_AFTER =
  /^(?:,\s+(?:co-?)?founded\s+(?:in|by)\b|(?:,\s+which)?\s+(?:was|is|had\s+been|has\s+been)\s+(?:(?:originally|first|jointly)\s+)?(?:co-?)?founded\b)/u;

function isFounded(text: string, m: Mention): boolean {
  if (FOUNDED_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) {
    // "founded Whitlow's first shop": the possessive's noun is what was founded.
    const next = text.charCodeAt(m.end);
    return next !== 39 && next !== 0x2019;
  }
  return FOUNDED_AFTER.test(text.slice(m.end, m.end + 48));
}

/** The mentions, in place, with each person the text says was founded, and its namesakes, organizations. */
export function withFoundedFirms(text: string, mentions: Mention[]): Mention[] {
  // The cheap test first: most documents never write "founded".
  if (!text.includes("founded")) return mentions;
  return withRetypedFirms(text, mentions, isFounded);
}
