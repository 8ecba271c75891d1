/**
 * Names a document introduces as a work or an organization: after "the film", "the album", "the festival"
 * ("the film Zorblatt,") a name is a work; after "the company", "the app", "the band" an organization. Only when
 * the name ends its phrase (punctuation after it): "the film Spielberg directed" and "the company Smith founded"
 * name a person. Every mention of that name in the document goes the same way.
 */
import { isKnownFirstName } from "../../extract/entities/first-name.js";
import {
  INTRODUCED_ORGANIZATION_NOUNS,
  INTRODUCING_DETERMINERS,
  STOP_MODIFIERS,
  TITLED_WORKS,
  WORDS_AFTER_WORK_TITLE,
  WORK_NOUNS,
  WORK_PREPOSITIONS,
} from "../../lexicon/introducing-nouns.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

const PHRASE_END = /^[,.;:)!?—–]$/u;

type Introduced = "work" | "organization";

/**
 * Each introducing noun's kind, a work's first (a noun of both lists introduces a work): one look-up per token of
 * the document, not two (the two set look-ups were most of introducedNames' samples, in-process Reuters).
 */
const INTRODUCING_NOUNS: ReadonlyMap<string, Introduced> = (() => {
  const kinds = new Map<string, Introduced>();
  for (const noun of INTRODUCED_ORGANIZATION_NOUNS) kinds.set(noun, "organization");
  for (const noun of WORK_NOUNS) kinds.set(noun, "work");
  return kinds;
})();

/**
 * The names the document introduces, by their text: after a determiner and an introducing noun, capitalized
 * words with single spaces between, then the end of the phrase. A name led by a known first name is left alone:
 * a person in apposition ("the campaign Jane Roe ran" aside, the rule wants the phrase to end).
 */
function introducedNames(text: string, tokens: readonly Token[]): Map<string, Introduced> | null {
  let found: Map<string, Introduced> | null = null;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const noun = (tokens[i] as Token).text;
    const kind = INTRODUCING_NOUNS.get(noun);
    if (kind === undefined) continue;
    // "in biopic Tessa,": a preposition right before a titled work's noun stands for its determiner.
    const titled = TITLED_WORKS.has(noun);
    if (!isDetermined(tokens, i) && !(titled && WORK_PREPOSITIONS.has((tokens[i - 1] as Token).text)))
      continue;
    // "her latest start-up, Quorvia, uses": the name in apposition, closed by a comma too.
    // Organizations only: "the movie, Ben, ..." addresses a listener (GUM podcast).
    const comma = kind === "organization" && (tokens[i + 1] as Token).text === ",";
    const name = capitalizedRun(text, tokens, comma ? i + 1 : i, titled);
    if (name === null || (comma && tokens[name.end + 1]?.text !== ",")) continue;
    found ??= new Map();
    found.set(name.text, kind);
  }
  for (let i = 0; i + 3 < tokens.length; i++) {
    const name = appositiveOrganization(text, tokens, i);
    if (name === null) continue;
    found ??= new Map();
    found.set(name, "organization");
  }
  return found;
}

/** Whether token `j` is a possessive "'s" glued to a capitalized word. */
function isPossessiveOfName(tokens: readonly Token[], j: number): boolean {
  const mark = tokens[j] as Token;
  const owner = tokens[j - 1];
  return (mark.text === "'s" || mark.text === "’s") && owner?.end === mark.start && isCapitalized(owner.text);
}

/** Lower-case words a determiner and an introducing noun may hold between them ("the tech news site"). */
const MODIFIER = /^\p{Ll}[\p{Ll}-]*$/u;

/** A determiner just before the noun at `i`, or before up to two lower-case modifiers ("the tech news site"). */
function isDetermined(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const word = (tokens[j] as Token).text;
    // A possessive after a name stands for a determiner too ("Mike Leigh's drama Vera Drake": session 34 probe).
    if (INTRODUCING_DETERMINERS.has(word.toLowerCase()) || isPossessiveOfName(tokens, j)) return true;
    if (!MODIFIER.test(word) || STOP_MODIFIERS.has(word)) return false;
  }
  return false;
}

