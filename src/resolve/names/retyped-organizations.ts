/**
 * One way to retype persons as an organization when the document's own words call one of their mentions a firm
 * or a body (appositive-organizations.ts, deal-parties.ts): every untitled person mention with that text follows
 * the one that was called so, since a name is one thing within a document.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import type { Mention } from "../../types.js";
import { isMarkedPerson } from "./person-marks.js";
import { personKey } from "./persons.js";

/**
 * The mentions, in place, with each untitled person `isOrganization` accepts, and its namesakes, organizations;
 * a name some mention of which `keepsPerson` accepts stays a person's.
 */
export function withRetypedOrganizations(
  text: string,
  mentions: Mention[],
  isOrganization: (text: string, m: Mention) => boolean,
  keepsPerson?: (m: Mention, text: string) => boolean,
): Mention[] {
  let names: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || m.title !== undefined || !isOrganization(text, m)) continue;
    names ??= new Set();
    names.add(m.text);
  }
  if (names === null) return mentions;
  if (keepsPerson !== undefined)
    for (const m of mentions)
      if (m.type === "person" && names.has(m.text) && keepsPerson(m, text)) names.delete(m.text);
  return withNamesRetyped(mentions, names);
}

/** The mentions, in place, with every untitled person whose text is one of `names` an organization (or `type`). */
export function withNamesRetyped(
  mentions: Mention[],
  names: ReadonlySet<string>,
  type: "organization" | "place" = "organization",
): Mention[] {
  for (const m of mentions)
    if (m.type === "person" && m.title === undefined && names.has(m.text)) {
      m.type = type;
      m.entity = m.text;
    }
  return mentions;
}

/**
 * The mentions, in place, with each untitled person `isFirm` accepts, and its untitled namesakes, organizations,
 * unless a mention of the name carries a person's mark (person-marks.ts: a title, an age, "who"): the words
 * after a name say firm (firm-possessions.ts, firm-results.ts), and a founder named as his firm keeps his.
 */
export function withRetypedFirms(
  text: string,
  mentions: Mention[],
  isFirm: (text: string, m: Mention) => boolean,
): Mention[] {
  return withRetypedOrganizations(text, mentions, isFirm, isMarkedPerson);
}

/**
 * Whether the name of `m` is a word of a longer person's name the document gives ("Okafor" beside "Dana
 * Okafor"): the firm rules then leave it a person, as the words after it may speak of that person's own shops,
 * polls or plants.
 */
export function isWordOfLongerPerson(m: Mention, mentions: readonly Mention[]): boolean {
  const key = personKey(m.text);
  for (const other of mentions)
    if (other.type === "person" && other !== m) {
      const words = personKey(other.text).split(" ");
      if (words.length > 1 && words.includes(key)) return true;
    }
  return false;
}

/**
 * Whether `m` is a one-word name no first-name list knows and no longer person's name of the document holds: the
 * names the one-word firm rules retype (bands.ts, data-sources.ts, platforms.ts), where "Dana" or the "Okafor" of
 * "Dana Okafor" is a person whatever the words around it say.
 */
export function isLoneUnknownName(m: Mention, mentions: readonly Mention[]): boolean {
  return !m.text.includes(" ") && !isKnownFirstName(m.text) && !isWordOfLongerPerson(m, mentions);
}
