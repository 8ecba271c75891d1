/**
 * One name, one type over a corpus: the votes the corpus's entities take before its naming rules join short
 * names to full ones (aggregate/entities.ts). The one rule both `entities` and `annotate` read: `annotate`
 * retypes each document's names as the vote moved them (aggregate/entities.ts retypings, retype.ts).
 */

import { BODY_NAME_WORDS, isLegalFormWord } from "../lexicon/organization-suffixes.js";
import { isFirstCapitalOnly } from "../text/word-shape.js";
import type { CorpusEntityRecord } from "../types.js";
import {
  hasTitle,
  isKnownFirstName,
  namedAsPerson,
  type PersonWords,
  peopleNamed,
  personWords,
} from "./corpus-people.js";
import { mergeInto } from "./corpus-records.js";
import { entityKey } from "./entities.js";
import { nameBeforeCompanyForm } from "./names/company-form-names.js";
import { isLexiconPerson } from "./names/lexicon-persons.js";

/** Told of each record a vote merges into another (from, into): how `annotate` learns which names moved. */
export type OnJoin = (from: CorpusEntityRecord, into: CorpusEntityRecord) => void;

/** The share of a name's mentions its most common type needs to take the others ("unless documents clearly differ"). */
const TYPE_MAJORITY = 2 / 3;

/**
 * One name, one type over the corpus: a name that is a person in some documents and a place or organization in
 * others goes to the type of most of its mentions, when that type has at least two thirds of them; a closer
 * split means the documents mean different things ("Jordan" the country and the basketball player) and stays.
 * The documents also clearly differ where the minority's reading has its own evidence, or the majority's reading
 * as a person has none:
 * - a person with a title ("President Kestrel" beside the Kestrel carmaker's many mentions) stays a person;
 * - a place the gazetteer puts in a country ("Georgia" the US state) stays a place beside a country of its name:
 *   CHECK (484 unread news articles as one `annotate` corpus) had 3 US-state records made the country, all wrong;
 * - a person outvotes another type only when the corpus names it as one: by a title, by a full name (namedInFull),
 *   or as the surname of such a full name ("Whitlow" of Dana Whitlow) or its one person's first name (as
 *   votePersonNames reads them; the views of canonical.ts have no titles, only names). A firm the tagger
 *   reads as a person in most of its documents ("Halvorsen Petroleum", "Okafor" alone) then keeps the
 *   documents that read it as a firm.
 * Reuters bench (19,779 documents' records, `entities`): 147 records a document typed no longer take another
 * type, 12 newly do; of 30 read at random, 21 better (firms the tagger reads as persons elsewhere: "Preussag",
 * "Conrail", "Paine Webber" keep their organization documents; a president or an executive secretary named by
 * a title stays a person), 0 worse, 4 neither (a month, a cut name). Left: persons whose first name the
 * lexicon lacks and who have no title (about 8 of the 115 organization or place records kept apart). GUM train: a physicist's name
 * cut from an institute's became an organization apart (entries 1,748 -> 1,749) until organization-spans.ts grew
 * the institute's name; corpus entities then as before.
 */
