/**
 * Company forms of other countries, read beside the name they belong to: after it ("Zentrix NV", "Harlow SpA")
 * or, as Dutch and Swedish firms write them, before it ("NV Tarvenia", "AB Harlow"). The English forms ("Inc",
 * "Ltd") are joined by document-names.ts' companyFormsJoined.
 */

import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import {
  COMPANY_FORMS,
  COMPOUND_FORM_CLOSERS,
  COMPOUND_FORM_OPENERS,
  FORMS_ALSO_REGION_CODES,
  WRITTEN_COMPANY_FORMS,
} from "../../lexicon/organization-suffixes.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isNameGap } from "../../text/around.js";
import type { Mention } from "../../types.js";
import { mentionAt } from "../mention.js";
import type { Gazetteer } from "./gazetteer.js";
import { isKnownPlace } from "./places.js";

function adjacent(text: string, before: Mention, after: Mention): boolean {
  return isNameGap(text, before.end, after.start);
}

/** `m` now spans [start, end) and names an organization by its whole text. */
export function widened(text: string, m: Mention, start: number, end: number): void {
  m.start = start;
  m.end = end;
  m.text = text.slice(start, end);
  m.type = "organization";
  m.entity = m.text;
  m.title = undefined;
}

/** The last word of a mention's text (after its last space or line break). */
function lastWord(text: string): string {
  const cut = Math.max(text.lastIndexOf(" "), text.lastIndexOf("\n"));
  return cut < 0 ? text : text.slice(cut + 1);
}

/**
 * A written form read as a mention of its own joins the name right before it, else the name right after it
 * (only spaces and at most one line break between), and the whole is an organization; a name that ends in one
 * ("Harlow SpA" read as a person) is an organization. A form beside no name is left as it was: "SA" and "AB"
 * alone may be a state's or a province's code, and so they are after a place the gazetteer knows ("Edmonton AB":
 * an address in Canadian news, not a firm). `mentions` in text order. Reuters at 5138f8a: 105 such forms
 * beside a name, each its own entity ("NV" 45 as an organization, "S.A." 18 as a place, "NV" 9 as a person),
 * and 22 names ending in one typed as a person or a place.
 */
export function writtenFormsJoined(text: string, mentions: Mention[], gaz: Gazetteer): void {
  let kept = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (m.text.length <= 6 && WRITTEN_COMPANY_FORMS.has(m.text)) {
      const before = kept > 0 ? (mentions[kept - 1] as Mention) : undefined;
      if (before !== undefined && adjacent(text, before, m)) {
        if (FORMS_ALSO_REGION_CODES.has(m.text) && isKnownPlace(before.text.toLowerCase(), gaz)) {
          mentions[kept++] = m;
          continue;
        }
        widened(text, before, before.start, m.end);
        continue;
      }
      const after = mentions[i + 1];
      if (after !== undefined && !WRITTEN_COMPANY_FORMS.has(after.text) && adjacent(text, m, after)) {
        widened(text, after, m.start, after.end);
        continue;
      }
    } else if (
      m.type !== "organization" &&
      m.text !== lastWord(m.text) &&
      WRITTEN_COMPANY_FORMS.has(lastWord(m.text))
    )
      widened(text, m, m.start, m.end);
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/** "and Co" or "& Co" after a name, its form as written ("Co", "Co.", "Company", "Cie"), its line wrapped or not. */
const AND_CO = /^[ \t]*(?:\r?\n[ \t]*)?(?:&|and)[ \t]*(?:\r?\n[ \t]*)?(?:Co|Company|Cie)(?![\w-])\.?/;
/** The word after it, one space or line break away: an English form ending the name ("and Co Ltd"). */
const NEXT_WORD = /^[ \t]*(?:\r?\n[ \t]*)?([A-Z][A-Za-z]*\.?)/;
/** A comma between two names of one firm ("Harlow, Whitlow and Co"). */
const NAME_COMMA = /^,[ \t]*(?:\r?\n[ \t]*)?$/;

/**
 * A name followed by "and Co" or "& Co" ("Whitlow and Co", "Harlow, Whitlow & Co Ltd") is a firm, one
 * organization to the end of its form: the tagger ends the name before "and", types it a person or a place, and
 * reads "Co Ltd" as another firm. One-word names before it, a comma apart, are partners in the same firm name and
 * join it. Only "Co" as written: "and co" is a speaker's "and the rest". Reuters at 5138f8a: 640 mentions followed
 * by "and Co" (69 typed a place, 26 a person), 195 of them with "Co ..." read as a mention of its own.
 */
export function andCoJoined(text: string, mentions: Mention[]): void {
  let kept = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const form = AND_CO.exec(text.slice(m.end, m.end + 40));
    if (form === null) {
      mentions[kept++] = m;
      continue;
    }
    let end = m.end + form[0].length;
    const next = mentions[i + 1];
    if (next !== undefined && next.start < end) {
      end = Math.max(end, next.end);
      i++;
    } else {
      const word = NEXT_WORD.exec(text.slice(end, end + 12));
      if (word !== null && COMPANY_FORMS.has((word[1] as string).toLowerCase())) end += word[0].length;
    }
    let start = m.start;
    while (kept > 0) {
      const partner = mentions[kept - 1] as Mention;
      if (
        partner.type === "place" ||
        /\s/.test(partner.text) ||
        !NAME_COMMA.test(text.slice(partner.end, start))
      )
        break;
      start = partner.start;
      kept--;
    }
    widened(text, m, start, end);
    mentions[kept++] = m;
  }
  mentions.length = kept;
}

