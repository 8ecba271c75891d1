/**
 * A person named by one word no list knows ("Ronaldinho", "Okonkwo"), the subject of a reporting verb whose clause
 * has "he" or "she" as its subject ("<name> said he would stay", "<name> told reporters she would appeal"): a
 * person's report of himself or herself. The tagger, which reads a lone unknown word by its shape and neighbours,
 * leaves such a word out, and a single-name person (many countries' public figures, players known by one name)
 * is then missing from the document, with the other mentions of the name. Only a word the tagger read as nothing,
 * name-shaped, that no list reads as anything else (middle-initials.ts isPersonWord), not inside a run of
 * capitalized words. Invented probe (s24): 4 of 4 such single names left out.
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { GENDERED_SUBJECT_PRONOUNS } from "../../lexicon/pronouns.js";
import { isTitleCasedWithJoins } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { isPersonWord } from "./middle-initials.js";
import { withSpanOver } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";
import { isSpeakerOfPronoun } from "./unknown-name-contexts.js";

/**
 * The words a sentence must hold one of for loneNameSpeakerSpans to read a speaker in it (sentence-cues.ts skips the
 * others): the pronoun isSpeakerOfPronoun looks for after the reporting verb, within the sentence.
 */
export const LONE_NAME_SPEAKER_CUES: readonly Iterable<string>[] = [GENDERED_SUBJECT_PRONOUNS];

/** The spans of segment [first, end) with each such single-name speaker one PER span. */
export function loneNameSpeakerSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out: TokenSpan[] | null = null;
  for (let at = first; at + 1 < end; at++) {
    const word = tokens[at] as Token;
    if (!isTitleCasedWithJoins(word.text)) continue;
    // The clause's subject: the segment's first word, or a word after punctuation (", <name> said"); not after a
    // word ("in <place> said", "report in <month> said": Reuters bench, 2 of 38 in a first version).
    const before = tokens[at - 1];
    if (at > first && before !== undefined && (before.kind === "word" || before.text === "<")) continue;
    if (DATE_WORDS.has(word.lower)) continue;
    if (!isSpeakerOfPronoun(tokens, at + 1, end)) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    if (current.some((s) => s.first <= at && s.end > at)) continue;
    if (!isPersonWord(word.text, false, gaz)) continue;
    out = withSpanOver(current, { label: "PER", first: at, end: at + 1 }) ?? out;
  }
  return out ?? (spans as TokenSpan[]);
}
