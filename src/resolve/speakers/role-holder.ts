/**
 * A person the tagger missed, named with an office before the name ("Ontario Premier Doug Halloran"): whom a
 * later "the premier said" means when no person the document's mentions know holds the office.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalized, isNameShaped } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

/**
 * The last "Title First Last" before `offset` whose title (one or two words, any case) is one of `titles`
 * and whose first word after it is a known first name: the name, or null.
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
    const first = tokens[i + 1] as Token;
    const last = tokens[i + 2] as Token;
    if (!isNameShaped(first.text) || !isNameShaped(last.text) || !isKnownFirstName(first.text)) continue;
    // "Premier Doug Halloran's plan": the name ends at a possessive; it must end here, not go on capitalized.
    if (isCapitalized(tokens[i + 3]?.text ?? "")) continue;
    return `${first.text} ${last.text}`;
  }
  return null;
}
