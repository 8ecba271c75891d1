/**
 * The words of an agency's name before a photo credit's slash ("THE CANADIAN PRESS/Jane Doe", under most
 * Canadian Press photos) are the credit's, not the story's: the tagger read "CANADIAN" as a demonym (a mention of
 * Canada) and "PRESS" as an organization. A mention of any type inside that name is left out, as the people of
 * the credit are (credits.ts). 1 of 40 invented articles in other house styles (session 19).
 */
import type { Mention } from "../../types.js";
import { AGENCY_BEFORE_SLASH } from "./credit-patterns.js";

/** The most characters between a mention's end and the credit's slash: an agency's name's rest. */
const MAX_REST_CHARS = 30;

/** One to four capitalized words, then the line's or the caption's end ("Jane Doe\n", "Jane Doe)"). */
const PHOTOGRAPHER_AFTER = /^ ?\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?\)?[ \t]*(?:\r?\n|$)/u;
/** The most characters read after the slash: four words of a name. */
const MAX_PHOTOGRAPHER_CHARS = 80;

/** Whether `mention` stands inside an agency's name that a credit's slash closes. */
export function isInAgencyBeforeSlash(text: string, mention: Pick<Mention, "start" | "end">): boolean {
  // The slash within a few characters, read from the codes (this is asked of every mention not a person's, and
  // most have none there): only letters and spaces before it, on the same line.
  let slash = -1;
  for (let k = mention.end; k < text.length && k <= mention.end + MAX_REST_CHARS; k++) {
    const code = text.charCodeAt(k);
    if (code === 47) {
      slash = k;
      break;
    }
    if (code === 10) return false;
  }
  if (slash < 0 || !/^[\p{L} ]*$/u.test(text.slice(mention.end, slash))) return false;
  // A photographer's name after the slash, ending the line or a caption's parenthesis: not a pollster's (a news
  // outlet and a polling firm either side of a slash, then "poll": 30 unread PolNeAR train records lost their news
  // outlet with a first version that asked only for a capital after the slash).
  const name = PHOTOGRAPHER_AFTER.exec(text.slice(slash + 1, slash + 1 + MAX_PHOTOGRAPHER_CHARS))?.[0];
  // (A word and a full stop end a sentence: "Source: USA TODAY/Acme University.")
  if (name === undefined || /\p{Ll}{2}\.\)?\s*$/u.test(name)) return false;
  const window = text.slice(Math.max(0, mention.start - 60), slash);
  const before = window.slice(window.lastIndexOf("\n") + 1);
  const found = AGENCY_BEFORE_SLASH.exec(before)?.indices?.[1];
  // The agency's name starts at or before the mention ("CANADIAN" and "PRESS" inside "THE CANADIAN PRESS").
  return found !== undefined && slash - before.length + found[0] <= mention.start;
}