/** Up to four capitalized words (initials too) right before a form, then "and" or "&" or nothing. */
const NAME_BEFORE_FORM =
  /((?:\p{Lu}[\p{L}\p{M}'.-]*[ \t]*(?:\r?\n[ \t]*)?){1,4})(?:(?:and|&)[ \t]*(?:\r?\n[ \t]*)?)?$/u;

/**
 * "Co Inc" or "Co Ltd" read alone, the firm's own name before it left untagged ("Merck and Co Inc said",
 * "Nippon Whitlow Co Ltd"): the capitalized words right before it (up to four, with "and"/"&" before "Co") are the
 * firm's name, and the whole is one organization. A sentence's opening word from the stopword list ("The") is no
 * part of it. Reuters after the "and Co" pass: 63 records with a lone "Co Inc", "Co Ltd", "Corp Ltd" or "Cos Ltd", each
 * one entity for every firm so written.
 */
export function loneCompanyFormsNamed(text: string, mentions: Mention[]): void {
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    if (!m.text.startsWith("Co") || m.text.length > 14) continue;
    const words = m.text.split(/\s+/);
    if (words.length < 2 || !words.every((word) => COMPANY_FORMS.has(word.toLowerCase()))) continue;
    const from = Math.max(0, m.start - 100, i > 0 ? (mentions[i - 1] as Mention).end : 0);
    const found = NAME_BEFORE_FORM.exec(text.slice(from, m.start));
    if (found === null) continue;
    let start = m.start - found[0].length;
    // Leading stopwords ("The", "In") are the sentence's, not the firm's.
    for (const word of (found[1] as string).split(/\s+/)) {
      if (word === "" || !STOPWORDS.has(word.toLowerCase())) break;
      start = text.indexOf(word, start) + word.length;
      while (/\s/.test(text[start] ?? "")) start++;
    }
    if (start < m.start && /\p{Lu}/u.test(text[start] ?? "")) widened(text, m, start, m.end);
  }
}

/** A two-word form as written, with or without stops, the first word maybe in brackets ("Pte Ltd", "(Pte) Ltd"). */
const COMPOUND_FORM = new RegExp(
  `(?<![\\p{L}\\p{N}])\\(?(?:${COMPOUND_FORM_OPENERS.join("|")})\\.?\\)?[ \\t]*(?:\\r?\\n[ \\t]*)?(?:${COMPOUND_FORM_CLOSERS.join("|")})(?![\\p{L}\\p{N}])\\.?`,
  "gu",
);

/**
 * Up to six words of a firm's name right before its form: capitalized words (hyphened, "&" inside), "and" or "&"
 * between them, and a bracketed word ("Sony Electronics (M)", "Mayban (Nominees)": a country's letter or a
 * subsidiary's kind), each a space or a line break apart.
 */
const NAME_BEFORE_COMPOUND_FORM =
  /(?:(?:\p{Lu}[\p{L}\p{M}'.&-]*|\(\p{Lu}\p{L}*\)|and|&)[ \t]*(?:\r?\n[ \t]*)?){1,6}$/u;

/**
 * A firm written with a two-word form ("Teck Harlow Bus Service Pte Ltd", "Airod Sdn Bhd", "Acme Electronics (M)
 * Sdn Bhd") is one organization from the capitalized words before the form to its end: the tagger, which never saw
 * these forms, cut such names in two, read the opening word as a person, or kept the form alone. Mentions inside
 * are replaced by the one organization; a sentence's opening stopword ("The") or date word ("Yesterday") and a
 * leading "and" are no part of it. Reuters at 033316d: 21 such forms, 9 of them with the name cut or lost. `mentions` in text order.
 */
export function compoundFormsNamed(text: string, mentions: Mention[]): Mention[] {
  if (!COMPOUND_FORM_OPENERS.some((word) => text.includes(word))) return mentions;
  let out = mentions;
  for (const form of text.matchAll(COMPOUND_FORM)) {
    const formStart = form.index as number;
    const end = formStart + form[0].length;
    const found = NAME_BEFORE_COMPOUND_FORM.exec(text.slice(Math.max(0, formStart - 120), formStart));
    if (found === null) continue;
    let start = formStart - found[0].length;
    // Another firm's form inside ("Caltex Asia Ltd and BP Singapore Pte Ltd"): the name starts after it.
    const words = found[0].split(/\s+/).filter((word) => word !== "");
    for (let w = words.length - 2; w >= 0; w--) {
      const word = words[w] as string;
      if (!COMPANY_FORMS.has(word.toLowerCase()) && !COMPOUND_FORM_CLOSERS.includes(word)) continue;
      for (let k = 0; k <= w; k++)
        start = text.indexOf(words[k] as string, start) + (words[k] as string).length;
      while (/\s/.test(text[start] ?? "")) start++;
      break;
    }
    for (const word of text.slice(start, formStart).split(/\s+/)) {
      const key = word.toLowerCase();
      if (word !== "and" && word !== "&" && !STOPWORDS.has(key) && !DATE_WORDS.has(key)) break;
      start = text.indexOf(word, start) + word.length;
      while (/\s/.test(text[start] ?? "")) start++;
    }
    if (start >= formStart || !/\p{Lu}/u.test(text[start] ?? "")) continue;
    const firm = mentionAt(start, end, text.slice(start, end), "organization");
    const at = out.findIndex((m) => m.end > start);
    let past = at < 0 ? out.length : at;
    while (past < out.length && (out[past] as Mention).start < end) past++;
    out = [...out.slice(0, at < 0 ? out.length : at), firm, ...out.slice(past)];
  }
  return out;
}

/** An English form as a firm writes it after its name, one space away ("Bay Ferries Ltd."); not "Co" ("Durham Co"). */
const FORM_AFTER = /^ (?:Inc|Corp|Ltd|LLC|Plc|PLC|plc)\b\.?/u;

/**
 * A name the tagger ended before its firm's written form ("Bay Ferries" LOC, then "Ltd.") takes the form and is an
 * organization; a name right before such a firm, one space apart ("Bay" LOC, "Ferries Ltd." ORG: the tagger cut a
 * sentence's first name after a dateline), is the firm's first word. Only one space between: a comma, a dash or a
 * line break is another name's edge ("HALIFAX -- Bay Ferries Ltd.", "Smith, Acme Inc."). `mentions` in text order.
 */
export function namesBeforeFormsJoined(text: string, mentions: Mention[]): void {
  let kept = 0;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    const form = FORM_AFTER.exec(text.slice(m.end, m.end + 6));
    if (form !== null && (next === undefined || next.start >= m.end + form[0].length))
      widened(text, m, m.start, m.end + form[0].length);
    const before = kept > 0 ? (mentions[kept - 1] as Mention) : undefined;
    if (
      before !== undefined &&
      before.type !== "person" &&
      m.type === "organization" &&
      text.slice(before.end, m.start) === " " &&
      FORM_AFTER.test(` ${lastWord(m.text)}`) &&
      !/^\p{Ll}/u.test(m.text) &&
      /^\p{Lu}/u.test(before.text)
    ) {
      widened(text, before, before.start, m.end);
      continue;
    }
    mentions[kept++] = m;
  }
  mentions.length = kept;
}
