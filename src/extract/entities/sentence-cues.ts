/**
 * Gates for the span rules that only act where a word of theirs stands: a rule's cue words are data beside it
 * (PLAYER_DEED_CUES in player-deeds.ts, ...; shapes: isRegnalCue, isCapitalsText, isHyphened below), and extractMentions skips the rule in a sentence (or a document) that
 * holds none of them. One scan of the sentence's word facts (already read by the tagger) replaces a walk over its
 * tokens per rule. A cue is a necessary condition, never a sufficient one: the rule still decides.
 *
 * A word's cues are looked up once per distinct text and kept in its facts (word-facts.ts `cues`). A word gives
 * the cues of its lower case and of each part of it between hyphens, apostrophes and ampersands ("super-typhoon"
 * gives the cue of "typhoon"), so that a rule reading a part of a word is never skipped. Lower case: a rule that
 * compares a token's text as written reads a subset.
 */
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

/** One bit per gated rule. */
export const Cue = {
  playerDeed: 1,
  clubRole: 2,
  scorecard: 4,
  compassPlace: 8,
  loneNameSpeaker: 16,
  hyphened: 32,
  storm: 64,
  particleName: 128,
  regnal: 256,
  capitals: 512,
} as const;

/** Each gated rule's bit and its cue words. */
const CUE_WORDS: readonly [number, readonly Iterable<string>[]][] = [
  [Cue.playerDeed, PLAYER_DEED_CUES],
  [Cue.clubRole, CLUB_ROLE_CUES],
  [Cue.scorecard, SCORECARD_CUES],
  [Cue.compassPlace, COMPASS_PLACE_CUES],
  [Cue.loneNameSpeaker, LONE_NAME_SPEAKER_CUES],
  [Cue.storm, STORM_CUES],
  [Cue.particleName, PARTICLE_NAME_CUES],
];

/**
 * A word with a hyphen after its first character, the shape two rules need: a dated title opens with one
 * ("then-Mayor", datedTitleSpans reads nothing else) and a hyphened first name is one ("Jean-Luc",
 * hyphenedFirstNameSpans).
 */
const isHyphened = (text: string): boolean => text.indexOf("-") > 0;

/** Where a word splits into the parts whose cues it also gives (the tokenizer's inner marks, and spaces). */
const PARTS = /[\s\-'’&]+/u;

/** Lower-cased cue word (and each part of a cue phrase) → the bits of the rules it cues. */
const CUE_BITS: ReadonlyMap<string, number> = (() => {
  const bits = new Map<string, number>();
  const add = (word: string, bit: number) => bits.set(word, (bits.get(word) ?? 0) | bit);
  for (const [bit, lists] of CUE_WORDS)
    for (const list of lists)
      for (const entry of list) {
        const lower = entry.toLowerCase();
        add(lower, bit);
        for (const part of lower.split(PARTS)) if (part !== "") add(part, bit);
      }
  return bits;
})();

/** The cues of one word (its facts' `cues`, worked out on first use). */
function cuesOf(facts: WordFacts): number {
  if (facts.cues >= 0) return facts.cues;
  const lower = facts.lower;
  let bits = CUE_BITS.get(lower) ?? 0;
  if (PARTS.test(lower)) for (const part of lower.split(PARTS)) bits |= CUE_BITS.get(part) ?? 0;
  if (isHyphened(facts.text)) bits |= Cue.hyphened;
  if (isCapitalsText(facts.text)) bits |= Cue.capitals;
  if (isRegnalCue(facts.text)) bits |= Cue.regnal;
  facts.cues = bits;
  return bits;
}

/** The cues of the words from `first` to `end` (exclusive). */
export function cuesOfWords(facts: readonly WordFacts[], first: number, end: number): number {
  let bits = 0;
  for (let i = first; i < end; i++) bits |= cuesOf(facts[i] as WordFacts);
  return bits;
}
