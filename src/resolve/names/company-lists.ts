/**
 * A one- or two-word person name listed among companies is a company named for its founder ("Acme, Globex,
 * Hargrove's and Initech"; "Acme, Lindqvist Brothers and Globex"): organizations on both sides, or the two items
 * after it, each set apart by a comma or "and"; a one-word name may close the list too. PolNeAR train FIT sample
 * (session 10): 2 such in a donors' list, no person. Listed among places, the name is a place ("the towns of
 * Ubeda, Seville, Marisol and Granada", "crews from Leeds, York, Ripon and Abbots Morley"; session 24, Wikinews check
 * corpus: 4 towns of such lists read as people, in 3 of 140 CHECK articles); a two-word name may close that list.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, PLACE_KINDS, wordKind } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";

/** Between two items of a list: a comma, "and", "&", or both; a possessive may end the first ("Hargrove's, "). */
const LIST_GAP = /^(?:['’]s)?(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)$/u;
/** After the last item but one: "and" or "&" ends the gap. */
const LAST_GAP = /(?:and|&)\s+$/u;
/** The list goes on after the name ("Hargrove's, and", "Hargrove and"). */
const LIST_GOES_ON = /^(?:['’]s)?(?:,|\s+(?:and|&)\s)/u;

const isOrganization = (m: Mention | undefined): m is Mention => m?.type === "organization";
const isPlace = (m: Mention | undefined): m is Mention => m?.type === "place" || m?.type === "country";

/** A place the gazetteer knows, not only the tagger. */
function isKnownPlace(name: string): boolean {
  const gaz = gazetteer();
  const key = name.toLowerCase();
  return (
    (wordKind(name) & PLACE_KINDS) !== 0 ||
    gaz.cities.has(key) ||
    gaz.countries.has(key) ||
    gaz.usStates.has(key) ||
    gaz.regions.has(key)
  );
}

/** Whether mentions[i], a person, is listed between two organizations, before two, or after two. */
export function isListedWithCompanies(text: string, mentions: readonly Mention[], i: number): boolean {
  return isListedAmong(text, mentions, i, isOrganization, 1);
}

/**
 * Whether mentions[i], a person, is listed between two places, before two, or after two; not an owner ("Bluffton,
 * Ohio, and Whitlow's plant") nor the start of a longer name ("Citgo, Tulsa and Whitlow Oil"): Reuters bench, a
 * first version read both as places.
 */
export function isListedWithPlaces(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i] as Mention;
  if (NAME_GOES_ON.test(text.slice(m.end, m.end + 3))) return false;
  if (!isListedAmong(text, mentions, i, isPlace, 2)) return false;
  // One of the list's places must be one the gazetteer knows: in a line-up of surnames the tagger half read as
  // places (", Tarrow, Whitlow, Brisco,") or a list of people of whom it misread two, the rest are people too (a
  // first version, on 600 unread CNN/DM and PolNeAR documents: 2 records changed, both worse).
  return [i - 2, i - 1, i + 1, i + 2].some((j) => {
    const other = mentions[j];
    return isPlace(other) && isKnownPlace(other.text);
  });
}

const isFullNamedPerson = (m: Mention | undefined): m is Mention =>
  m?.type === "person" && m.title === undefined && /\s/u.test(m.text);

/**
 * Whether mentions[i], an organization of two words opened by a known first name, is listed between two persons'
 * full names, or closes a list of two ("John Tavares, Mitch Marner, Morgan Rielly and Zach Hyman also scored"):
 * a person the tagger read as a firm named for its founder ("Morgan" of J.P. Morgan). Session 36 probe (CP
 * sport, 2019): "Morgan Rielly" an organization among three scorers.
 */
export function isListedWithPersons(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i] as Mention;
  const [b2, b1, a1] = [mentions[i - 2], mentions[i - 1], mentions[i + 1]];
  // Persons around it first: most organizations have none, and no words are split for them.
  if (m.type !== "organization" || !isFullNamedPerson(b1)) return false;
  const words = m.text.split(/\s+/);
  if (words.length !== 2 || !isKnownFirstName(words[0] as string)) return false;
  const gap = (a: Mention, b: Mention): boolean => LIST_GAP.test(text.slice(a.end, b.start));
  if (!gap(b1, m)) return false;
  if (isFullNamedPerson(a1) && gap(m, a1)) return true;
  return isFullNamedPerson(b2) && gap(b2, b1) && LAST_GAP.test(text.slice(b1.end, m.start));
}

/** A possessive or a capitalized word right after a name. */
const NAME_GOES_ON = /^(?:['’]s|\s\p{Lu})/u;

/**
 * Whether mentions[i], a person, is listed between two mentions of a kind, before two, or after two; a name of at
 * most `lastWords` words may close such a list.
 */
function isListedAmong(
  text: string,
  mentions: readonly Mention[],
  i: number,
  isKind: (m: Mention | undefined) => m is Mention,
  lastWords: number,
): boolean {
  const m = mentions[i] as Mention;
  // Every list below has a mention of the kind right before or right after the name: without one, no words are
  // split (most persons; the split was 2% of resolve/names' allocation).
  if (!isKind(mentions[i - 1]) && !isKind(mentions[i + 1])) return false;
  const words = m.text.split(/\s+/);
  // A titled name or one of three words or more is a person's ("Apple, Google and Dr. Ann Roe").
  if (m.title !== undefined || words.length > 2) return false;
  // A full name with a known first name may be a person's, even between firms ("the SEC, Dana Whitlow, Whitlow
  // Group and ..."); dictionary words are dropped later ("Outlook", "Co": Reuters bench).
  if (words.length === 2 && isKnownFirstName(words[0] as string)) return false;
  if (words.every((w) => w.length < 3 || gazetteer().ordinaryWords.has(w.toLowerCase()))) return false;
  const gap = (a: Mention, b: Mention): boolean => LIST_GAP.test(text.slice(a.end, b.start));
  const [b2, b1, a1, a2] = [mentions[i - 2], mentions[i - 1], mentions[i + 1], mentions[i + 2]];
  const between = isKind(b1) && isKind(a1) && gap(b1, m) && gap(m, a1);
  const after = isKind(a1) && isKind(a2) && gap(m, a1) && gap(a1, a2);
  if (between || after) return true;
  // Last of a list ("Acme, Globex and Hargrove"), one word only among firms: a full name may be a person closing
  // it ("Acme, Globex and Dana Whitlow"); not a name after a list's items with no list going on ("Acme, NCA,
  // Whitlow said").
  if (words.length > lastWords || !isKind(b1) || !isKind(b2)) return false;
  if (!gap(b2, b1) || !gap(b1, m)) return false;
  return LAST_GAP.test(text.slice(b1.end, m.start)) || LIST_GOES_ON.test(text.slice(m.end, m.end + 8));
}
