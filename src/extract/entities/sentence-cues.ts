/**
 * Gates for the span rules that only act where a word of theirs stands: one table (GATES below) names each gated
 * rule's cue, the word lists beside the rule (PLAYER_DEED_CUES in player-deeds.ts, ...) or a word's shape
 * (isRegnalCue, isCapitalsText, isHyphened), and extractMentions skips the rule in a sentence (or a document) that
 * holds none of them. One scan of the sentence's word facts (already read by the tagger) replaces a walk over its
 * tokens per rule. A cue is a necessary condition, never a sufficient one: the rule still decides.
 *
 * A word's cues are looked up once per distinct text and kept in its facts (word-facts.ts `cues`). A word gives
 * the cues of its lower case and of each part of it between hyphens, apostrophes and ampersands ("super-typhoon"
 * gives the cue of "typhoon"), so that a rule reading a part of a word is never skipped. Lower case: a rule that
 * compares a token's text as written reads a subset.
 */
import { OFFICE_TIME_SUFFIXES } from "../../lexicon/name-descriptors.js";
import { ARTICLE_NAME_CUES } from "./article-names.js";
import { CLUB_ROLE_CUES } from "./club-roles.js";
import { COMPASS_PLACE_CUES } from "./compass-places.js";
import { isCapitalsText } from "./inline-capitals.js";
import { LONE_NAME_SPEAKER_CUES } from "./lone-name-speakers.js";
import { PARTICLE_NAME_CUES } from "./particle-names.js";
import { PLAYER_DEED_CUES } from "./player-deeds.js";
import { isRegnalCue } from "./regnal.js";
import { SCORECARD_CUES } from "./scorecards.js";
import { STORM_CUES } from "./storms.js";
import type { WordFacts } from "./word-facts.js";

/**
 * A gated rule's cue: lists of words (lower case; a phrase gives each of its parts too), or a shape of a word as
 * written.
 */
type Gate = { readonly words: readonly Iterable<string>[] } | { readonly shape: (text: string) => boolean };

/**
 * A word with a hyphen after its first character, the shape two rules need: a dated title opens with one
 * ("then-Mayor", datedTitleSpans reads nothing else; or ends in a suffix the tokenizer split from an abbreviated
 * title: "Rep.-elect" is "Rep.", "-", "elect") and a hyphened first name is one ("Jean-Luc",
 * hyphenedFirstNameSpans).
 */
const isHyphened = (text: string): boolean =>
  text.indexOf("-") > 0 || OFFICE_TIME_SUFFIXES.has(text.toLowerCase());

/**
 * Each gated rule (a name extractMentions gates by) → the cue one of whose words must stand in the sentence (in
 * the document for regnal and storm, whose rules read past a sentence's end). A new gated rule is a row here and
 * its gate in extractMentions; each row's bit is its place in the table.
 */
const GATES = {
  playerDeed: { words: PLAYER_DEED_CUES },
  clubRole: { words: CLUB_ROLE_CUES },
  scorecard: { words: SCORECARD_CUES },
  compassPlace: { words: COMPASS_PLACE_CUES },
  loneNameSpeaker: { words: LONE_NAME_SPEAKER_CUES },
  hyphened: { shape: isHyphened },
  storm: { words: STORM_CUES },
  particleName: { words: PARTICLE_NAME_CUES },
  regnal: { shape: isRegnalCue },
  capitals: { shape: isCapitalsText },
  ampersand: { shape: (text: string) => text === "&" },
  articleName: { words: ARTICLE_NAME_CUES },
} as const satisfies Record<string, Gate>;

type GateName = keyof typeof GATES;

const GATE_ROWS = Object.entries(GATES) as [GateName, Gate][];

/** One bit per gated rule: its row's place in GATES. */
export const Cue: { readonly [name in GateName]: number } = Object.fromEntries(
  GATE_ROWS.map(([name], i) => [name, 1 << i]),
) as { readonly [name in GateName]: number };

/** The rows cued by a word's shape, with their bits. */
const CUE_SHAPES: readonly (readonly [number, (text: string) => boolean])[] = GATE_ROWS.flatMap(
  ([name, gate]) => ("shape" in gate ? [[Cue[name], gate.shape] as const] : []),
);

/** Where a word splits into the parts whose cues it also gives (the tokenizer's inner marks, and spaces). */
const PARTS = /[\s\-'’&]+/u;

/** Lower-cased cue word (and each part of a cue phrase) → the bits of the rules it cues. */
const CUE_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (word: string, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  for (const [name, gate] of GATE_ROWS) {
    if (!("words" in gate)) continue;
    const bit = Cue[name];
    for (const list of gate.words)
      for (const entry of list) {
        const lower = entry.toLowerCase();
        add(lower, bit);
        for (const part of lower.split(PARTS)) if (part !== "") add(part, bit);
      }
  }
  return bits;
})();

/** The cues of one word (its facts' `cues`, worked out on first use). */
function cuesOf(facts: WordFacts): number {
  if (facts.cues >= 0) return facts.cues;
  const lower = facts.lower;
  let bits = CUE_BITS.get(lower) ?? 0;
  if (PARTS.test(lower)) for (const part of lower.split(PARTS)) bits |= CUE_BITS.get(part) ?? 0;
  for (const [bit, shape] of CUE_SHAPES) if (shape(facts.text)) bits |= bit;
  facts.cues = bits;
  return bits;
}

/** The cues of the words from `first` to `end` (exclusive). */
export function cuesOfWords(facts: readonly WordFacts[], first: number, end: number): number {
  let bits = 0;
  for (let i = first; i < end; i++) bits |= cuesOf(facts[i] as WordFacts);
  return bits;
}
