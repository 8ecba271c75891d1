/**
 * A person named by one word no list knows ("Ronaldinho", "Okonkwo"), the subject of a reporting verb whose clause
 * has "he" or "she" as its subject ("<name> said he would stay", "<name> told reporters she would appeal"): a
 * person's report of himself or herself. The tagger, which reads a lone unknown word by its shape and neighbours,
 * leaves such a word out, and a single-name person (many countries' public figures, players known by one name)
 * is then missing from the document, with the other mentions of the name. Only a word the tagger read as nothing,
 * name-shaped, that no list reads as anything else (middle-initials.ts isPersonWord), not inside a run of
 * capitalized words. Invented probe (s24): 4 of 4 such single names left out.
 *
 * The same subject reporting with "it" or "its" of itself is a firm ("SUDBURY — <name> said it would cut 40 jobs
 * at its plant", "<name> said Tuesday it will shut its mill": firm-speech.ts), which the tagger leaves out as
 * often: its word is kept (firmSpeakers) and, once the document is read, named an organization in every mention
 * the tagger left out or read as an untitled person of one word (firmSpeakerMentions), unless the document names a
 * person whose name holds the word or who bears it with a title ("Morgan said it would" beside "Shelby Morgan").
 * Invented probe (s29): 1 of 10 firms (speaking so under a dateline) missing from its article, its statement
 * given to no one.
 */
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { GENDERED_SUBJECT_PRONOUNS, NEUTER_PRONOUNS } from "../../lexicon/pronouns.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { nameWords } from "../../text/names.js";
import { isCapitalized, isTitleCasedWithJoins } from "../../text/word-shape.js";
import type { Document, Mention, Token } from "../../types.js";
import { typedMention } from "./document-names.js";
import { saysItOfItself } from "./firm-speech.js";
import type { Gazetteer } from "./gazetteer.js";
import { isPersonWord } from "./middle-initials.js";
import { withSpanOver } from "./replace-spans.js";
import type { TokenSpan } from "./spans.js";
import { isSpeakerOfPronoun } from "./unknown-name-contexts.js";

/**
 * The words a sentence must hold one of for loneNameSpeakerSpans to read a speaker in it (sentence-cues.ts skips the
 * others): the pronoun isSpeakerOfPronoun looks for after the reporting verb, within the sentence, or a firm's (firm-speech.ts).
 */
export const LONE_NAME_SPEAKER_CUES: readonly Iterable<string>[] = [
  GENDERED_SUBJECT_PRONOUNS,
  NEUTER_PRONOUNS,
];

/**
 * Whether a firm's subject may be this word: a person's name word by the lists (isPersonWord: no place, title,
 * stop word or common word: "Police said it would"), or, after punctuation (a dateline's dash, a comma), a
 * dictionary word that is no common one ("SUDBURY — Kestrel said it would"): a common noun opening a sentence
 * ("Government said it would") is no name.
 */
function isFirmWord(word: Token, afterPunctuation: boolean, gaz: Gazetteer): boolean {
  if (isPersonWord(word.text, false, gaz)) return true;
  return (
    afterPunctuation &&
    gaz.ordinaryWords.has(word.lower) &&
    !gaz.commonWords.has(word.lower) &&
    !STOPWORDS.has(word.lower) &&
    gaz.phrases.get(word.lower) === undefined
  );
}

/**
 * The spans of segment [first, end) with each such single-name speaker one PER span; each such firm's token pushed
 * to `firmSpeakers` (no span: firmSpeakerMentions names it once the document's persons are known).
 */
export function loneNameSpeakerSpans(
  text: string,
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
  firmSpeakers: number[],
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
    const person = isSpeakerOfPronoun(tokens, at + 1, end);
    if (!person && !saysItOfItself(text, word.end)) continue;
    const current: readonly TokenSpan[] = out ?? spans;
    if (current.some((s) => s.first <= at && s.end > at)) continue;
    if (person) {
      if (!isPersonWord(word.text, false, gaz)) continue;
      out = withSpanOver(current, { label: "PER", first: at, end: at + 1 }) ?? out;
    } else if (isFirmWord(word, at > first, gaz)) firmSpeakers.push(at);
  }
  return out ?? (spans as TokenSpan[]);
}

/**
 * Whether the word at `i` is a word of a longer capitalized name: a capitalized word after it ("<Loblaw Cos
 * Ltd>", joined after this pass: Reuters bench, 1 of 64 changed records cut so), or before it other than a
 * stop word ("The Kestrel plant").
 */
function isInLongerName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next !== undefined && next.kind === "word" && isCapitalized(next.text)) return true;
  const before = tokens[i - 1];
  return (
    before !== undefined &&
    before.kind === "word" &&
    isCapitalized(before.text) &&
    !STOPWORDS.has(before.lower)
  );
}

/**
 * The organizations of the firms that speak of themselves (firmSpeakers, the file's comment): every mention of
 * the word the tagger left out (`covered` 0) made one, and its untitled one-word person mentions retyped, in
 * place. A word of a person's longer name or of a titled person is left as the tagger read it.
 */
export function firmSpeakerMentions(
  doc: Document,
  tokens: readonly Token[],
  covered: Uint8Array,
  firmSpeakers: readonly number[],
  mentions: Mention[],
): Mention[] {
  const names = new Set<string>();
  for (const at of firmSpeakers) names.add((tokens[at] as Token).text);
  for (const m of mentions) {
    if (m.type !== "person") continue;
    if (m.title !== undefined) names.delete(m.text);
    else if (m.text.includes(" "))
      for (const word of nameWords(m.text))
        for (const name of names) if (name.toLowerCase() === word) names.delete(name);
  }
  const found: Mention[] = [];
  if (names.size === 0) return found;
  for (const m of mentions)
    if (m.type === "person" && names.has(m.text)) {
      m.type = "organization";
      m.entity = m.text;
    }
  for (let i = 0; i < tokens.length; i++)
    if (covered[i] === 0 && names.has((tokens[i] as Token).text) && !isInLongerName(tokens, i))
      found.push(typedMention(doc, tokens, i, i + 1, "organization", null));
  return found;
}
