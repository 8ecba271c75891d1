/**
 * Two firms joined by "and" and read as one organization are two: the tagger runs one name over the conjunction
 * ("Kestrel Corp and Dover Mills Inc", "Zentrix and Halvorsen" where the document names each alone too). One
 * name keeps its "and" ("Kestrel and Dover Corp", "Pacific Gas and Electric Co", "Savings and Loan Association").
 * Split where a careful reader sees two names:
 * - a company's legal form ends the words before "and": a firm's name ends at its form ("<Firm> Co and <Firm2> BV"
 *   are two, as demonym-firms.ts reads them). Reuters bench (BASE): 21 organization mentions of this shape, all
 *   two firms ("<carmaker> Corp and <its finance arm> Corp", "<bank> Plc and <group> Holdings Ltd");
 * - the document writes each side alone as an organization, the first not before "and" and the second not after
 *   it (a name cut at its "and" elsewhere, "<Town> Gas" and "Electric Corp", is no evidence), and the two differ
 *   ("Okafor and Okafor" is one firm). Reuters bench (BASE): 16 such mentions, two firms, a central bank and a
 *   ministry, the two chambers of a legislature.
 * A name that is a form alone before "and" ("Inc and <Firm> Co Inc", a cut) keeps only its second firm.
 */
import { isLegalFormWord } from "../../lexicon/organization-suffixes.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { mentionAt } from "../mention.js";

/** The conjunction between two names: "and" or "&" with space around it ("KB&T" is one name), a comma allowed before. */
const CONJUNCTION = /,?\s+(?:and|&)\s+(?=\p{Lu})/gu;
/** The last word before a conjunction. */
const LAST_WORD = /(\S+)$/u;
/** The first word after it. */
const FIRST_WORD = /^(\S+)/u;
/** Words that continue a firm's name after its form ("<Name> Co and Sons"): no second firm. */
const CONTINUING = new Set(["sons", "son", "brothers", "partners", "associates", "company"]);

/** `mentions` (in text order) with each organization of two firms split in two (the file's comment). */
export function coordinatedFirmsSplit(text: string, mentions: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  let alone: { first: Set<string>; second: Set<string> } | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const parts =
      m.type === "organization" && / (?:and|&)\s/u.test(m.text)
        ? splitAt(m, () => (alone ??= organizationsAlone(text, mentions)))
        : null;
    if (parts === null) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    out.push(...parts);
  }
  return out ?? mentions;
}

/** The two organizations an organization mention names, or null when it is one name. */
function splitAt(m: Mention, alone: () => { first: Set<string>; second: Set<string> }): Mention[] | null {
  const found = [...m.text.matchAll(CONJUNCTION)];
  for (const conjunction of found) {
    const at = conjunction.index as number;
    const before = m.text.slice(0, at);
    const after = m.text.slice(at + conjunction[0].length);
    const last = LAST_WORD.exec(before)?.[1];
    const next = FIRST_WORD.exec(after)?.[1];
    if (last === undefined || next === undefined) continue;
    if (isLegalFormWord(next) || CONTINUING.has(next.toLowerCase())) continue;
    if (isLegalFormWord(last)) {
      const second = part(m, at + conjunction[0].length, m.text.length);
      return before.includes(" ") || !isLegalFormWord(before) ? [part(m, 0, at), second] : [second];
    }
  }
  // Only one conjunction: with two, which one parts the firms is not told by the sides alone.
  if (found.length !== 1) return null;
  const conjunction = found[0] as RegExpExecArray;
  const at = conjunction.index as number;
  const first = singleSpaced(m.text.slice(0, at));
  const second = singleSpaced(m.text.slice(at + conjunction[0].length));
  if (first.toLowerCase() === second.toLowerCase()) return null;
  const sides = alone();
  if (!sides.first.has(first) || !sides.second.has(second)) return null;
  return [part(m, 0, at), part(m, at + conjunction[0].length, m.text.length)];
}

/**
 * The organization of m's text from `from` to `to` (offsets in m.text). Built by mentionAt, with the hidden class of
 * every other mention: as a literal without `title` it had another one, and the first document with such a firm
 * (Reuters bench: the 1,558th of 19,779; 74 mentions) threw away the optimized code of ~60 naming functions at once
 * ("wrong map" in --trace-deopt), each compiled again.
 */
function part(m: Mention, from: number, to: number): Mention {
  return mentionAt(m.start + from, m.start + to, m.text.slice(from, to), "organization");
}

/**
 * The organizations the document writes alone (single-spaced): `first`, those not followed by "and"; `second`,
 * those not preceded by it.
 */
function organizationsAlone(
  text: string,
  mentions: readonly Mention[],
): { first: Set<string>; second: Set<string> } {
  const first = new Set<string>();
  const second = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "organization" || /\s(?:and|&)\s/u.test(m.text)) continue;
    const name = singleSpaced(m.text);
    if (!/^,?\s+(?:and|&)\s/u.test(text.slice(m.end, m.end + 8))) first.add(name);
    if (!/\s(?:and|&)\s+$/u.test(text.slice(Math.max(0, m.start - 8), m.start))) second.add(name);
  }
  return { first, second };
}
