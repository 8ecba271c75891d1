/**
 * A nickname quoted inside a name (`Sen. Ronaldo “Bato” dela Paz`, `Ferdinand “Pepe” Morales Jr.`, Philippine
 * and American styles) is part of the name, not a quote: one or two capitalized words between marks, with a
 * capitalized name word right before the opening mark and a capitalized word or a name particle right after the
 * closing one.
 */
import type { Token } from "../../types.js";
import type { MarkedSpan } from "./marked-span.js";
import { isCapitalizedWord, isParticle } from "./words.js";

const MAX_NICKNAME_WORDS = 2;

export function isQuotedNickname(tokens: readonly Token[], span: MarkedSpan): boolean {
  if (!span.closed) return false;
  const words = span.closeToken - span.openToken - 1;
  if (words < 1 || words > MAX_NICKNAME_WORDS) return false;
  for (let i = span.openToken + 1; i < span.closeToken; i++) if (!isCapitalizedWord(tokens[i])) return false;
  // Bound-checked reads: a quotation at the text's start or end read past the tokens ("out of bounds" deopt).
  const before = span.openToken > 0 ? tokens[span.openToken - 1] : undefined;
  const after = span.closeToken + 1 < tokens.length ? tokens[span.closeToken + 1] : undefined;
  const afterParticle = span.closeToken + 2 < tokens.length ? tokens[span.closeToken + 2] : undefined;
  return (
    isCapitalizedWord(before) &&
    (isCapitalizedWord(after) || (isParticle(after) && isCapitalizedWord(afterParticle)))
  );
}