/**
 * Capitalized words with single spaces between right after token `i`, then the end of the phrase; not led by a
 * known first name when they are more than one ("the campaign Jane Roe ran" aside, the rule wants the phrase
 * to end).
 */
function capitalizedRun(
  text: string,
  tokens: readonly Token[],
  i: number,
  titled = false,
): { text: string; end: number } | null {
  let end = i;
  while (
    end + 1 < tokens.length &&
    end - i < 4 &&
    isCapitalized((tokens[end + 1] as Token).text) &&
    (end === i || (tokens[end + 1] as Token).start === (tokens[end] as Token).end + 1)
  )
    end++;
  const after = tokens[end + 1];
  if (end === i) return null;
  // A work's title ends its phrase or goes on to what the work is or did ("the film Marnie Gale, which",
  // "the series Tom Harlan starring"); then a title named like a person is the work's too.
  const ends = after === undefined || PHRASE_END.test(after.text);
  const name = { text: text.slice((tokens[i + 1] as Token).start, (tokens[end] as Token).end), end };
  if (titled && (ends || WORDS_AFTER_WORK_TITLE.has(after.text) || isPerfectOfWorkVerb(tokens, end + 1)))
    return name;
  if (!ends || (end > i + 1 && isKnownFirstName((tokens[i + 1] as Token).text))) return null;
  return name;
}

/** "has won", "had topped": an auxiliary at token `at`, then a verb of what a work did (WORDS_AFTER_WORK_TITLE). */
function isPerfectOfWorkVerb(tokens: readonly Token[], at: number): boolean {
  const auxiliary = tokens[at]?.text;
  return (
    (auxiliary === "has" || auxiliary === "had") && WORDS_AFTER_WORK_TITLE.has(tokens[at + 1]?.text ?? "")
  );
}

/**
 * "Zentrix, a start-up that tracks donations": a one-word name in apposition with "a"/"an", up to two
 * lower-case modifiers and an organization's noun that ends the phrase ("Jones, a company spokesman" and
 * "Smith, a partner at the firm" stay people).
 */
function appositiveOrganization(text: string, tokens: readonly Token[], i: number): string | null {
  // The cheap tests first: this runs at every token of every document.
  if ((tokens[i + 1] as Token).text !== ",") return null;
  const article = (tokens[i + 2] as Token).text;
  if (article !== "a" && article !== "an") return null;
  const name = tokens[i] as Token;
  if (!isCapitalized(name.text) || isKnownFirstName(name.text)) return null;
  for (let j = i + 3; j < Math.min(tokens.length, i + 6); j++) {
    const word = (tokens[j] as Token).text;
    if (INTRODUCED_ORGANIZATION_NOUNS.has(word)) {
      const after = tokens[j + 1]?.text;
      const ends = after === undefined || PHRASE_END.test(after) || after === "that" || after === "which";
      return ends ? text.slice(name.start, name.end) : null;
    }
    if (!MODIFIER.test(word) || STOP_MODIFIERS.has(word)) return null;
  }
  return null;
}

/**
 * The mentions with the persons the document introduces as works left out, and those it introduces as
 * organizations made organizations. Returns the same array when none.
 */
export function withIntroducedNames(mentions: Mention[], text: string, tokens: readonly Token[]): Mention[] {
  if (!mentions.some((m) => m.type === "person")) return mentions;
  const introduced = introducedNames(text, tokens);
  if (introduced === null) return mentions;
  const kept: Mention[] = [];
  for (const m of mentions) {
    // By its entity too: "Gale" after "the film Marnie Gale" is the work's short name.
    const kind = m.type === "person" ? (introduced.get(m.text) ?? introduced.get(m.entity)) : undefined;
    if (kind === "work") continue;
    if (kind === "organization") {
      m.type = "organization";
      m.entity = m.text;
    }
    kept.push(m);
  }
  return kept;
}