export function voteTypes(merged: Map<string, CorpusEntityRecord>, onJoin?: OnJoin): void {
  let firmOpenings: Set<string> | null = null;
  let firmStarts: Set<string> | null = null;
  const byName = new Map<string, CorpusEntityRecord[]>();
  // A firm written with its legal form votes for its name without it ("Kestrel Inc" for "Kestrel"): the form is the
  // surest sign of a firm, and a document that wrote it gives the bare name none of its mentions otherwise.
  const withForm = new Set<CorpusEntityRecord>();
  for (const record of merged.values()) {
    const base = record.type === "organization" ? nameBeforeCompanyForm(record.name) : null;
    if (base !== null) withForm.add(record);
    const key = (base ?? record.name).toLowerCase();
    const group = byName.get(key);
    if (group === undefined) byName.set(key, [record]);
    else group.push(record);
  }
  // Only a one-word name that several records share is asked of the corpus's people (namedAsPerson).
  const asked = new Set<string>();
  for (const [key, group] of byName) if (group.length > 1 && !key.includes(" ")) asked.add(key);
  const people = personWords(merged, asked);
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    // A type's weight is all its records' mentions: a firm's full name with its legal form counts for its short name.
    const weights = new Map<string, number>();
    for (const r of group) weights.set(r.type, (weights.get(r.type) ?? 0) + r.count);
    const total = group.reduce((sum, r) => sum + r.count, 0);
    const top = group.reduce((a, b) =>
      (weights.get(b.type) as number) > (weights.get(a.type) as number) ||
      (b.type === a.type && b.count > a.count)
        ? b
        : a,
    );
    if ((weights.get(top.type) as number) < TYPE_MAJORITY * total) continue;
    const topIsPerson = top.type === "person";
    for (const record of group) {
      if (record === top) continue;
      // A firm's full name is never a person's or a place's: it only votes.
      // Nor another firm's of the same short name with another form ("Halvorsen Petroleum Inc" and "... Co.").
      if (withForm.has(record) && (top.type !== "organization" || withForm.has(top))) continue;
      if (!topIsPerson && record.type === "person" && hasTitle(record)) continue;
      if (topIsPerson && record.type !== "person" && !namedAsPerson(top, people)) continue;
      // A one-word name that opens a firm's name with its legal form in the corpus ("Kestrel" of "Kestrel Tool Co")
      // keeps its documents that read it as no person: the firm named for its founder, as votePersonNames reads it.
      // Reuters bench (session 28): 15 records keep an organization reading, 14 better (firms named for their
      // founders: an engine maker, a brokerage, a gun maker), 1 worse (a given name in "<Name> and <Name> <Surname>").
      if (topIsPerson && record.type !== "person" && !top.name.includes(" ")) {
        firmStarts ??= organizationOpenings(merged, 1);
        if (firmStarts.has(record.name.toLowerCase())) continue;
      }
      // A firm named for its founders ("Whitlow Okafor" beside "Whitlow Okafor Holdings Inc" in the corpus) is
      // not outvoted by the person reading of its name elsewhere.
      if (topIsPerson && record.type === "organization" && top.name.includes(" ")) {
        firmOpenings ??= organizationOpenings(merged);
        if (firmOpenings.has(record.name.toLowerCase().replace(/\s+/g, " "))) continue;
      }
      // A place the gazetteer puts in a country ("Georgia" the US state) is not that country's namesake.
      if (top.type === "country" && record.type === "place" && record.country !== undefined) continue;
      // A body's name read as one ("University of Kestrel", "the Treasury Department") is not outvoted by the
      // place or country reading of its other documents.
      if (record.type === "organization" && top.type !== "person" && namesBody(record.name)) continue;
      mergeInto(top, record, record.documents);
      onJoin?.(record, top);
      merged.delete(entityKey(record.type, record.name));
    }
  }
  voteUnnamedPersons(merged, byName, people, onJoin);
}

/**
 * A name's person reading that nothing names as a person (no title, no first name the lexicon knows, not a surname
 * or first name of a person the corpus names in full: namedAsPerson) joins the organization of the same name where
 * the corpus names that firm in full with its legal form ("Kestrel Bancorp" beside "Kestrel Bancorp Inc"), or,
 * without such a firm, where the organization reading outweighs it (outweighsUnnamedPerson): a tagger
 * reads a bank's or broker's name as a person's in some documents, and the majority vote above leaves both when the
 * readings split three ways or the person reading is the larger. A person of that name with a first name or a title
 * keeps the person reading ("Dana Whitlow" beside "Dana Whitlow Holdings Inc") where a document writes it by its
 * surname alone or with a title; a full name whose only evidence is its first name is the firm's (isFoundersName).
 * Reuters bench (`entities`, BASE): of the 182 names both a person and an organization, 114 had no such evidence for
 * the person reading; the 57 of them that open a firm's name with its legal form are firms.
 */
