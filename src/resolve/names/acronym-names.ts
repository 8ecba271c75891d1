/**
 * Acronyms and the names they spell: "U.N." is UN, "the IMF" the one longer name of the document whose initials
 * it spells, and over a corpus an acronym joins such a name only on the documents' evidence (corpusAcronymJoins).
 * Read by the organizations' naming (organizations.ts) and the corpus's entities (aggregate/entities.ts).
 */
import { ACRONYM_SKIP_WORDS } from "../../lexicon/acronym-skip-words.js";
import { isAcronymShaped } from "../../text/word-shape.js";

/** Two initials or more, each with its full stop: "U.N.", "U.S.A."; such an acronym is named without them. */
export const DOTTED_ACRONYM = /^(?:\p{Lu}\.){2,}$/u;

/** The letters of an acronym name ("U.N." → "UN", "IMF" → "IMF"); null for any other name. */
export function acronymLetters(name: string): string | null {
  if (DOTTED_ACRONYM.test(name)) return name.replace(/\./g, "");
  return isAcronymShaped(name) ? name : null;
}

/** The initials of a name of two or more words, skipping "of", "the", ... ("Bank of England" → "BE"). */
export function initialsOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return null;
  // A loop, not filter/map/join: the empty array filter/map makes for a name of skip words has another
  // elements kind, and join's optimized code was thrown away for it ("wrong map" in --trace-deopt).
  let initials = "";
  for (const w of words)
    if (!ACRONYM_SKIP_WORDS.has(w.toLowerCase())) initials += (w[0] as string).toUpperCase();
  return initials.length >= 2 ? initials : null;
}

/**
 * The initials of every word of a name of two or more words, the small ones too ("Department of Justice" →
 * "DOJ", "Freedom of Information Act" → "FOIA"), where they differ from initialsOf's; null otherwise. News
 * writes both kinds: "OPEC", "NAACP" leave the small words out, "DOJ", "DOD", "FOIA" keep "of".
 */
export function fullInitialsOf(name: string): string | null {
  const words = name.split(/\s+/).filter((w) => w.length > 0);
  if (words.length < 2) return null;
  let initials = "";
  let skipped = false;
  for (const w of words) {
    initials += (w[0] as string).toUpperCase();
    if (ACRONYM_SKIP_WORDS.has(w.toLowerCase())) skipped = true;
  }
  return skipped ? initials : null;
}

/** Adds a name under some initials; a null entry means several names share them. */
function addInitials(index: Map<string, string | null>, initials: string | null, name: string): void {
  if (initials === null) return;
  const known = index.get(initials);
  index.set(initials, known === undefined || known === name ? name : null);
}

/**
 * Names by their initials, for acronymTarget: built once per document or corpus, so that joining n acronyms
 * to m names costs n + m, not n × m. A null entry means several names share those initials. The initials of every
 * word (fullInitialsOf) count only where no name has them as initialsOf's: Reuters bench, where names did, both
 * were junk that made a joined acronym ambiguous (a person's "Ugo de Fusco" typed an organization beside a "UDF").
 */
export function initialsIndex(names: readonly string[]): Map<string, string | null> {
  const index = new Map<string, string | null>();
  for (const name of names) addInitials(index, initialsOf(name), name);
  let full: Map<string, string | null> | undefined;
  for (const name of names) {
    const initials = fullInitialsOf(name);
    if (initials === null || index.has(initials)) continue;
    full ??= new Map();
    addInitials(full, initials, name);
  }
  if (full !== undefined) for (const [initials, name] of full) index.set(initials, name);
  return index;
}

/** The one name of the index whose initials are `letters`; undefined for none or several. */
export function acronymTarget(letters: string, index: Map<string, string | null>): string | undefined {
  return index.get(letters) ?? undefined;
}

/** What corpusAcronymJoins weighs of an organization's record over a corpus. */
interface CorpusOrganization {
  name: string;
  documents: number;
  aliases: readonly string[];
}

function addOrganization(
  index: Map<string, CorpusOrganization[]>,
  initials: string | null,
  organization: CorpusOrganization,
): void {
  if (initials === null) return;
  const known = index.get(initials);
  if (known === undefined) index.set(initials, [organization]);
  else known.push(organization);
}

/**
 * Acronyms by the organization some document of a corpus joined each to (the acronym, dotted or not, among the
 * longer name's aliases), for acronymTarget where names share the initials and initialsIndex has none: the name
 * that spells the acronym, that documents joined to it, and that is named in at least twice as many documents as
 * any other of those initials ("NWA" of a "Northern Wire Agency" of 14 documents, beside "Nolan, Wexley and Ames"
 * of one). Reuters bench: a joined name of any initials took stock tickers ("<XYZ>" beside another company); this
 * one joins 69 acronyms there (4 of them doubtful by name). CHECK sample (200 news articles): 2 joined, both right.
 */
export function joinedAcronyms(organizations: readonly CorpusOrganization[]): Map<string, string> {
  const byInitials = new Map<string, CorpusOrganization[]>();
  const byFullInitials = new Map<string, CorpusOrganization[]>();
  for (const organization of organizations) {
    addOrganization(byInitials, initialsOf(organization.name), organization);
    addOrganization(byFullInitials, fullInitialsOf(organization.name), organization);
  }
  // As in initialsIndex, the initials of every word count only where no name has them as initialsOf's.
  for (const [initials, named] of byFullInitials)
    if (!byInitials.has(initials)) byInitials.set(initials, named);
  const joined = new Map<string, string>();
  for (const [initials, named] of byInitials) {
    if (named.length < 2) continue;
    const ranked = [...named].sort((a, b) => b.documents - a.documents);
    const [top, next] = ranked as [CorpusOrganization, CorpusOrganization];
    if (top.documents < 2 * next.documents) continue;
    if (top.aliases.some((alias) => acronymLetters(alias) === initials)) joined.set(initials, top.name);
  }
  return joined;
}

/**
 * Whether an acronym left alone in its documents joins, over a corpus, the one organization whose initials it
 * spells. Initials alone across documents mislead: Reuters acronyms are often stock tickers ("<SNL>" is no
 * "Shopping Network Ltd" named elsewhere), and a common acronym is no rare long name ("NZ" of 27 documents is no
 * "Neutral Zone" of one). So it joins when some document itself joined the two (the acronym, dotted or not,
 * among the long name's aliases) and the long name is named in two documents or more, or in a third as many as
 * the bare acronym ("IBM" of 88 documents, "International Business Machines" of 6; not "NBC" of 6 and the
 * "National Baptist Convention" one document defined); or, on initials alone, when the long name is named in two
 * documents or more, and in at least as many as the bare acronym ("FOMC" of 1, "Federal Open Market Committee"
 * of 8). Reuters: 257 corpus joins -> 95 (a sample of those dropped: 6 of 6 company initials were tickers of
 * other companies).
 */
export function corpusAcronymJoins(acronym: CorpusOrganization, target: CorpusOrganization): boolean {
  if (target.aliases.some((alias) => acronymLetters(alias) === acronym.name))
    return acronym.documents <= 3 * target.documents || target.documents >= 2;
  return target.documents >= 2 && acronym.documents <= target.documents;
}
