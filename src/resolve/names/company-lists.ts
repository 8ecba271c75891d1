/**
 * A one- or two-word person name listed among companies is a company named for its founder ("Acme, Globex,
 * Hargrove's and Initech"; "Acme, Lindqvist Brothers and Globex"): organizations on both sides, or the two items
 * after it, each set apart by a comma or "and"; a one-word name may close the list too. PolNeAR train FIT sample
 * (session 10): 2 such in a donors' list, no person.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer } from "../../extract/entities/gazetteer.js";
import type { Mention } from "../../types.js";

/** Between two items of a list: a comma, "and", "&", or both; a possessive may end the first ("Hargrove's, "). */
const LIST_GAP = /^(?:['’]s)?(?:,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+)$/u;
/** After the last item but one: "and" or "&" ends the gap. */
const LAST_GAP = /(?:and|&)\s+$/u;
/** The list goes on after the name ("Hargrove's, and", "Hargrove and"). */
const LIST_GOES_ON = /^(?:['’]s)?(?:,|\s+(?:and|&)\s)/u;

const isOrganization = (m: Mention | undefined): m is Mention => m?.type === "organization";

/** Whether mentions[i], a person, is listed between two organizations, before two, or after two. */
export function isListedWithCompanies(text: string, mentions: readonly Mention[], i: number): boolean {
  const m = mentions[i] as Mention;
  // Every list below has an organization right before or right after the name: without one, no words are split
  // (most persons; the split was 2% of resolve/names' allocation).
  if (!isOrganization(mentions[i - 1]) && !isOrganization(mentions[i + 1])) return false;
  const words = m.text.split(/\s+/);
  // A titled name or one of three words or more is a person's ("Apple, Google and Dr. Ann Roe").
  if (m.title !== undefined || words.length > 2) return false;
  // A full name with a known first name may be a person's, even between firms ("the SEC, Dana Whitlow, Whitlow
  // Group and ..."); dictionary words are dropped later ("Outlook", "Co": Reuters bench).
  if (words.length === 2 && isKnownFirstName(words[0] as string)) return false;
  if (words.every((w) => w.length < 3 || gazetteer().ordinaryWords.has(w.toLowerCase()))) return false;
  const gap = (a: Mention, b: Mention): boolean => LIST_GAP.test(text.slice(a.end, b.start));
  const [b2, b1, a1, a2] = [mentions[i - 2], mentions[i - 1], mentions[i + 1], mentions[i + 2]];
  const between = isOrganization(b1) && isOrganization(a1) && gap(b1, m) && gap(m, a1);
  const after = isOrganization(a1) && isOrganization(a2) && gap(m, a1) && gap(a1, a2);
  if (between || after) return true;
  // Last of a list ("Acme, Globex and Hargrove"), one word only: a full name may be a person closing it ("Acme,
  // Globex and Dana Whitlow"); not a name after a list's items with no list going on ("Acme, NCA, Whitlow said").
  if (words.length > 1 || !isOrganization(b1) || !isOrganization(b2)) return false;
  if (!gap(b2, b1) || !gap(b1, m)) return false;
  return LAST_GAP.test(text.slice(b1.end, m.start)) || LIST_GOES_ON.test(text.slice(m.end, m.end + 8));
}
