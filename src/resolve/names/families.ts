/**
 * Person mentions that name no one person: a family by its surname in the plural ("the Whitlows moved", "the
 * Joneses'") where a person of the document bears that surname, and a name worn by someone else ("an Elvis
 * impersonator", "a Garbo look-alike"). Part of the per-document naming (index.ts). FIT sample (session 11):
 * a family by its plural surname beside one of its members, an impersonator of a singer.
 */
import { documentSurnames } from "../../text/names.js";
import type { Mention } from "../../types.js";

const THE_BEFORE = /(?:^|\s)the\s+$/iu;
const PLURAL = /^(\p{Lu}[\p{L}'’-]*?)(?:es|s)$/u;
const WORN_BY_ANOTHER = /^[\s-]+(?:impersonators?|look-?alikes?|lookalikes?|tribute\s+acts?)\b/iu;

/** Whether a one-word mention after "the" is the plural of a surname of the document ("the Whitlows"). */
function isFamily(text: string, m: Mention, surnames: ReadonlySet<string>): boolean {
  if (/\s/.test(m.text) || !THE_BEFORE.test(text.slice(Math.max(0, m.start - 5), m.start))) return false;
  const plural = PLURAL.exec(m.text);
  if (plural === null) return false;
  const stem = (plural[1] as string).toLowerCase();
  // "-es" and "-s" alike: "the Joneses" is "Jones", "the Whitlows" is "Whitlow".
  return surnames.has(stem) || surnames.has(`${stem}e`) || surnames.has(m.text.toLowerCase().slice(0, -1));
}

/** The mentions without the person mentions of families and of names worn by another (see the file's comment). */
export function withoutFamilies(text: string, mentions: Mention[]): Mention[] {
  let surnames: Set<string> | null = null;
  return mentions.filter((m) => {
    if (m.type !== "person") return true;
    if (WORN_BY_ANOTHER.test(text.slice(m.end, m.end + 24))) return false;
    if (!m.text.endsWith("s")) return true;
    surnames ??= documentSurnames(mentions);
    return !isFamily(text, m, surnames);
  });
}
