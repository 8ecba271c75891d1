/**
 * A title-case headline's words run into a person's name: "Senator On Whitlow: ...", "Side Refusing To Meet
 * Okafor", "told Acme’s Whitlow" read from the possessive's "’s". Part of the per-document naming (index.ts),
 * before the titled names, so that a title after the dropped word is read.
 * - A leading possessive ending ("’s Whitlow"), role compound ("Editor-in-Chief Dana Whitlow") or capitalized
 *   preposition ("On Whitlow") is no word of the name: the name starts after it. "By" stays (a byline's, which
 *   the credit rules read) and "To" too (a surname: "To Hanh").
 * - A capitalized preposition inside the name ("Side Refusing To Meet Okafor") makes the run a headline's
 *   words, no person; "Of" aside ("Duke Of Marlowe" in a title-case line).
 * - A capitalized ordinary word between two full names ("Dana Whitlow Endorses Gil Marsh", "... And Gil Marsh")
 *   is a headline's verb or conjunction: the run is the two persons, each a known first name and at least one more
 *   word, the word between them no name or title any list holds. FIT sample (seed 20261661): a headline's
 *   endorser and candidate read as one person, who then took in the candidate's other mentions. A role noun
 *   between them leaves only the person after it.
 * Session 13 FIT sample (seed 20261233, 40 news and GUM documents): 4 of 212 listed people, none right.
 */
import { titleLike } from "../../corpus/headline.js";
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import { gazetteer, Kind, wordKind } from "../../extract/entities/gazetteer.js";
import { mentionAt } from "../../extract/mention.js";
import { NAME_PARTICLES } from "../../lexicon/name-particles.js";
import { ORGANIZATION_NOUNS } from "../../lexicon/organization-nouns.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { ROLE_HEADS } from "../../lexicon/speaker-roles.js";
import { isTitleCased } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

/**
 * A possessive's ending, a role's compound ("Editor-in-Chief", "Sergeant-at-Arms": no name word is joined by
 * "-in-" or "-at-"), or a capitalized preposition other than "By" and "To", and the space after it.
 */
