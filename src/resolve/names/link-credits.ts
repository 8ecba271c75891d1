/**
 * A linked story's writer in a newsletter's roundup: a quoted headline, then "by", an outlet's possessive and the
 * name, then a colon, a link or the line's end ("\"Council backs new park,\" by the Herald's Nina Castell: ..."). The
 * writer made the linked story and is not in the news. PolNeAR train FIT sample (session 10): 11 such writers in
 * one roundup of 30 articles, no person of the story so placed.
 */
import type { Mention } from "../../types.js";

/** A headline's closing quotation mark and its comma, "by", and an outlet's possessive or none, before the name. */
const HEADLINE_BY =
  /[,.!?]\s*["”’']{1,2}\s+by\s+(?:(?:the\s+)?(?:[\p{Lu}\d][\p{L}\d.&'’-]*\s+){0,4}[\p{Lu}\d][\p{L}\d.&-]*(?:['’]s?)\s+)?$/u;
/**
 * What follows the writer's name: a colon, a link, or the line's end; after a surname the tagger may have left
 * out as an ordinary word ("by the Herald's Tony Small:", the first name alone a mention yet).
 */
const CREDIT_END = /^(?:\s+\p{Lu}[\p{L}'’-]*)?\s*(?::|https?:\/\/|\(?https?:|[.;]?\s*(?:\n|$))/u;

/** Whether the person mention at [start, end) is a linked headline's writer. */
export function isLinkCredit(text: string, mention: Pick<Mention, "start" | "end">): boolean {
  if (!CREDIT_END.test(text.slice(mention.end, mention.end + 40))) return false;
  return HEADLINE_BY.test(text.slice(Math.max(0, mention.start - 80), mention.start));
}
