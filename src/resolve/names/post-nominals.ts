/**
 * A rank's or an honour's letters after a person's name, or standing for the person ("Michael Mansfield QC", "a
 * leading QC", "Dame Judi Dench, CBE"), read by the tagger as an organization: not one. The mention is left out,
 * and a quote's speaker phrase then names the person ("The Labour peer, a leading QC, told ...": the peer, not an
 * organization "QC"). Part of the per-document naming (index.ts). Lead's probe (session 30, an invented 2005 Lords
 * story): "QC" listed as an organization and given a quote; "CBE" likewise in an invented battery.
 */
import { POST_NOMINALS } from "../../lexicon/post-nominals.js";
import { anyOf } from "../../text/escape-regexp.js";
import type { Mention } from "../../types.js";

/**
 * The mentions without the organizations that are a rank's or an honour's letters, and each person's name cut
 * before such letters the tagger took into it ("[Paul Reid QC]": the name is "Paul Reid", whom "Mr Reid" then
 * joins; session 37 probe, a BBC court report listed "Paul Reid QC" and "Reid" apart).
 */
export function withoutPostNominals(mentions: Mention[]): Mention[] {
  for (const m of mentions) if (m.type === "person") cutPostNominal(m);
  const dropped = (m: Mention, i: number): boolean =>
    isPostNominal(m) || isGenerationAfterPerson(m, mentions[i - 1]);
  if (!mentions.some(dropped)) return mentions;
  return mentions.filter((m, i) => !dropped(m, i));
}

/** A generation's suffix, read alone: "III", "Jr.". */
const GENERATION = /^(?:I{2,3}|IV|Jr\.?|Sr\.?)$/u;

/**
 * A generation's suffix right after a person's name, read as a mention of its own ("Vicente “Tito” Sotto [III]"
 * an organization: invented Philippine probe, session 38): the person's, no name.
 */
function isGenerationAfterPerson(m: Mention, before: Mention | undefined): boolean {
  if (m.type === "person" || !GENERATION.test(m.text) || before?.type !== "person") return false;
  return m.start - before.end <= 2;
}

/** Post-nominal letters closing a name ("QC", ", CBE"), with the spaces or commas before them. */
const TRAILING_POST_NOMINALS = new RegExp(String.raw`(?:,?\s+${anyOf([...POST_NOMINALS])})+$`, "u");

/**
 * A name without the letters that close it ("Simon Kealey QC" → "Simon Kealey"), when two words of name at least
 * are left; else the name as written. The one cut of mentions (below) and of speakers' names (speaker-name.ts).
 */
export function withoutPostNominalLetters(name: string): string {
  const cut = name.replace(TRAILING_POST_NOMINALS, "");
  return cut.includes(" ") ? cut : name;
}

/** The person's mention, in place, ending before the letters that close its name (two words of name at least). */
function cutPostNominal(m: Mention): void {
  const name = withoutPostNominalLetters(m.text);
  if (name === m.text) return;
  m.end = m.start + name.length;
  m.text = name;
  if (m.entity.startsWith(name)) m.entity = name;
}

function isPostNominal(m: Mention): boolean {
  return m.type === "organization" && m.text.length <= 3 && POST_NOMINALS.has(m.text);
}
