/**
 * A rank's or an honour's letters after a person's name, or standing for the person ("Michael Mansfield QC", "a
 * leading QC", "Dame Judi Dench, CBE"), read by the tagger as an organization: not one. The mention is left out,
 * and a quote's speaker phrase then names the person ("The Labour peer, a leading QC, told ...": the peer, not an
 * organization "QC"). Part of the per-document naming (index.ts). Lead's probe (session 30, an invented 2005 Lords
 * story): "QC" listed as an organization and given a quote; "CBE" likewise in an invented battery.
 */
import { POST_NOMINALS } from "../../lexicon/post-nominals.js";
import type { Mention } from "../../types.js";

/** The mentions without the organizations that are a rank's or an honour's letters. */
export function withoutPostNominals(mentions: Mention[]): Mention[] {
  if (!mentions.some(isPostNominal)) return mentions;
  return mentions.filter((m) => !isPostNominal(m));
}

function isPostNominal(m: Mention): boolean {
  return m.type === "organization" && m.text.length <= 3 && POST_NOMINALS.has(m.text);
}
