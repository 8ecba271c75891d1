import type { Mention, Token } from "../../types.js";
import type { PersonFacts } from "./people.js";
import type { Salience } from "./salience.js";

/**
 * What the resolver knows while it walks a document's quotes in text order: the people, and who was
 * recently the subject of a sentence or the speaker of a quote (for pronouns and role nouns).
 *
 * Its own module (context.ts builds it and re-exports it) so that full-names.ts, which context.ts calls,
 * can name it without an import loop.
 */
export interface SpeakerContext {
  mentions: readonly Mention[];
  people: Map<string, PersonFacts>;
  /** Persons as subjects (first person mention of a sentence) and as resolved speakers, by offset. */
  subjects: Array<{ offset: number; name: string }>;
  /** Every person mention, resolved speaker and resolved pronoun, by offset: what pronouns weigh. */
  salience: Salience;
  tokens: readonly Token[];
  sentences: ReadonlyArray<{ start: number; end: number }>;
  /** Persons opening a sentence or followed by a reporting verb ("Veldhoven admits"), by offset. */
  clauseSubjects: Array<{ offset: number; name: string }>;
  /** The quotes' spans, in text order: persons named inside a quote are not its speakers' antecedents. */
  quoted: ReadonlyArray<{ start: number; end: number }>;
  /** The person rule over the document's people, built on the first speaker phrase that needs it. */
  rule?: (name: string) => string | null;
  /** A surname the tagger kept as a person's whole name → the full name a speaker phrase showed (by-name.ts). */
  fuller: Map<string, string>;
  /** The person rule over the first-name-and-surname pairs the text writes, built on first use (full-names.ts). */
  writtenFullName?: (name: string) => string | null;
}
