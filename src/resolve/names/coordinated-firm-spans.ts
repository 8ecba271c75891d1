/**
 * Two firms the tagger read as one across "and" ("Netflix and Facebook should pay", "shares of Morgan Stanley and
 * Goldman Sachs fell", "Microsoft and Sony unveiled"): split in two when the gazetteer knows both names as firms, or
 * one of them and the other is a name of two words or more, and knows no firm of the whole name ("Johnson & Johnson",
 * "Procter & Gamble" stay one; so do "Marks and Spencer", "Ernst and Young": neither side is a firm of its own).
 * Session 34 probe (Canadian Press politics): "Netflix and Facebook" was one organization.
 */
import { Kind, phraseKind } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import type { Mention } from "../../types.js";

/** Two names of title-case words joined by one "and" or "&". */
const TWO_NAMES = /^(\p{Lu}[^\s,]*(?: \p{Lu}[^\s,]*)*) (?:and|&) (\p{Lu}[^\s,]*(?: \p{Lu}[^\s,]*)*)$/u;

/**
 * Whether the gazetteer knows `name` as an organization's, and it is no company's form or ending ("Co", "Sons",
 * "Partners": "Merrill Lynch and Co" is one firm; Reuters bench, a first version: 200 such firms split).
 */
function isKnownFirm(name: string): boolean {
  if (ORGANIZATION_SUFFIXES.has(name.toLowerCase().replace(/\.$/u, ""))) return false;
  return (phraseKind(name) & Kind.organization) !== 0;
}

/** The two names of a firm mention that are two firms (the file's comment), or null. */
function twoFirms(text: string): [string, string] | null {
  const match = TWO_NAMES.exec(text);
  if (match === null || isKnownFirm(text)) return null;
  const [, first, second] = match as unknown as [string, string, string];
  // A company's form after "and" closes one firm's name ("Goldman Sachs and Co Inc").
  if (ORGANIZATION_SUFFIXES.has((second.split(" ")[0] as string).toLowerCase().replace(/\.$/u, "")))
    return null;
  const firstKnown = isKnownFirm(first);
  const secondKnown = isKnownFirm(second);
  if (firstKnown && secondKnown) return [first, second];
  if (firstKnown && second.includes(" ")) return [first, second];
  if (secondKnown && first.includes(" ")) return [first, second];
  return null;
}

/** The mentions with each organization that names two known firms split in two. */
export function withCoordinatedFirmSpans(mentions: Mention[]): Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const firms = m.type === "organization" && / (?:and|&) /u.test(m.text) ? twoFirms(m.text) : null;
    if (firms === null) {
      out?.push(m);
      continue;
    }
    out ??= mentions.slice(0, i);
    const [first, second] = firms;
    const secondAt = m.end - second.length;
    out.push(mentionAt(m.start, m.start + first.length, first, "organization"));
    out.push(mentionAt(secondAt, m.end, second, "organization"));
  }
  return out ?? mentions;
}
