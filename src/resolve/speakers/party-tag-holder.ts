/**
 * "the Illinois Republican told the House" after "Henry J. Hyde (R-Ill.)": the person whose party tag (AP style,
 * text/party-tags.ts) gives the phrase's party and state. Session 42 probe (the House's impeachment vote, Washington
 * Post 1998): the quote went to a person named "Illinois Republican".
 */
import { isPartyTag } from "../../text/party-tags.js";
import { tokenAt } from "../../text/token-at.js";
import type { Token } from "../../types.js";
import type { SpeakerContext } from "./context.js";

/** Tokens a tag may be cut into ("R", "-", "N.Y."; "D", "-", "N", ".", "Y", "."). */
const MAX_TAG_TOKENS = 8;

/** The tag written right after token `at` in parentheses or commas ("(R-Ill.)", ", D-N.Y.,"), else null. */
function tagAfter(tokens: readonly Token[], at: number): string | null {
  const open = tokens[at]?.text;
  if (open !== "(" && open !== ",") return null;
  const close = open === "(" ? ")" : ",";
  let written = "";
  for (let k = at + 1; k < tokens.length && k - at <= MAX_TAG_TOKENS; k++) {
    const t = tokens[k] as Token;
    if (t.text === close) return isPartyTag(written) ? written : null;
    written += t.text;
  }
  return isPartyTag(written) ? written : null;
}

/** Whether an abbreviation's letters ("Ill", "Ky", "NY") are the state's name's, in order, from its first. */
function abbreviates(abbreviation: string, state: string): boolean {
  const letters = abbreviation.replace(/\./g, "").toLowerCase();
  const name = state.replace(/\s+/g, "").toLowerCase();
  if (letters === name) return true;
  if (letters[0] !== name[0]) return false;
  let i = 0;
  for (const c of name) if (c === letters[i]) i += 1;
  return i === letters.length;
}

/**
 * The one person named before `before` with a party tag of the party (its initial: "R" for "Republican") and of the
 * state `state` (as the phrase writes it, "Illinois"); null when none or two are.
 */
export function partyTagHolder(
  context: SpeakerContext,
  party: string,
  state: string,
  before: number,
): string | null {
  const letter = party.charAt(0).toUpperCase();
  let found: string | null = null;
  for (const m of context.mentions) {
    if (m.start >= before) break;
    if (m.type !== "person") continue;
    const tag = tagAfter(context.tokens, tokenAt(context.tokens, m.end));
    if (tag === null || tag.charAt(0) !== letter || !abbreviates(tag.slice(2), state)) continue;
    if (found !== null && found !== m.entity) return null;
    found = m.entity;
  }
  return found;
}
