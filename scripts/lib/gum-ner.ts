/**
 * GUM (../shared/eval/entities/gum-*.jsonl) as token-level BIO over PER/LOC/ORG/MISC, for training the tagger
 * and for scoring it on GUM dev. GUM's mentions are whole noun phrases ("the prominent critic Eduard Hanslick",
 * "Zurbarán’s"); a name is the run of capitalized tokens of a proper mention, CoNLL-style:
 * - the run starts at the mention's first capitalized token and ends before anything that is not a name word
 *   (a possessive, a comma, a lower-case word); "of", "the", "de", "&" ... may join two capitalized words
 *   ("University of Portsmouth");
 * - a leading title ("President", "Dr.") is not part of a person's name, nor a leading "The";
 * - an inner proper mention at the start of the run is a name of its own ("US" in "US President Barack Obama":
 *   LOC, then PER), while one further in belongs to the outer name ("Australia" in "Medical Journal of Australia").
 * Text is tokenized by the project's tokenizer, one GUM sentence a line, as the CLI reads it.
 */
import { readFileSync } from "node:fs";
import { gazetteer, Kind } from "../../src/extract/entities/gazetteer.js";
import { tokenize } from "../../src/text/tokenize.js";
import type { Token } from "../../src/types.js";

export interface GumMention {
  start: number;
  end: number;
  type: string;
  eid: number;
  proper: boolean;
}

export interface GumDocument {
  id: string;
  genre: string;
  text: string;
  mentions: GumMention[];
  people_chains: { eids: number[] }[];
}

/**
 * Genres whose texts may be redistributed in a derived model with attribution (GUM's LICENSE.txt and its site):
 * academic, court, textbooks (OpenStax) and vlogs (YouTube CC search) CC BY 4.0 / 3.0; news and interviews
 * (Wikinews) CC BY 2.5; bio and voyage (Wikipedia, Wikivoyage) CC BY-SA 3.0; conversation (Santa Barbara Corpus,
 * CC BY for GUM); speech (government and UN sites: public domain). Left out: the non-commercial genres
 * (wikiHow, fiction, essays, letters, podcasts: CC BY-NC-SA).
 */
export const REDISTRIBUTABLE_GENRES: ReadonlySet<string> = new Set([
  "academic",
  "bio",
  "conversation",
  "court",
  "interview",
  "news",
  "speech",
  "textbook",
  "vlog",
  "voyage",
]);

/**
 * Proper mentions of GUM's other types (abstract, event, object...) are MISC names rather than O, in training
 * and in the GUM-dev gold alike.
 */
export const GUM_MISC = true;

export type NameLabel = "PER" | "LOC" | "ORG" | "MISC";

/** Proper mentions of these GUM types are MISC names; `time` (Monday, December) is not a name in CoNLL. */
export const MISC_TYPES: ReadonlySet<string> = new Set([
  "abstract",
  "event",
  "object",
  "substance",
  "animal",
  "plant",
]);

const LABEL_OF: Record<string, NameLabel> = { person: "PER", place: "LOC", organization: "ORG" };
/** Lower-case words that may join two capitalized words inside a name ("Bank of the West", "Vincent van Gogh"). */
const CONNECTORS = new Set([
  "of",
  "de",
  "du",
  "des",
  "la",
  "le",
  "von",
  "van",
  "der",
  "den",
  "da",
  "do",
  "dos",
  "y",
  "al",
  "el",
  "bin",
  "for",
  "on",
  "&",
]);
/** Connectors that join a role to what it is a role of, never two parts of a person's name. */
const ROLE_CONNECTORS = new Set(["of", "for", "on"]);
/** A second connector word after the first ("of the", "van der"). */
const SECOND_CONNECTORS = new Set(["the", "la", "der", "den", "los", "las"]);
/** What follows an author's name in a citation, to the end of the mention: "et al., 2013", " (2004)", " 1968". */
const CITATION = /^(?: et al\.?)?,? \(?\d{4}[a-z]?\)?$/;
/** Capitalized words that open a noun phrase without being part of the name ("These United States"). */
const DETERMINERS = new Set([
  "The",
  "A",
  "An",
  "This",
  "These",
  "That",
  "Those",
  "Neither",
  "Either",
  "Both",
  "Each",
  "Every",
  "All",
  "Some",
  "Our",
  "Their",
  "His",
  "Her",
  "My",
  "Its",
  "Your",
]);
const UPPER = /\p{Lu}/u;

export interface NameSpan {
  label: NameLabel;
  /** Token indices into the document's token list, end exclusive. */
  first: number;
  end: number;
}

export interface GumTokens {
  tokens: Token[];
  /** Sentences as [first, end) token ranges: one a line of the text. */
  sentences: [number, number][];
}

export function readGum(path: string): GumDocument[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as GumDocument);
}

export function tokenizeGum(text: string): GumTokens {
  const tokens: Token[] = [];
  const sentences: [number, number][] = [];
  let from = 0;
  while (from <= text.length) {
    const newline = text.indexOf("\n", from);
    const to = newline < 0 ? text.length : newline;
    const first = tokens.length;
    tokens.push(...tokenize(text, from, to));
    if (tokens.length > first) sentences.push([first, tokens.length]);
    from = to + 1;
  }
  return { tokens, sentences };
}

