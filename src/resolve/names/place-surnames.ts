/**
 * A surname that is also a place's name: the tagger may read "Dana London" as a person "Dana" and a place
 * "London" side by side. A known first name read alone as a person, one space before a one-word place or
 * organization that no list knows as a company or a country, is one person with it, unless another capitalized
 * word follows (then the run is a venue's name: "Dana London Hall"). GUM train: 4 people found whole ("first
 * name + city"), none lost; Reuters annotate: see the commit.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { ORGANIZATION_SUFFIXES } from "../../lexicon/organization-suffixes.js";
import { runGoesOn } from "../../text/around.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

const NOT_SURNAME_KINDS = Kind.organization | Kind.country | Kind.demonym | Kind.title;

function isPlaceSurname(text: string, first: Mention, next: Mention): boolean {
  if (next.type !== "place" && next.type !== "organization") return false;
  if (next.start !== first.end + 1 || text[first.end] !== " ") return false;
  if (!isTitleCased(next.text) || /\s/.test(next.text)) return false;
  if ((wordKind(next.text) & NOT_SURNAME_KINDS) !== 0 || ORGANIZATION_SUFFIXES.has(next.text.toLowerCase()))
    return false;
  return !runGoesOn(text, next.end);
}

/** The mentions with each first name and the place-named surname after it joined into one person (the file's comment). */
export function joinPlaceSurnames(mentions: Mention[], text: string): Mention[] {
  let covered: Set<Mention> | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1] as Mention;
    if (
      m.type !== "person" ||
      /\s/.test(m.text) ||
      !/^\p{Lu}\p{Ll}/u.test(m.text) ||
      !isKnownFirstName(m.text) ||
      !isPlaceSurname(text, m, next)
    )
      continue;
    covered ??= new Set();
    covered.add(next);
    m.end = next.end;
    m.text = text.slice(m.start, m.end);
    m.entity = m.text;
    i++;
  }
  if (covered === null) return mentions;
  const gone = covered;
  return mentions.filter((m) => !gone.has(m));
}
