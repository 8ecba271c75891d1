/**
 * A describer as a speaker ("the striker added", "the actress told the paper", "the treasurer said"): a calling
 * or a trade that names no office (PERSON_DESCRIPTORS, not the titled roles of speaker-roles.ts), resolved to the
 * person the document gave it: right before the name ("striker Tomas Brennock", "Hollywood actress Lena Corvell")
 * or in apposition after it ("Lena Corvell, the actress,"). Nobody so described: nobody, as before.
 */
import { PARTY_MEMBER_NOUNS } from "../../lexicon/name-descriptors.js";
import {
  LOWER_CASE_CALLINGS,
  PERSON_DESCRIPTORS,
  RELATIONAL_PERSON_NOUNS,
} from "../../lexicon/person-nouns.js";
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import { COURTESY_TITLES } from "../../lexicon/title-kinds.js";
import { US_STATES } from "../../lexicon/us-states.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention, QuoteSpeaker, TextSpan, Token } from "../../types.js";
import { appointedRole } from "./appointed-role.js";
import { insideQuote, lastNarratedBefore, personNamed, type SpeakerContext } from "./context.js";
import { writtenAgeAt } from "./family.js";
import { partyTagHolder } from "./party-tag-holder.js";
import { isPersonNoun } from "./speaker-name.js";

/** Words at most between an appositive's comma and its describer (", the 24-year-old Brazilian striker,"). */
const APPOSITION_WORDS = 4;

/** What may follow an appositive's describer: its end, or what goes on describing the same person. */
const APPOSITION_END = /^(?:[,.;:)]|who|of|for|at|with|from|in)$/;

/** What an appositive opens with: a determiner ("Roe, the striker,"), not a verb ("Roe, were greeted by a …"). */
const APPOSITION_OPENERS: ReadonlySet<string> = new Set(["the", "a", "an", "his", "her", "their", "its"]);

/**
 * The describer a speaker phrase is headed by ("the striker", "the veteran Harbury striker"), lower case and
 * singular, or null: only after "the" (not "a striker said", someone else), and not a kin noun or an age, which
 * family.ts reads.
 */
