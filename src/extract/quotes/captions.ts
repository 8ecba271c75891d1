/** Photo captions that web pages run into the text before a quote. */
import type { Token } from "../../types.js";

/** Tokens a caption's credit in parentheses may hold: "(Photo: Jane Roe/Acme Press)", "(AP Photo/Jane Roe)". */
const MAX_CREDIT_TOKENS = 16;

/**
 * Whether a photo credit in parentheses ends right before the quote's opening mark (`… on Friday. (Jane Roe/Acme
 * Press) “We will win,” Lee said.`): the caption it ends is no part of the quote's sentence. A credit holds a
 * slash or a colon ("Photo: …", "Jane Roe/Acme Press"), which a parenthetical remark inside a sentence rarely does.
 */
export function creditBefore(tokens: readonly Token[], open: number, floor: number): boolean {
  if (tokens[open - 1]?.text !== ")") return false;
  for (let k = open - 2; k >= floor && open - k <= MAX_CREDIT_TOKENS; k--) {
    const t = tokens[k] as Token;
    if (t.text === ")") return false;
    if (t.text === "(") {
      for (let j = k + 1; j < open - 1; j++) if (/^[/:]$/.test((tokens[j] as Token).text)) return true;
      return false;
    }
  }
  return false;
}
