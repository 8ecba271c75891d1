/**
 * A one-word "person" that takes a plural verb is a team or another body: "Chelsea were the better side", "Corby
 * have won three in a row", "Acme are expected to". British English gives a club's, a company's or a party's
 * singular name a plural verb; one person never takes "were", "are", "have" or "do" (lexicon PLURAL_ONLY_VERBS).
 * The tagger reads a club named after a town or a first name ("Chelsea") as a person in a sports sentence. Every
 * one-word person mention of that name in the document is made an organization. Only where the name opens its
 * clause (below): not a subject of two or more ("Marsh and Whitlow were"), an inversion ("Would Whitlow have
 * known") or a noun phrase's last word; nor a titled name, nor the surname of a person the document names in
 * full. Part of the per-document naming (index.ts).
 */
import { PLURAL_ONLY_VERBS } from "../../lexicon/verb-auxiliaries.js";
import { surnameKey } from "../../text/names.js";
import type { Mention } from "../../types.js";

/** A plural verb right after the name (one space), then a word or a phrase's end. */
const PLURAL_VERB_AFTER = new RegExp(
  String.raw`^ (?:${[...PLURAL_ONLY_VERBS].join("|")})(?![\p{L}'’-])`,
  "u",
);
/**
 * What opens the clause right before the name, so that the verb is the name's: the text's start, a sentence's end
 * or a quotation mark (not a line's start: wire text wraps lines mid-sentence), a clause's conjunction (", and", "but", "as", "when") or a verb of saying or
 * thinking ("said Chelsea were"). Not a preposition or a noun: "his son Walter were" is the words' verb
 * (GUM train has this shape: a noun phrase whose last word is a name, then "were:"); not "if" ("if Whitlow were" is a person's
 * subjunctive), not a bare "and" ("Marsh and Whitlow were").
 */
const CLAUSE_OPENS_BEFORE =
  /(?:^|[.!?:;"“‘(—–]\s*|,\s+(?:and|but)\s+|(?:^|[^\p{L}])(?:but|as|while|when|because|after|before|since|though|although|that|so|yet|said|says|think|thinks|thought|believe|believes|insisted|admitted|added)\s+)$/iu;

/** The mentions with the one-word persons that take a plural verb, and the same names elsewhere, made organizations. */
export function withPluralTeams(text: string, mentions: Mention[]): Mention[] {
  let teams: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || /\s/.test(m.text)) continue;
    if (!PLURAL_VERB_AFTER.test(text.slice(m.end, m.end + 6))) continue;
    if (!CLAUSE_OPENS_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) continue;
    teams ??= new Set();
    teams.add(m.text.toLowerCase());
  }
  if (teams === null) return mentions;
  for (const m of mentions) {
    if (m.type !== "person") continue;
    const surname = surnameKey(m.text);
    if (surname !== null) teams.delete(surname);
  }
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || !teams.has(m.text.toLowerCase())) continue;
    m.type = "organization";
    m.entity = m.text;
  }
  return mentions;
}
