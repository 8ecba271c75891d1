/**
 * A name that an apposition right after it calls a firm, an agency or another body is that organization, in
 * every mention: "X, a firm founded in 2014", "X, the official news agency,". Only when the body's noun ends the
 * apposition's noun phrase (punctuation, or a word that goes on to tell of the body: "founded", "based", "that"):
 * "X, a company spokeswoman" and "X, the firm's founder" name a person. Session 15 FIT sample: 2 of 12 wrong
 * people (an agency and a firm); Reuters annotate: see the commit. Session 21: the noun may be capitalized, ending
 * the body's own name ("X, the Northern Space Agency,"): an unread CNN/DM dev document listed such an agency.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { BASED_FIRM_NOUNS, FIRM_NOUNS, FIRM_PRODUCTS, FIRM_TRADE_NOUNS } from "../../lexicon/firm-nouns.js";
import { APPOSITIVE_BODY_NOUNS, BODY_TOLD, NOT_A_BODY_PHRASE } from "../../lexicon/introducing-nouns.js";
import { singleSpaced } from "../../text/spacing.js";
import type { Mention } from "../../types.js";
import { withRetypedOrganizations } from "./retyped-organizations.js";

// ", a/an/the" and the apposition up to its punctuation.
const APPOSITION = /^,\s+(?:a|an|the)\s+([^,.;:()]{1,80}?)(?=[,.;:)])/u;
/**
 * The same up to a word that goes on to tell of the body, where the apposition runs past 80 characters ("Kobowise, a
 * Lagos-based fintech startup that provides working-capital loans and payment tools to small businesses,": session
 * 42 probe, a Nigerian fintech story listed the startup as a person).
 */
const APPOSITION_TOLD = new RegExp(
  String.raw`^,\s+(?:a|an|the)\s+([^,.;:()]{1,60}?\s(?:${[...BODY_TOLD].join("|")}))\s`,
  "u",
);

/**
 * ", owned by ", ", a subsidiary of ", ", part of ": an apposition that owns the name to someone, which no person is
 * ("Asda, owned by Wal-Mart, said sales were up": session 32, an invented BBC business story listed Asda as a
 * person). Not a name opened by a known first name ("Dana Whitlow, part of the team").
 */
const OWNED_AFTER =
  /^,\s+(?:(?:wholly\s+)?owned\s+by\s|(?:an?\s+|the\s+)?(?:subsidiary|unit|division)\s+of\s|part\s+of\s+the\s+\p{Lu})/u;

/** Whether an apposition right after `m` calls it a firm, an agency or another body (the file's comment). */
export function isCalledABody(text: string, m: Mention): boolean {
  // The apposition opens with the comma right after the name: without it no slice is spaced (most persons;
  // the slice and its replace were most of this pass's 3% of resolve/names in an in-process Reuters profile).
  if (text.charCodeAt(m.end) !== 44) return false;
  // A wire story breaks its lines anywhere: "a newspaper⏎publisher" is one phrase.
  const after = singleSpaced(text.slice(m.end, m.end + 100));
  // (Not the town of a firm's name: "Mafina BV of Voorburg, a subsidiary of Petrofina", Reuters bench.)
  if (OWNED_AFTER.test(after))
    return (
      !isKnownFirstName(m.text.split(" ")[0] as string) &&
      !/\sof\s+$/u.test(text.slice(Math.max(0, m.start - 4), m.start))
    );
  const match = APPOSITION.exec(after) ?? APPOSITION_TOLD.exec(after);
  if (match === null) return false;
  const words = (match[1] as string).trim().split(" ");
  if (isCalledATrade(words, m)) return true;
  const told = words.findIndex((word) => BODY_TOLD.has(word));
  const phrase = told < 0 ? words : words.slice(0, told);
  // "a partner at the firm", "a former bank": a person's apposition.
  if (phrase.length === 0 || phrase.length > 5 || phrase.some((word) => NOT_A_BODY_PHRASE.has(word)))
    return false;
  // A body's own name in apposition ends in its capitalized noun: "X, the Northern Space Agency,".
  return APPOSITIVE_BODY_NOUNS.has((phrase[phrase.length - 1] as string).toLowerCase());
}

/**
 * Whether the apposition's words call the name a firm by its trade (session 25, issue 11: unknown firms listed as
 * people): a firm's noun last ("X, a Norwegian insurer,", "X, a car maker,": lexicon/firm-nouns.ts), or a trade's
 * noun before "of" ("X, a maker of boats", "X, the Oslo-based supplier of software"), no preposition or "former"
 * before it. A craftsman or a dealer is written so too ("Dana Whitlow, a maker of violins"), so a name led by a
 * known first name stays a person's; a news story names a person in full, a firm by its own name. After
 * "<place>-based" a trade's noun of BASED_FIRM_NOUNS is last ("X, the Calgary-based grocer,": session 28).
 */
function isCalledATrade(words: readonly string[], m: Mention): boolean {
  const last = (words[words.length - 1] as string).toLowerCase();
  let noun = words.length - 1;
  const before = words[noun - 1] ?? "";
  const isFirmNoun =
    FIRM_NOUNS.has(last) ||
    (last === "maker" && FIRM_PRODUCTS.has(before)) ||
    (before.endsWith("-based") && BASED_FIRM_NOUNS.has(last));
  if (!isFirmNoun) {
    noun = words.indexOf("of") - 1;
    if (noun < 0 || !FIRM_TRADE_NOUNS.has((words[noun] as string).replace(/s$/u, ""))) return false;
  }
  if (noun > 4 || words.slice(0, noun).some((word) => NOT_A_BODY_PHRASE.has(word))) return false;
  return !isKnownFirstName((m.text.split(/\s+/u)[0] as string).replace(/['’]s$/u, ""));
}

/**
 * Whether an apposition calls the name a body where the tagger missed it: "after Binance, the world's largest crypto
 * exchange, walked away …" untagged, then "Binance said" a person (session 42 probe, FTX's collapse). Only a name
 * standing alone there (no capitalized word right before it: "Dana Lee, the agency's head" is another name).
 */
function isCalledABodyElsewhere(text: string, m: Mention): boolean {
  for (let at = text.indexOf(`${m.text},`); at >= 0; at = text.indexOf(`${m.text},`, at + 1)) {
    if (at === m.start || /[\p{L}\p{N}]/u.test(text[at - 1] ?? "")) continue;
    if (/\p{Lu}[\p{L}.'’-]*\s+$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
    if (isCalledABody(text, { ...m, start: at, end: at + m.text.length })) return true;
  }
  return false;
}

/** The mentions with the persons an apposition calls a body retyped as organizations, in place (the file's comment). */
export function withAppositiveOrganizations(text: string, mentions: Mention[]): Mention[] {
  return withRetypedOrganizations(
    text,
    mentions,
    (t, m) => isCalledABody(t, m) || isCalledABodyElsewhere(t, m),
  );
}
