/**
 * A place or organization span that runs on through a title into a person's name ("Ontario Premier Wade Ford",
 * "NDP Leader Jagmeet Singh", read whole as a place or an organization) is the place or organization, then the
 * person with that title. Part of the per-document naming (index.ts).
 */
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { isRoleNoun } from "../../extract/entities/role-nouns.js";
import { mentionAt, shortened } from "../../extract/mention.js";
import { isFirstName } from "../../lexicon/first-names.js";
import { ROLE_DESCRIPTORS } from "../../lexicon/name-descriptors.js";
import { endsOtherName } from "../../lexicon/organization-suffixes.js";
import { PORTFOLIO_WORDS } from "../../lexicon/portfolios.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { LONE_TITLES, ROYAL_TITLES } from "../../lexicon/title-kinds.js";
import type { Mention } from "../../types.js";
import { withNamesRetyped } from "./retyped-organizations.js";

/** A title the lexicons list ("President", "Leader", "Sen."), not a word shaped like a role noun ("Upper"). */
const isListedTitle = (word: string): boolean =>
  (wordKind(word) & Kind.title) !== 0 ||
  ROLE_DESCRIPTORS.has(word.toLowerCase()) ||
  LONE_TITLES.has(word.toLowerCase().replace(/\.$/, ""));

const isTitle = (word: string): boolean => isListedTitle(word) || isRoleNoun(word);

/**
 * A word that may be part of a person's name after a title: capitalized (an initial too), no word that ends another
 * kind of name, and no ordinary word even where it is also a surname (titled-names.ts' isPersonNameWord keeps those).
 */
function isNameWordAfterTitle(word: string): boolean {
  const key = word.toLowerCase();
  return (
    /^\p{Lu}[\p{L}'’.-]*$/u.test(word) &&
    // A members' plural possessive ("Workers'" of "the Socialist General Workers' Union") names a body, no person.
    !/['’]$/u.test(word) &&
    !isTitle(word) &&
    !endsOtherName(key) &&
    !gazetteer().ordinaryWords.has(key)
  );
}

/** The words of a text with their offsets in it. */
function words(text: string): { word: string; at: number }[] {
  // Pushed from an exec loop: not map (an optimized map's array is HOLEY, the builtin's packed: a "wrong map" deopt
  // in splitTitled), and not matchAll, which clones the pattern and makes an iterator per call.
  const found: { word: string; at: number }[] = [];
  const word = /\S+/g;
  for (let match = word.exec(text); match !== null; match = word.exec(text))
    found.push({ word: match[0], at: match.index });
  return found;
}

/**
 * The place or organization part and the person of a span like "Ontario Premier Wade Ford": a title after at
 * least one word, and two name words or more after it (no ordinary word: "Ontario Premier's Office" stays). The
 * title is a gazetteer title, a party or legislature role, a lone title, or a noun of a role or calling
 * (role-nouns.ts: "Industrial Police Superintendent Sarwar Alam", "EPA Administrator Lee Thomas", "FDA
 * Commissioner Frank Young"): Reuters at d0513c2, 24 records, one wrong ("… Association of Upper East Tennessee",
 * now kept by the head's closing lower-case word).
 */
function splitTitled(m: Mention): Mention[] {
  if (!maySplit(m)) return [m];
  const parts = words(m.text);
  let last = -1;
  for (let i = 1; i < parts.length; i++) if (isTitle((parts[i] as { word: string }).word)) last = i;
  const names = parts.slice(last + 1);
  if (last < 1 || names.length < 2 || !names.every((p) => isNameWordAfterTitle(p.word))) return [m];
  let first = last;
  while (first > 1 && isTitle((parts[first - 1] as { word: string }).word)) first--;
  const titleStart = (parts[first] as { at: number }).at;
  const nameStart = (names[0] as { at: number }).at;
  const head = m.text.slice(0, titleStart).trimEnd();
  // "Federal Savings and Loan Association of Upper East Tennessee": a word shaped like a role noun after "of" opens
  // a place ("… Party of President Hosni Mubarak": a listed title there is the person's).
  if (/\s\p{Ll}+$/u.test(head) && !isListedTitle((parts[last] as { word: string }).word)) return [m];
  const name = m.text.slice(nameStart);
  const title = m.text.slice(titleStart, nameStart).trimEnd();
  const person = mentionAt(m.start + nameStart, m.end, name, "person", name, title);
  if (m.type !== "person") return [shortened(m, m.start + head.length, head), person];
  // A person's span: the head is the employer's name ("Hoshida President Kenji Morimoto": session 42 probe, a
  // Japanese plant's opening), words no dictionary or first-name list knows before a listed title ("Former
  // President Jo Roe", "Acting Chairman Jo Roe" stay whole).
  // An office's title only ("President", "Chairman"), not an honorific ("Ratu Sir Penaia Ganilau", "Chun King Chow
  // Mein"); a head of one word that is no portfolio's ("Defence Secretary Caspar Weinberger": Reuters).
  const office = title.toLowerCase().replace(/-/gu, " ");
  if (
    !ROLE_TITLES.has(office) ||
    ROYAL_TITLES.has(office) ||
    /\s/u.test(head) ||
    !/^\p{Lu}/u.test(head) ||
    gazetteer().ordinaryWords.has(head.toLowerCase()) ||
    PORTFOLIO_WORDS.has(head.toLowerCase()) ||
    isFirstName(head)
  )
    return [m];
  return [mentionAt(m.start, m.start + head.length, head, "organization", head), person];
}

const FOUR_WORDS = /\S\s+\S+\s+\S+\s+\S/u;

/** A place or organization span of four words or more: a head, a title and two name words at least. */
function maySplit(m: Mention): boolean {
  return (
    (m.type === "place" || m.type === "organization" || m.type === "country" || m.type === "person") &&
    FOUR_WORDS.test(m.text)
  );
}

/** The mentions with each place, organization or person span that holds a titled person after a head split in two. */
export function splitTitledSpans(mentions: Mention[]): Mention[] {
  // Most documents have no span long enough: no new array for them (profiled: flatMap and the word split of
  // every place and organization were about 1.5% of a one-thread run).
  if (!mentions.some(maySplit)) return mentions;
  // A loop, not flatMap: flatMap's array is HOLEY where the others are packed ("wrong map" deopts downstream).
  const split: Mention[] = [];
  let employers: Set<string> | null = null;
  for (const m of mentions) {
    const parts = splitTitled(m);
    // A person's span cut to its employer: the employer's name alone elsewhere is that organization, not a person
    // ("Keidanren suggested …" beside "Keidanren Chairman Eishiro Saito": Reuters).
    if (m.type === "person" && parts.length === 2) {
      employers ??= new Set();
      employers.add((parts[0] as Mention).text);
    }
    split.push(...parts);
  }
  return employers === null ? split : withNamesRetyped(split, employers);
}
