/**
 * A speaker phrase that holds a name ("Mr Brown", "Arsenal boss Arsene Wenger", "Martell"): the person it
 * names, with the phrase's own evidence when the tagger missed the person or typed it otherwise.
 */

import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import type { QuoteSpeaker, SpeakerPhrase } from "../../types.js";
import {
  afterThe,
  byDescription,
  learnPerson,
  overlapping,
  personNamed,
  type SpeakerContext,
} from "./context.js";
import {
  agedAfter,
  cutAtInitial,
  personalUseOf,
  personShapedOrganization,
  speakingPlaceIsPerson,
  surnameAfterRunIn,
} from "./mistyped-person.js";
import {
  followsPersonNoun,
  fromFirstName,
  nameIn,
  opensWithPersonalTitle,
  STRIP_TITLE,
} from "./speaker-name.js";

export function byName(context: SpeakerContext, span: SpeakerPhrase): QuoteSpeaker {
  const found = overlapping(context.mentions, span);
  const titled = opensWithPersonalTitle(span.text);
  // One space between words: hard-wrapped text breaks names across lines ("Rutgers\nUniversity").
  const phrase = span.text.replace(/\s+/g, " ");
  const bare = titled
    ? phrase.replace(/^(?:the|The) /, "").replace(/^\S+ /, "")
    : phrase.replace(STRIP_TITLE, "").trim();
  const named = nameIn(bare);
  const name = fromFirstName(named.name);
  // Where the name starts in the phrase: "Trump lawyer Marc Kasowitz" is Kasowitz, not Trump.
  const spanWords = [...span.text.matchAll(/\S+/g)];
  const nameWordCount = name.split(/\s+/).length;
  const nameStart = span.start + (spanWords[Math.max(0, spanWords.length - nameWordCount)]?.index ?? 0);
  const persons = found.filter((m) => m.type === "person" && m.end > nameStart);
  const person =
    persons.find((m) => m.end >= span.end - 1) ?? (persons.length === 1 ? persons[0] : undefined);
  if (person && person.end >= span.end - 1 && !cutAtInitial(name, person))
    return { name: person.entity, mention: span };
  const known = name === "" ? null : personNamed(context, name);
  if (known !== null) return { name: known, mention: span };
  // A name the tagger missed, cut short or read as an organization is a person's when a personal title
  // ("said Baroness Hollis"), a role or person noun ("Arsenal boss Arsene Wenger", "Labour MP Ann Lee"),
  // a known first name ("Drew Cass"), a middle initial ("Ann M. Lee") or a person tagged inside it
  // ("Sen. Sherrod Brown" of which the tagger kept "Sherrod") comes with it.
  const first = name.split(/\s+/)[0] ?? "";
  const afterRole = named.afterRole || followsPersonNoun(context.tokens, span.start);
  // ("U.S. Official" is no initial.)
  const initials =
    /^(?:\p{Lu}\.\s*)+\p{Lu}\p{Ll}|\s\p{Lu}\.\s+\p{Lu}\p{Ll}/u.test(name) &&
    !found.some((m) => m.type === "country" || m.type === "demonym");
  const aged = agedAfter(context.tokens, span.end);
  if (
    titled ||
    afterRole ||
    initials ||
    aged ||
    person !== undefined ||
    (name.includes(" ") && isKnownFirstName(first, "alone"))
  ) {
    learnPerson(context, name, span);
    return { name, mention: span };
  }
  // "…,” Martell said" where the tagger typed every "Martell" an organization: the document's "Gail
  // Martell" or "Ms Martell" says it is a person.
  const full = /^\p{Lu}[\p{L}'’-]+$/u.test(name) ? personalUseOf(context, name) : null;
  if (full !== null) {
    learnPerson(context, full, span);
    return { name: personNamed(context, name) ?? full, mention: span };
  }
  // "said the Spaniard": a nationality for someone the reader already knows.
  const demonymOnly = found.length > 0 && found.every((m) => m.type === "demonym");
  const definite = /^the\s/i.test(span.text) || afterThe(context.tokens, span.start);
  if (demonymOnly && !/s$/.test(span.text) && definite) return byDescription(context, span, null);
  const other = found.find((m) => m.type !== "demonym");
  if (other !== undefined && speakingPlaceIsPerson(other, name)) {
    learnPerson(context, name, span);
    return { name, mention: span };
  }
  const fullName = other?.type === "organization" ? personShapedOrganization(context, name) : null;
  if (fullName !== null) {
    learnPerson(context, fullName, span);
    return { name: fullName, mention: span };
  }
  const runIn = other?.type === "organization" ? surnameAfterRunIn(context, other) : null;
  if (runIn !== null) return { name: runIn, mention: span };
  if (other) return { name: null, mention: span, organization: other.entity };
  const words = bare.toLowerCase().split(/\s+/);
  if (/^The\s/.test(span.text) || words.some((w) => ORGANIZATION_NOUNS.has(w))) {
    return { name: null, mention: span, organization: bare.replace(/^The\s+/, "") };
  }
  // A first name and surname nothing else typed ("said Ward McCarthy of Merrill Lynch", where the tagger made
  // every "McCarthy" an organization) is learnt, so that a later "McCarthy said" finds the person (Reuters: 3
  // speakers; a first word that is no first name, "Italian Treasury", "Yesterday Okello", is not learnt).
  if (
    found.length === 0 &&
    /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}[\p{L}.'’-]+)+$/u.test(name) &&
    isKnownFirstName(first)
  )
    learnPerson(context, name, span);
  return { name: bare === "" ? null : name, mention: span };
}