function describerOf(span: TextSpan): string | null {
  const words = span.text.toLowerCase().split(/[\s’']+/);
  if (words[0] !== "the" || words.length < 2) return null;
  // "the singer-songwriter": the last part of a hyphenated noun is its head (as headKind reads it).
  const noun = (words.at(-1) as string).split("-").at(-1) as string;
  if (FAMILY_ROLES.has(noun) || noun === "old") return null;
  // "the Oscar-nominated star": a calling only in lower case (a capital "Star" is a title's or a paper's).
  if (LOWER_CASE_CALLINGS.has(noun)) return /\p{Ll}+$/u.test(span.text) ? noun : null;
  return PERSON_DESCRIPTORS.has(noun) ? noun : null;
}

/** Whether the person mention `m` carries the describer `noun`: right before the name, or in apposition after. */
function described(tokens: readonly Token[], m: Mention, noun: string): boolean {
  const at = tokenAt(tokens, m.start);
  const head = tokens[at - 1]?.lower ?? "";
  if (head === noun || head.endsWith(`-${noun}`)) return true;
  const end = tokenAt(tokens, m.end);
  if (describedBeforeInCommas(tokens, at, end, noun)) return true;
  // "Roe, who was appointed editor last year,", "named Roe as editor": the calling the narration gave.
  if (appointedRole(tokens, at, end) === noun) return true;
  // "Roe, 71, a retired teacher,": the age in its commas comes first, and the appositive after it is Roe's
  // (invented probe, session 27: 8 of 8 such "the retired teacher said" went to nobody).
  const comma = tokens[end]?.text === "," && isAgeInCommas(tokens, end + 1) ? end + 2 : end;
  if (tokens[comma]?.text !== "," && tokens[comma]?.text !== "(") return false;
  // CHECK (seed 22122201): "<Name> and her husband, <First>, were <verb>ed by an
  // organizer" made the husband the organizer.
  const opener = tokens[comma + 1];
  if (opener === undefined || (!APPOSITION_OPENERS.has(opener.lower) && !isCapitalized(opener.text)))
    return false;
  for (let k = comma + 1; k <= comma + 1 + APPOSITION_WORDS && k < tokens.length; k++) {
    const word = (tokens[k] as Token).lower;
    if (word === noun || word.endsWith(`-${noun}`)) return APPOSITION_END.test(tokens[k + 1]?.lower ?? ".");
    // A clause or another list item ("Roe, who coached the striker", "Roe, Poe and the striker"): not Roe's.
    if (
      /^[,.;:()]$/.test(word) ||
      word === "who" ||
      word === "and" ||
      word === "or" ||
      PREPOSITIONS.has(word)
    )
      return false;
  }
  return false;
}

/** Whether an age stands at `k` closed by a comma: the "71," of "Roe, 71, a retired teacher,". */
function isAgeInCommas(tokens: readonly Token[], k: number): boolean {
  return /^\d{1,3}$/.test(tokens[k]?.text ?? "") && tokens[k + 1]?.text === ",";
}

/** What opens a describer set before its person in commas: a possessor ("her doctor, Jo Roe,", "the boy's"). */
const PREPOSED_OPENERS: ReadonlySet<string> = new Set([
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "'s",
  "’s",
]);

/**
 * `Her doctor, Dana Vell, said`, `the singer's publicist, Jo Roe.`: the describer in commas before the name, owned
 * by a possessor, the apposition closing after the name (not a list: "her doctor, Jo Roe and Al Poe"). Invented
 * reports: a later "the doctor said" went to nobody, as it did not for the role nouns of speaker-roles.ts.
 */
function describedBeforeInCommas(tokens: readonly Token[], at: number, after: number, noun: string): boolean {
  if (tokens[at - 1]?.text !== "," || tokens[at - 2]?.lower !== noun) return false;
  if (!PREPOSED_OPENERS.has(tokens[at - 3]?.lower ?? "")) return false;
  const close = tokens[after]?.text;
  return close === undefined || close === "," || close === "." || close === ";";
}

/**
 * Whether the narration names another person between the holder's last mention (`last`) and the phrase whom it
 * gives no role, title or describer: "the actor" after "actor Jo Roe … comedy star Al Poe hosted a
 * reading" may be Poe (CHECK, seed 22122201: a listicle's actor took the next item's quote). A person the
 * document gives another role ("Manager Kieran Maddox was delighted") is no such rival.
 */
function undescribedSince(context: SpeakerContext, holder: string, last: number, offset: number): boolean {
  const tokens = context.tokens;
  for (const m of context.mentions) {
    if (m.start >= offset) break;
    if (m.start <= last || m.type !== "person" || m.entity === holder || insideQuote(context, m.start))
      continue;
    const facts = context.people.get(m.entity);
    if (facts === undefined || facts.notPerson || facts.roles.size > 0) continue;
    if ((personNamed(context, m.entity) ?? m.entity) === holder) continue;
    if (!PERSON_DESCRIPTORS.has(tokens[tokenAt(tokens, m.start) - 1]?.lower ?? "")) return true;
  }
  return false;
}

/**
 * The person a describer phrase names: of the people the narration described so before the phrase, the one
 * named last, unless another person the document describes not at all was named since (then nobody); null when
 * the phrase is no describer. FIT: invented sport, showbiz and state-politics articles
 * (British, Australian, Canadian house styles), where "the striker" and "the actress" went to nobody.
 */
export function byDescriber(context: SpeakerContext, span: TextSpan): QuoteSpeaker | null {
  const noun = describerOf(span);
  if (noun === null) return null;
  const tokens = context.tokens;
  const holders = new Set<string>();
  for (const m of context.mentions) {
    if (m.start >= span.start) break;
    if (m.type !== "person" || insideQuote(context, m.start)) continue;
    if (described(tokens, m, noun)) holders.add(m.entity);
  }
  let best: { name: string; last: number } | null = null;
  for (const name of holders) {
    const facts = context.people.get(name);
    if (facts === undefined || facts.notPerson) continue;
    const last = lastNarratedBefore(context, facts, span.start);
    if (best === null || last > best.last) best = { name, last };
  }
  if (holders.size === 0)
    return {
      name:
        RELATIONAL_PERSON_NOUNS.has(noun) || writtenBefore(tokens, noun, span.start)
          ? null
          : subjectJustBefore(context, span),
      mention: span,
    };
  if (best === null || undescribedSince(context, best.name, best.last, span.start))
    return { name: null, mention: span };
  return { name: personNamed(context, best.name) ?? best.name, mention: span };
}

/** At most this many characters between a quote's closing mark and the describer after it (`,” the teacher`). */
const QUOTE_TO_PHRASE = 3;

/**
 * A describer the narration gave nobody ("the former teacher said", "the Greek star said"): the one person the
 * narration names from the sentence before the quote up to it, as a clause's subject ("Ms Roe said the campaign
 * would go on. “This is not over,” the former teacher said."), as a careful reader takes the epithet; null where
 * that stretch names nobody, two people, a person holding an office, or the person only as an object ("Police
 * arrested Jo Roe. “…,” the teacher said."). Invented probe (session 38, British council and NBA copy): 3 of 3
 * such speakers were nobody.
 */
export function subjectJustBefore(
  context: SpeakerContext,
  span: TextSpan,
  officeHolders = false,
): string | null {
  const quote = context.quoted.findLast((q) => q.end <= span.start);
  const anchor = quote !== undefined && span.start - quote.end <= QUOTE_TO_PHRASE ? quote.start : span.start;
  const at = spanAt(context.sentences, anchor);
  const sentence = context.sentences[at];
  // (A phrase inside its sentence, after words that name nobody — "Asked about it, the teacher told reporters:
  // “…”" — reads the sentence before too.)
  const opensOwn =
    sentence !== undefined &&
    sentence.start < anchor &&
    !context.mentions.some((m) => m.type === "person" && m.start >= sentence.start && m.start < anchor);
  const first = sentence !== undefined && sentence.start < anchor && !opensOwn ? at : at - 1;
  const from = context.sentences[first]?.start;
  if (from === undefined) return null;
  let found: string | null = null;
  let subject = false;
  for (const m of context.mentions) {
    if (m.start >= anchor) break;
    if (m.start < from || m.type !== "person" || insideQuote(context, m.start)) continue;
    if (context.people.get(m.entity)?.notPerson) continue;
    const name = personNamed(context, m.entity) ?? m.entity;
    if (found !== null && found !== name) return null;
    // ("Manager Kieran Maddox was delighted. “…,” the striker said.": an office's holder is not its epithet's.)
    if (!officeHolders && holdsOffice(context, m.entity)) return null;
    found = name;
    subject ||= context.clauseSubjects.some((c) => c.offset === m.start) && onlyNamingWordsBefore(context, m);
  }
  return subject ? found : null;
}

/**
 * Whether the describer's noun is written before `end` ("Roe, who coached the striker,", "a teacher from Kelsholt",
 * or in a quote): the phrase may mean the person so introduced, whom the narration did not name.
 */
function writtenBefore(tokens: readonly Token[], noun: string, end: number): boolean {
  for (const token of tokens) {
    if (token.start >= end) return false;
    if (token.lower === noun || token.lower.endsWith(`-${noun}`)) return true;
  }
  return false;
}

/**
 * Whether only capitalized words, articles and person nouns stand before the mention in its sentence ("Local
 * campaigner Jo Roe said"): the subject for sure, not an object near the start ("Police arrested Jo Roe"), which
 * the salience's subjects count.
 */
function onlyNamingWordsBefore(context: SpeakerContext, m: Mention): boolean {
  const tokens = context.tokens;
  const sentence = context.sentences[spanAt(context.sentences, m.start)];
  if (sentence === undefined) return false;
  for (let i = tokenAt(tokens, sentence.start); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= m.start) return true;
    if (token.kind !== "word" || isCapitalized(token.text) || APPOSITION_OPENERS.has(token.lower)) continue;
    if (!isPersonNoun(token.lower)) return false;
  }
  return true;
}

/** Whether the document gives the person a role or a title other than a courtesy title ("Manager", "Sen."; not "Ms"). */
function holdsOffice(context: SpeakerContext, entity: string): boolean {
  const roles = context.people.get(entity)?.roles;
  if (roles === undefined) return false;
  for (const role of roles) if (!COURTESY_TITLES.has(role.toLowerCase().replace(/\.$/, ""))) return true;
  return false;
}

/**
 * "Committee chairman Sen. Paul Sarbanes said in a statement. “…,” the Maryland Democrat said": the one person of
 * the sentence before the phrase's (outside quotes) whom the document gives an office or a title (a state's party
 * member is a politician); where it names several such, the one opening it as its subject ("Chairman Dan Rostenkowski
 * … said today President Reagan must reconsider. The Illinois Democrat, asked …, said"). Reuters: 13 such speakers were
 * a place or an organization named like the phrase ("org:Georgia" for Sam Nunn) or nobody.
 */
function officeHolderInSentenceBefore(context: SpeakerContext, phrase: TextSpan): string | null {
  const previous = context.sentences[spanAt(context.sentences, phrase.start) - 1];
  if (previous === undefined) return null;
  const persons = context.mentions.filter(
    (m) =>
      m.start >= previous.start &&
      m.start < previous.end &&
      m.type === "person" &&
      !insideQuote(context, m.start),
  );
  const holders = new Set(
    persons
      .filter((m) => holdsOffice(context, m.entity))
      .map((m) => personNamed(context, m.entity) ?? m.entity),
  );
  if (holders.size === 1) return [...holders][0] as string;
  const first = persons[0];
  if (first === undefined || !context.clauseSubjects.some((c) => c.offset === first.start)) return null;
  if (!onlyNamingWordsBefore(context, first) || !holdsOffice(context, first.entity)) return null;
  return personNamed(context, first.entity) ?? first.entity;
}

/** A party's member as a speaker phrase's head, with a state or place before it: "the Kentucky Republican". */
const PARTY_MEMBER_PHRASE = /^(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}(\p{Lu}\p{Ll}+)$/u;

/**
 * A party's member described by the place they represent ("Asked about it, the Kentucky Republican told
 * reporters: “…”", "“…,” the Vermont Democrat said"), which the tagger reads as an organization: the one
 * person named as a clause's subject from the sentence before the quote, office holders too (the senator described by
 * party and state is the majority leader just named), as subjectJustBefore reads an epithet; null when the phrase
 * is no such describer or that stretch names nobody or two people. Session 39 probe (a Reuters Senate story): the
 * majority leader's quote went to an organization "Kentucky Republican".
 */
export function byPartyMember(context: SpeakerContext, span: TextSpan): QuoteSpeaker | null {
  const head = PARTY_MEMBER_PHRASE.exec(span.text)?.[1];
  if (head === undefined || !PARTY_MEMBER_NOUNS.has(head.toLowerCase())) return null;
  // "the" in the phrase or right before it (the organization's mention the phrase was cut to leaves it out).
  const at = tokenAt(context.tokens, span.start);
  // (Past an age: "the 74-year-old Illinois Republican told", session 42 probe.)
  const article = context.tokens[writtenAgeAt(context.tokens, at - 3) ? at - 4 : at - 1] as Token | undefined;
  const opened = /^the\s/iu.test(span.text);
  if (!opened && article?.lower !== "the") return null;
  const phrase = opened || article === undefined ? span : { ...span, start: article.start };
  const place = span.text
    .replace(/^the\s+/iu, "")
    .split(/\s+/u)
    .slice(0, -1)
    .join(" ");
  const name =
    (place === "" ? null : partyTagHolder(context, head, place, span.start)) ??
    subjectJustBefore(context, phrase, true) ??
    (place === "" ? null : officeHolderInSentenceBefore(context, phrase));
  // A state's party member is a description, never a person's name ("Illinois Republican"), whoever it is.
  if (name === null) return US_STATES.includes(place) ? { name: null, mention: span } : null;
  return { name, mention: span };
}
