/**
 * A person the tagger missed, named with an office before the name ("Ontario Premier Doug Halloran"): whom a
 * later "the premier said" means when no person the document's mentions know holds the office.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized, isNameShaped } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

/**
 * The last "Title First Last" before `offset` whose title (one or two words, any case) is one of `titles`,
 * maybe with its domain ("Chancellor of the Exchequer"), and whose first word after it is a known first name:
 * the name, or null.
 */
export function roleHolderInText(
  tokens: readonly Token[],
  titles: ReadonlySet<string>,
  offset: number,
): string | null {
  const before = tokenAt(tokens, offset);
  for (let i = before - 3; i >= 0; i--) {
    const one = (tokens[i] as Token).lower;
    const two = `${(tokens[i - 1] as Token | undefined)?.lower ?? ""} ${one}`;
    if (!titles.has(one) && !titles.has(two)) continue;
    const at = officeEnd(tokens, i);
    const first = tokens[at + 1] as Token | undefined;
    const last = tokens[at + 2] as Token | undefined;
    if (first === undefined || last === undefined || last.end > offset) continue;
    if (!isNameShaped(first.text) || !isNameShaped(last.text) || !isKnownFirstName(first.text)) continue;
    // "Premier Doug Halloran's plan": the name ends at a possessive; it must end here, not go on capitalized.
    if (isCapitalized(tokens[at + 3]?.text ?? "")) continue;
    return `${first.text} ${last.text}`;
  }
  return null;
}

/** Capitalized words at most of an office's domain after "of (the)" ("Chancellor of the Exchequer"). */
const DOMAIN_WORDS = 2;

/**
 * The last token of the office whose title is token `i`: the title itself, or the end of an "of (the) <Domain>"
 * after it ("Chancellor of the Exchequer Gordon Hale", "Minister of Finance Jo Roe"), where the name follows the
 * domain (British and Commonwealth house style; invented report: "the Chancellor said" went to nobody).
 */
function officeEnd(tokens: readonly Token[], i: number): number {
  if (tokens[i + 1]?.lower !== "of") return i;
  let k = tokens[i + 2]?.lower === "the" ? i + 3 : i + 2;
  const from = k;
  while (
    k < from + DOMAIN_WORDS &&
    isNameShaped(tokens[k]?.text ?? "") &&
    !isKnownFirstName(tokens[k]?.text ?? "")
  )
    k += 1;
  return k === from ? i : k - 1;
}