const LEADING_WORD = /^(?:['’]s|\p{Lu}\p{Ll}+-(?:in|at|In|At)-\p{L}+|(\p{Lu}\p{Ll}+))\s+(?=\p{Lu})/u;

/** A word between two runs of spaces: a name with an inner word. */
const INNER_WORD = /\s\S+\s/;

/** Whether a capitalized word is a preposition (not "Of", which titles of nobility hold). */
const isInnerPreposition = (word: string): boolean =>
  isTitleCased(word) && word !== "Of" && PREPOSITIONS.has(word.toLowerCase());

const NAME_KINDS = Kind.firstName | Kind.lastName | Kind.title;

/** A title-cased word of the dictionary that no list holds as a name or a title ("Endorses", "And"). */
const isOrdinaryJoint = (word: string): boolean =>
  isTitleCased(word) &&
  gazetteer().ordinaryWords.has(word.toLowerCase()) &&
  (wordKind(word) & NAME_KINDS) === 0 &&
  !isKnownFirstName(word);

/** The two persons of a run "First Surname Word First Surname" (the file's comment), or null. */
function splitAtJoint(m: Mention): Mention[] | null {
  const words: { word: string; at: number }[] = [];
  const word = /\S+/g;
  for (let match = word.exec(m.text); match !== null; match = word.exec(m.text))
    words.push({ word: match[0], at: match.index });
  for (let i = 2; i + 2 < words.length; i++) {
    const joint = words[i] as { word: string; at: number };
    const right = words[i + 1] as { word: string; at: number };
    if (!isOrdinaryJoint(joint.word) || !isKnownFirstName((words[0] as { word: string }).word)) continue;
    if (!isKnownFirstName(right.word)) continue;
    const leftEnd = m.start + joint.at - 1;
    const rightStart = m.start + right.at;
    const lower = joint.word.toLowerCase();
    // A role noun between them ("Morgan Senior Adviser Dana Whitlow", "<County> Sheriff Gil Marsh"): the words
    // before it say whose adviser or which county's sheriff, no second person. CHECK sample (seed 20261661): 2.
    if (ROLE_HEADS.has(lower) || PERSON_DESCRIPTORS.has(lower))
      return [
        mentionAt(rightStart, m.end, m.text.slice(right.at), "person", m.text.slice(right.at), m.title),
      ];
    return [
      mentionAt(
        m.start,
        leftEnd,
        m.text.slice(0, joint.at - 1),
        "person",
        m.text.slice(0, joint.at - 1),
        m.title,
      ),
      mentionAt(rightStart, m.end, m.text.slice(right.at), "person"),
    ];
  }
  return null;
}

/**
 * The line a mention is on, with the document's mentions on it blanked out: whether the line is a title's is read
 * from its other words (a sentence of names, "Then he worked with Dana Whitlow, Gil Marsh and Tessa Varga.",
 * has most of its longer words capitalized too: GUM train lost a first name that is also a dictionary word so).
 */
function lineOf(text: string, m: Mention, mentions: readonly Mention[]): string {
  const start = text.lastIndexOf("\n", m.start) + 1;
  let end = text.indexOf("\n", m.end);
  if (end < 0) end = text.length;
  let line = text.slice(start, end);
  for (const other of mentions)
    if (other.start >= start && other.end <= end)
      line =
        line.slice(0, other.start - start) +
        " ".repeat(other.end - other.start) +
        line.slice(other.end - start);
  return line;
}

/** A name's last word ("Whitlow" of "Dana Whitlow"; a one-word name itself). */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(" ") + 1);

/** How many person mentions are written as each name (whole), and as each last word of two words or more. */
interface PersonNames {
  whole: Map<string, number>;
  last: Map<string, number>;
}

function personNames(mentions: readonly Mention[]): PersonNames {
  const names: PersonNames = { whole: new Map(), last: new Map() };
  const add = (map: Map<string, number>, name: string): void => {
    map.set(name, (map.get(name) ?? 0) + 1);
  };
  for (const m of mentions) {
    if (m.type !== "person") continue;
    add(names.whole, m.text);
    if (m.text.includes(" ")) add(names.last, lastWord(m.text));
  }
  return names;
}

/**
 * A capitalized ordinary word (no name, title, role or person noun any list holds) before a name another mention of
 * the document is written as: a headline's verb or adjective or a sentence's first word, no word of the name
 * ("Endorsed Whitlow", "Unlike Whitlow, ..."). FIT sample (seed 20261717, 512 CNN/DM and PolNeAR documents): 6 such
 * runs among 4,382 listed people, each a second entry of a person the document names.
 */
function isOrdinaryLead(
  text: string,
  m: Mention,
  word: string,
  rest: string,
  names: () => PersonNames,
  mentions: readonly Mention[],
): boolean {
  const lower = word.toLowerCase();
  // An organization's noun heads an organization's name ("Bank Negara": Reuters), no headline's word.
  if (!isOrdinaryJoint(word) || ROLE_HEADS.has(lower) || PERSON_DESCRIPTORS.has(lower)) return false;
  // A name's particle opens a name ("Bin Harith" for "Mohammed bin Harith"), though written in lower case too.
  if (ORGANIZATION_NOUNS.has(lower) || NAME_PARTICLES.has(lower)) return false;
  // Another mention writes the rest, whole or as its last word; the mention's namesakes' last words do not count
  // ("Home Federal" twice is no "Federal": Reuters).
  const { whole, last } = names();
  const namesakes = rest === lastWord(m.text) ? (whole.get(m.text) ?? 0) : 0;
  if ((whole.get(rest) ?? 0) === 0 && (last.get(rest) ?? 0) <= namesakes) return false;
  // The document writes the word in lower case too, as a word of its prose, or the name is in a title-case line
  // and no other mention is written so: a first name the lists lack that is also a dictionary word ("Mitt",
  // "Newt", "Per") is written capitalized only, and in full again. FIT: without this, 16 full names were cut.
  if (new RegExp(String.raw`(?<![\p{L}'’-])${lower}(?![\p{L}'’-])`, "u").test(text)) return true;
  return titleLike(lineOf(text, m, mentions)) && (whole.get(m.text) ?? 0) <= 1;
}

/** The person mentions with a headline's words dropped from their start, and those that are headlines left out. */
export function withoutHeadlineWords(found: Mention[], text: string): Mention[] {
  let mentions = found;
  for (const m of found) {
    if (m.type !== "person") continue;
    const parts = splitAtJoint(m);
    if (parts !== null) mentions = mentions.flatMap((n) => (n === m ? parts : [n]));
  }
  let known: PersonNames | undefined;
  const names = (): PersonNames => {
    known ??= personNames(mentions);
    return known;
  };
  return mentions.filter((m) => {
    if (m.type !== "person") return true;
    const lead = LEADING_WORD.exec(m.text);
    const word = lead?.[1];
    if (
      lead !== null &&
      (word === undefined ||
        (word !== "By" && word !== "To" && PREPOSITIONS.has(word.toLowerCase())) ||
        isOrdinaryLead(text, m, word, m.text.slice(lead[0].length), names, mentions))
    ) {
      const cut = lead[0].length;
      m.start += cut;
      m.text = m.text.slice(cut);
      if (m.entity.length >= cut) m.entity = m.entity.slice(cut);
    }
    // Inner words need two runs of spaces: a name of one or two words is not split (most persons).
    return !(INNER_WORD.test(m.text) && m.text.split(/\s+/).slice(1, -1).some(isInnerPreposition));
  });
}
