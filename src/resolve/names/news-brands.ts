/**
 * News brands written as one fused word are outlets, not people, in every untitled mention: a programme's or a
 * paper's "News" and a word ("told Newsnight", "Newsday reported") and a place's or a topic's word and a media
 * word in lower case ("speaking to Kentmail", "told Yorkshireonline"). British papers' sport sections and sites,
 * broadcasters' programmes and US dailies take these names, and the tagger reads an unknown one as a surname
 * (issue 11: compound news brands listed as people; session 23 FIT: a paper's sport section listed as a person in
 * 2 of the 100 CNN/DM dev documents; invented texts at e05fa62: 2 of 5 such names listed as people). Not a known
 * first name ("Ismail"). Part of the per-document naming (index.ts). Invented rows in
 * tests/people-news-brands.test.ts.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { FUSED_MEDIA_ENDINGS, NEWS_FUSED_TAILS } from "../../lexicon/publication-words.js";
import type { Mention } from "../../types.js";
import { withRetypedOrganizations } from "./retyped-organizations.js";

/** "Newsnight", "Kentmail", "Yorkshireonline": a fused brand's whole word (three letters at least before an ending). */
const FUSED_BRAND = new RegExp(
  String.raw`^(?:News(?:${NEWS_FUSED_TAILS.join("|")})|\p{Lu}\p{Ll}{2,}(?:${FUSED_MEDIA_ENDINGS.join("|")}))$`,
  "u",
);

function isNewsBrand(_text: string, m: Mention): boolean {
  return FUSED_BRAND.test(m.text) && !isKnownFirstName(m.text);
}

/** The mentions, in place, with each person that is a fused news brand, and its namesakes, organizations. */
export function withNewsBrands(text: string, mentions: Mention[]): Mention[] {
  return withRetypedOrganizations(text, mentions, isNewsBrand);
}
