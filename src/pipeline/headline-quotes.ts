import { titleLine } from "../corpus/headline.js";
import { extractMentions } from "../extract/entities/index.js";
import { mentionAt } from "../extract/mention.js";
import { extractQuotes } from "../extract/quotes/index.js";
import { headKind } from "../extract/quotes/words.js";
import { nameMentions } from "../resolve/names/index.js";
import { isDictionaryWord } from "../resolve/names/name-contexts.js";
import { fullNameFinder } from "../resolve/names/persons.js";
import { createSpeakerContext, resolveQuotes, resolveSpeaker } from "../resolve/speakers/resolve.js";
import { type SplitDocument, splitDocument } from "../text/split.js";
import { tokenAt } from "../text/token-at.js";
import type { Document, Mention, Quote, QuoteSpan, SpeakerPhrase, Token } from "../types.js";

/** A quotation mark of any family: a title without one holds no quote (most titles; the check costs nothing). */
const QUOTE_MARK = /["“”‘’'«»„]/;

/** A determiner opening a speaker phrase: a headline's phrase without one dropped its "the". */
const ARTICLE = /^(?:the|a|an|one|another|his|her|their|its)\s/i;

/**
 * The quotes of a document's headline that the headline itself attributes (`"We will not back down," says
 * union chief Dana Whitlow`), with their speakers, and the speaker phrases' own name mentions. A headline is the
 * document's title, not a sentence of its body (corpus/headline.ts), so the body's passes never read it: its
 * quote was lost. Only a quote with a speaker phrase in the headline is kept (a bare quoted headline has no
 * speaker a reader could name), and the headline adds no mention but its speaker's: its other names (places,
 * a film's title) are the writer's words, which the body tells again.
 *
 * The speaker is resolved against the headline's and the body's tokens and the body's named mentions, so a
 * role ("says union chief") or a surname ("says Whitlow") in the headline names the person the body names.
 */
export function headlineQuotes(
  doc: Document,
  split: SplitDocument,
  mentions: readonly Mention[],
): { quotes: Quote[]; mentions: Mention[] } | null {
  const title = doc.headers.title;
  if (title === undefined || !QUOTE_MARK.test(title)) return null;
  const line = titleLine(doc);
  if (line === null) return null;
  // The headline alone, as a document whose body is that line (offsets stay the text's).
  const headline: Document = { ...doc, text: doc.text.slice(0, line.end), bodyStart: line.start };
  const headSplit = splitDocument(headline);
  const spans = extractQuotes(headline, headSplit)
    .quotes.filter((q) => q.speakerPhrase !== null)
    .map((q) => ({
      ...q,
      continues: null,
      speakerPhrase: withRoleAfter(headline.text, headSplit.tokens, q),
    }));
  if (spans.length === 0) return null;
  // The speaker phrases' names, as the headline's own naming reads them, under the body's full names ("Holloway"
  // of the body's "Dean Holloway").
  const phrases = spans.map((q) => q.speakerPhrase as SpeakerPhrase);
  const fuller = fullNameFinder(mentions.filter((m) => m.type === "person").map((m) => m.entity));
  const own = nameMentions(extractMentions(headline, headSplit), headline.text, headSplit.tokens)
    .filter((m) =>
      phrases.some(
        (p) => m.start >= p.start && m.end <= p.end && (m.type === "person" || m.type === "organization"),
      ),
    )
    // Copied by mentionAt, not spread: a spread copy has another hidden class (extract/mention.ts).
    .map((m) =>
      m.type === "person"
        ? mentionAt(m.start, m.end, m.text, m.type, fuller(m.entity) ?? m.entity, m.title)
        : m,
    );
  const tokens = [...headSplit.tokens, ...split.tokens];
  const sentences = [...headSplit.sentences, ...split.sentences];
  const named = [...own, ...mentions];
  const quotes = resolveQuotes(spans, tokens, sentences, named);
  // "says union chief", "says Oscar-nominated star", "MP tells inquiry": a role or describer the headline gives no name is the
  // person the body names so, later: read as if the phrase stood after the body (the resolvers look back), with
  // the article a headline drops ("says striker": the striker).
  for (const [i, q] of quotes.entries()) {
    const phrase = phrases[i] as NonNullable<(typeof phrases)[number]>;
    // (A role's organization is only whom its unnamed holder speaks for: "says Rovers captain" is the captain.)
    const spokenFor = phrase.kind === "role" ? undefined : q.speaker.organization;
    if (phrase.kind === "pronoun" || q.speaker.name !== null || spokenFor !== undefined) continue;
    const end = doc.text.length;
    const context = createSpeakerContext(tokens, sentences, named);
    const text = ARTICLE.test(phrase.text) ? phrase.text : `the ${phrase.text}`;
    const later = resolveSpeaker(context, { ...phrase, text, start: end, end }, end);
    if (later.name !== null) quotes[i] = { ...q, speaker: { ...later, mention: q.speaker.mention } };
  }
  // A name no mention of the headline or the body bears, made of common nouns, is a headline's capitalized word
  // read as a name ("Jury told of 'frenzied' attack", "MPs told of 'crisis'": the listeners; "Survivor tells of
  // 'horror'": no one the body names; session 37 probe, BBC 2005): nobody. Not a word the body writes capitalized
  // ("Acme tells investors" of a body opening "Acme, the energy firm, …", which the tagger left untagged).
  const names = new Set(named.map((m) => m.entity));
  for (const [i, q] of quotes.entries())
    if (
      q.speaker.name !== null &&
      !names.has(q.speaker.name) &&
      isCommonNouns(q.speaker.name) &&
      !writesCapitalized(doc.text.slice(line.end), q.speaker.name)
    )
      quotes[i] = { ...q, speaker: { ...q.speaker, name: null } };
  // A speaker mention joins the speaker the quote got ("Whitlow" → "Dana Whitlow"); one the quote did not take
  // as its speaker is not kept.
  const kept: Mention[] = [];
  for (const m of own) {
    const quote = quotes.find((q) => q.speaker.mention !== null && overlaps(q.speaker.mention, m));
    const name = quote === undefined ? null : (quote.speaker.organization ?? quote.speaker.name);
    if (name !== null && wordsOf(m.text).every((w) => wordsOf(name).includes(w)))
      kept.push(mentionAt(m.start, m.end, m.text, m.type, name, m.title));
  }
  // A quoted fragment no one is named for is the writer's headline word ("ministers 'must act now', says report").
  return {
    quotes: quotes.filter(
      (q) => !q.partial || q.speaker.name !== null || q.speaker.organization !== undefined,
    ),
    mentions: kept,
  };
}

/**
 * "insists Acme chairman": a headline drops the article, so a name before a role noun that ends the phrase
 * modifies the role ("the Acme chairman"), as "The Oregon senator" does in a body (phrase-starting.ts).
 */
function withRoleAfter(text: string, tokens: readonly Token[], q: QuoteSpan): SpeakerPhrase | null {
  const phrase = q.speakerPhrase;
  if (phrase === null || (phrase.kind !== "name" && phrase.kind !== "organization")) return phrase;
  const next = tokens[tokenAt(tokens, phrase.end)];
  if (next === undefined || !/^\p{Ll}/u.test(next.text) || headKind(next) !== "role") return phrase;
  return { start: phrase.start, end: next.end, text: text.slice(phrase.start, next.end), kind: "role" };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/\s+/);
}

/** Whether a "name" is an article and common nouns, or common nouns only ("the MPs", "Jury"): no person's name. */
function isCommonNouns(name: string): boolean {
  return name
    .replace(ARTICLE, "")
    .split(/\s+/u)
    .every((word) => isDictionaryWord(word) || /^\p{Lu}+s$/u.test(word));
}

/** Whether the body writes the name's last word with its capital ("Acme, the firm"), as a word of its own. */
function writesCapitalized(body: string, name: string): boolean {
  const word = name.split(/\s+/u).at(-1) as string;
  for (let at = body.indexOf(word); at >= 0; at = body.indexOf(word, at + 1)) {
    const before = body[at - 1];
    const after = body[at + word.length];
    if ((before === undefined || !/\p{L}/u.test(before)) && (after === undefined || !/\p{L}/u.test(after)))
      return true;
  }
  return false;
}