function isNameWord(token: Token): boolean {
  return token.kind === "word" && UPPER.test(token.text) && !/^['’]s$/i.test(token.text);
}

/** The first capitalized run of tokens in [first, end). */
function runIn(tokens: readonly Token[], first: number, end: number): [number, number] | null {
  let start = first;
  // "The prominent critic Eduard Hanslick": a sentence-initial determiner is capitalized but no name.
  while (
    start < end &&
    (!isNameWord(tokens[start] as Token) || DETERMINERS.has((tokens[start] as Token).text))
  )
    start++;
  if (start === end) return null;
  let stop = start + 1;
  while (stop < end) {
    const token = tokens[stop] as Token;
    if (isNameWord(token)) stop++;
    else if (CONNECTORS.has(token.text)) {
      let next = stop + 1;
      if (next < end && SECOND_CONNECTORS.has((tokens[next] as Token).text)) next++;
      if (next < end && isNameWord(tokens[next] as Token)) stop = next + 1;
      else break;
    } else break;
  }
  return [start, stop];
}

/** Tokens of a person title starting at `first` (longest: "Vice President"), else 0. */
function titleLength(tokens: readonly Token[], first: number, end: number): number {
  const phrases = gazetteer().phrases;
  let key = "";
  let longest = 0;
  for (let i = first; i < end && i < first + 4; i++) {
    key =
      key === ""
        ? (tokens[i] as Token).text.toLowerCase()
        : `${key} ${(tokens[i] as Token).text.toLowerCase()}`;
    if (((phrases.get(key) ?? 0) & Kind.title) !== 0) longest = i - first + 1;
  }
  return longest;
}

/** Drops leading determiners and connectors and, from a person's name, leading titles. */
function trimLeading(tokens: readonly Token[], span: NameSpan): NameSpan | null {
  let first = span.first;
  while (first < span.end) {
    const text = (tokens[first] as Token).text;
    const title = span.label === "PER" ? titleLength(tokens, first, span.end) : 0;
    if (title > 0) first += title;
    else if (DETERMINERS.has(text) || CONNECTORS.has(text) || SECOND_CONNECTORS.has(text)) first++;
    else break;
  }
  return first < span.end ? { ...span, first } : null;
}

/** Name spans of a document's proper mentions (`misc`: give the other proper types MISC rather than O). */
export function nameSpans(doc: GumDocument, gum: GumTokens, misc: boolean): NameSpan[] {
  const { tokens } = gum;
  const gaz = gazetteer();
  const startAt = new Map<number, number>();
  const endAt = new Map<number, number>();
  tokens.forEach((token, i) => {
    startAt.set(token.start, i);
    endAt.set(token.end, i + 1);
  });
  // Person chains that name a single person (GUM's `people_chains`); other person chains are groups.
  const people = new Set(doc.people_chains.flatMap((person) => person.eids));
  const candidates: NameSpan[] = [];
  for (const mention of doc.mentions) {
    if (!mention.proper) continue;
    let label = LABEL_OF[mention.type] ?? (misc && MISC_TYPES.has(mention.type) ? "MISC" : undefined);
    if (label === undefined) continue;
    const first = startAt.get(mention.start);
    const end = endAt.get(mention.end);
    if (first === undefined || end === undefined) continue; // a mention that splits a token
    const run = runIn(tokens, first, end);
    if (run === null) continue;
    // A group named by a demonym ("Americans") or a plural ("Senators", "Tagbanuas") is MISC in CoNLL.
    const last = (tokens[run[1] - 1] as Token).text;
    if (
      (run[1] - run[0] === 1 && gaz.demonyms.has(last.toLowerCase())) ||
      (label === "PER" && !people.has(mention.eid) && /s$/.test(last))
    )
      label = misc ? "MISC" : undefined;
    if (label === undefined) continue;
    // A citation ("Smith 2014", "Okafor et al., 2013") is an abstract mention named by its author: a person's name.
    if (
      mention.type === "abstract" &&
      run[1] - run[0] <= 2 &&
      CITATION.test(doc.text.slice((tokens[run[1] - 1] as Token).end, mention.end))
    )
      label = "PER";
    // "Director of the National Iodine Nutrition Study": a role of another entity's name, not a person's name.
    if (label === "PER" && tokens.slice(run[0], run[1]).some((t) => ROLE_CONNECTORS.has(t.text))) continue;
    const span = trimLeading(tokens, { label, first: run[0], end: run[1] });
    if (span !== null) candidates.push(span);
  }
  // Longest first: an inner name at the start of a longer one is cut off it; any other overlap drops the inner.
  candidates.sort((a, b) => b.end - b.first - (a.end - a.first) || a.first - b.first);
  const kept: NameSpan[] = [];
  for (const candidate of candidates) {
    let keep = true;
    for (const [k, outer] of kept.entries()) {
      if (candidate.end <= outer.first || candidate.first >= outer.end) continue;
      if (candidate.first === outer.first && candidate.end < outer.end)
        kept[k] = { ...outer, first: candidate.end };
      else {
        keep = false;
        break;
      }
    }
    if (keep) kept.push(candidate);
  }
  return kept
    .map((span) => trimLeading(tokens, span))
    .filter((span): span is NameSpan => span !== null)
    .sort((a, b) => a.first - b.first);
}