function voteUnnamedPersons(
  merged: Map<string, CorpusEntityRecord>,
  byName: ReadonlyMap<string, CorpusEntityRecord[]>,
  people: PersonWords,
  onJoin?: OnJoin,
): void {
  let firms: Set<string> | null = null;
  for (const [name, group] of byName) {
    if (group.length < 2) continue;
    const live = group.filter((r) => merged.get(entityKey(r.type, r.name)) === r);
    let firm: CorpusEntityRecord | undefined;
    for (const r of live)
      if (r.type === "organization" && (firm === undefined || r.count > firm.count)) firm = r;
    if (firm === undefined) continue;
    // From the first word on: "kestrel" and "kestrel bancorp" of "Kestrel Bancorp Inc".
    firms ??= organizationOpenings(merged, 1);
    const namedFirm = firms.has(name);
    for (const record of live) {
      if (record.type !== "person") continue;
      if (namedAsPerson(record, people) && !(namedFirm && isFoundersName(record))) continue;
      if (!namedFirm && !outweighsUnnamedPerson(firm, record, live)) continue;
      mergeInto(firm, record, record.documents);
      onJoin?.(record, firm);
      merged.delete(entityKey(record.type, record.name));
    }
  }
}

/**
 * Whether an organization reading takes a person reading of its name that nothing names as a person, where the
 * corpus names no firm of the name with its legal form (voteUnnamedPersons): the tagger reads a firm's, a bank's
 * or a product's name as a person's in some documents ("Kestrel said the prices..."), and the majority vote leaves
 * both where neither has two thirds of the mentions (most such names are in one or two documents of each reading).
 * The documents clearly differ, and the person reading stays, where the person reading has evidence of its own
 * beyond namedAsPerson's: a one-word name the lexicon knows as a first name ("Dana" beside a "Dana" firm), a full
 * name a document also wrote by its last word alone ("Zoltar Brennick ... Brennick said"); where it outnumbers the
 * organization reading more than UNNAMED_PERSON_ODDS to one; or where a place or country reading of the name is
 * larger than the organization's (a city the tagger also read as a firm). Reuters bench (`annotate`, session 29):
 * 99 names had an organization reading and a person reading nothing names as a person (of 215 names both a person
 * and another type), about 62 of them firms, banks, papers or products, 8 persons, the rest table words ("Dlrs")
 * or places. With this rule 138 records change (all read: 104 better, "Conrail", "Olivetti", "Marplan", "Gatt";
 * 33 neither, table words and places; 1 worse, a broker's analyst whose first name the tagger cut), and 143 names
 * stay both a person and another type. Odds 3 kept "Olivetti" (20 person mentions, 5 firm) apart; 6 moved two
 * more firms' names but leaves less room for a foreign name the lexicon lacks.
 */
function outweighsUnnamedPerson(
  firm: CorpusEntityRecord,
  person: CorpusEntityRecord,
  readings: readonly CorpusEntityRecord[],
): boolean {
  if (person.count > UNNAMED_PERSON_ODDS * firm.count) return false;
  for (const reading of readings)
    if ((reading.type === "place" || reading.type === "country") && reading.count > firm.count) return false;
  if (!person.name.includes(" ")) return !isKnownFirstName(person.name);
  return !writtenBySurname(person);
}

/**
 * A full name whose reading as a person rests on its first name alone, where it opens a firm's name with its
 * legal form in the corpus: no title, not a person the lexicon knows, and no document that wrote it by its surname
 * alone (a founder is written "Okafor said"; a brokerage "Dana Okafor" or "Chase Manhattan", by its first word if
 * at all). The firm's reading takes it (voteUnnamedPersons), as the vote's firm openings keep the firm's documents
 * (organizationOpenings). Reuters bench (`annotate`, session 29): 103 records change, 101 better (a brokerage in 41
 * records and a bank in 36 that the tagger read as persons, five other brokerages and makers), 2 neither (a
 * brokerage's word cut off, now a place, as the person before).
 */
function isFoundersName(record: CorpusEntityRecord): boolean {
  if (!record.name.includes(" ") || hasTitle(record) || isLexiconPerson(record.name)) return false;
  return !writtenBySurname(record);
}

/** Whether a full name's documents also wrote it by its last word alone (an alias). */
function writtenBySurname(record: CorpusEntityRecord): boolean {
  return record.aliases.includes(record.name.slice(record.name.lastIndexOf(" ") + 1));
}

/** How many times the organization's mentions a person reading with no evidence needs to keep its own. */
const UNNAMED_PERSON_ODDS = 4;

