/**
 * What the tagger knows of a token beyond its text: its flags (gazetteer matches, sentence-initial, headline
 * capitals, how the document writes the word elsewhere; document-view.ts sets them) and the document's memory of
 * earlier tags (document-memory.ts reads and writes it).
 */
import { KIND_BITS } from "./gazetteer.js";
import type { WordFacts } from "./word-facts.js";

/** The low bits of a gazetteer kind (gazetteer.ts): a match's start flags; shifted by KIND_BITS, its inside. */
export const KIND_MASK = (1 << KIND_BITS) - 1;
/** The first bit of the flags that are not gazetteer kinds. */
export const FLAG_BASE = 2 * KIND_BITS;

/**
 * Flags of a token, beyond its text. Gazetteer kinds take the low 2 × KIND_BITS bits (start of a match, inside
 * a match).
 */
export const Flag = {
  initial: 1 << FLAG_BASE,
  headline: 1 << (FLAG_BASE + 1),
  seenLower: 1 << (FLAG_BASE + 2),
  seenTitle: 1 << (FLAG_BASE + 3),
  /** A capitalized word that is also an ordinary English word ("Reading", "Police"). */
  common: 1 << (FLAG_BASE + 4),
  /** The document writes this word after a person title elsewhere ("Ms Okafor"): a surname. */
  afterTitle: 1 << (FLAG_BASE + 5),
  /** The document writes this word after a known first name elsewhere ("Priya Okafor"): a surname. */
  afterFirstName: 1 << (FLAG_BASE + 6),
  /** The document writes this word before a company word elsewhere ("Zentrix Ltd"): an organization. */
  beforeCompanyWord: 1 << (FLAG_BASE + 7),
  /**
   * A first name that reads as one alone (first-name.ts), written in a sentence that or whose next sentence holds a
   * pronoun of its gender (any gendered pronoun for a name of no known gender): "their child, Gloria. She died"
   * is a person, though CoNLL train knows "Gloria" only as the first word of a football club.
   */
  pronounNear: 1 << (FLAG_BASE + 8),
} as const;

export interface TokenView {
  text: string;
  flags: number;
  /** The document's memory, shared by all its views (absent: tagged without document memory). */
  memory?: DocumentMemory;
  /** factsOf(text), as viewDocument found it. */
  facts?: WordFacts;
}

/**
 * What the tagger decided about each capitalized word earlier in the same document (document-memory.ts). One Map per
 * document, one look-up per capitalized token.
 */
export type DocumentMemory = Map<string, number>;