/**
 * The lower-cased names of two words or more that open a company's name of the corpus, one ending in a legal form
 * ("dean witter" of "Dean Witter Reynolds Inc"): a full name's reading as a person does not outvote its reading as
 * an organization there, where the corpus names the firm in full. Reuters bench (`annotate`, voted): 31 records of
 * 10 names had a brokerage's, bank's or maker's name made a person by the vote (a first name the lexicon knows
 * opening a firm's two surnames, or a founder's full name); all 10 names open a company's name of the corpus,
 * none of the 9 names rightly made persons does. Any longer organization (first try) also kept a politician's name
 * an organization where the tagger had read it so beside "<Name> Foundation" or a list cut as one name ("<Name>
 * and <Name>"): 18 records of 800 unread news articles (CHECK), all worse; a legal form settles it. One-word names are left
 * to votePersonNames' own rule (organizationFirstWords): a president's surname opens "<Surname> Administration".
 */
function organizationOpenings(merged: Map<string, CorpusEntityRecord>, shortest = 2): Set<string> {
  const openings = new Set<string>();
  for (const record of merged.values()) {
    if (record.type !== "organization") continue;
    const written = record.name.split(/[\s,]+/);
    const form = written[written.length - 1] as string;
    if (!isLegalFormWord(form)) continue;
    const words = written.map((word) => word.toLowerCase());
    for (let n = shortest; n < words.length; n++) openings.add(words.slice(0, n).join(" "));
  }
  return openings;
}

/** Whether a name holds a word of a body's name (BODY_NAME_WORDS: "Department", "University"). */
function namesBody(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((word) => BODY_NAME_WORDS.has(word));
}

/** The documents that must name the people a one-word name answers to before it outvotes another type. */
const MIN_PERSON_DOCUMENTS = 3;

/**
 * The lower-cased first words of the corpus's organizations of several words: a one-word organization that opens
 * one ("Halvorsen" beside "Halvorsen Petroleum") is that company, named for a person or not.
 */
function organizationFirstWords(merged: Map<string, CorpusEntityRecord>): Set<string> {
  const words = new Set<string>();
  for (const record of merged.values()) {
    if (record.type !== "organization") continue;
    const space = record.name.indexOf(" ");
    if (space > 0) words.add(record.name.slice(0, space).toLowerCase());
  }
  return words;
}

/**
 * A one-word organization or place that the corpus's one person of that surname (or first name) answers to is
 * that person, where the person takes two thirds of the mentions and of the documents, in three documents or
 * more: a tagger reads a candidate's surname in "the Whitlow campaign" as an organization in a few documents,
 * while the corpus names Dana Whitlow in many. A surname several people bear stays what it was (Reuters bench:
 * 36 of 88 such names made persons were common surnames or words, "Young", "Savings"); so do a country, a place
 * the gazetteer knows, and an organization whose name opens a longer one of the corpus (a firm named for its
 * founder). CHECK sample (200 news articles): 3 organizations or places -> persons, all right; Reuters bench: 17,
 * 3 of them wrong (firms the tagger read as persons in some documents).
 */
export function votePersonNames(merged: Map<string, CorpusEntityRecord>, onJoin?: OnJoin): void {
  const firmWords = organizationFirstWords(merged);
  const candidates: [string, CorpusEntityRecord][] = [];
  for (const entry of merged) {
    const record = entry[1];
    if (record.type !== "organization" && record.type !== "place") continue;
    // A place the gazetteer knows (it gave the place its country) stays one: "Carlton" the town beside a Carlton.
    if (!isFirstCapitalOnly(record.name) || record.country !== undefined) continue;
    if (record.type === "organization" && firmWords.has(record.name.toLowerCase())) continue;
    candidates.push(entry);
  }
  const people = personWords(merged, new Set(candidates.map(([, record]) => record.name.toLowerCase())));
  for (const [key, record] of candidates) {
    const named = peopleNamed(record.name, people);
    if (named?.length !== 1) continue;
    const person = named[0] as CorpusEntityRecord;
    if (person.documents < MIN_PERSON_DOCUMENTS) continue;
    if (person.count < TYPE_MAJORITY * (person.count + record.count)) continue;
    if (person.documents < TYPE_MAJORITY * (person.documents + record.documents)) continue;
    mergeInto(person, record, record.documents);
    onJoin?.(record, person);
    merged.delete(key);
  }
}
