/**
 * An office named in a speaker phrase ("the Texas senator said") read as the previous sentence's subject, and the
 * phrase's opening words: byRole (by-role.ts) asks them when no one the document names holds the office.
 */
import { PREPOSITIONS } from "../../lexicon/prepositions.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { COURTESY_TITLES } from "../../lexicon/title-kinds.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import { startsCapitalThenLower } from "../../text/word-shape.js";
import type { SpeakerPhrase, Token } from "../../types.js";
import { insideQuote, type SpeakerContext } from "./context.js";
import type { Gender } from "./people.js";

/**
 * `Roe warned against a brokered convention. “It would be a disaster,” the Texas senator said.`: an office
 * (a role with titles) that the phrase ties to a place or party by a capitalized word, and that nobody the
 * document names holds, is the subject of the sentence before the quote (`anchor`: where the quote opens), when
 * the document gives that person no other office. FIT sample of session 13: the reader's knowledge of who holds
 * the office, which the document leaves to the subject. Reuters: 1 better; 1 worse before the quote's own words
 * and an organization's officer were left out (a name inside a quoted fragment was the subject).
 */
export function officeOfSubject(
  context: SpeakerContext,
  span: SpeakerPhrase,
  anchor: number,
  role: string,
  gender: Gender | null,
): string | null {
  // (Not an organization's officer, "the Agriculture Department's officer": someone it does not name.)
  if (!/^the\s/i.test(span.text) || /['’]s?\s/u.test(span.text)) return null;
  if ((ROLE_TITLES.get(role) ?? []).length === 0) return null;
  // A capitalized modifier, not the office's own words ("the Chancellor" alone is left to the document's holder;
  // session 16 tried the office's own capitals as a modifier, "The Prime Minister said": 1 FIT quote right, but
  // against two guards of earlier sessions, "the Senator" and "the Chancellor" alone: withdrawn).
  const own = new Set(role.split(" "));
  // Or "former", which ties the office to someone out of it: the subject just named ("Zuma, 75, had defied … “…,”
  // the former president said" after "Cyril Ramaphosa was elected president": session 42 probe).
  const modified = span.text
    .split(/\s+/)
    .some((w, i) => i > 0 && ((startsCapitalThenLower(w) && !own.has(w.toLowerCase())) || w === "former"));
  if (!modified) return null;
  const at = spanAt(context.sentences, anchor - 1);
  const from = context.sentences[at]?.start ?? anchor;
  // "“…,” Roe said. Two years ago, the Oregon senator said, the press …": a phrase opening its own sentence
  // (after an adverbial) before the quote has no subject before it there; the sentence before it has. FIT sample
  // of session 16: "the independent <State> senator said" after the person's own quote went to nobody.
  const phraseAt = spanAt(context.sentences, span.start);
  const before = at === phraseAt && at > 0 ? (context.sentences[at - 1] as { start: number }).start : from;
  const subject =
    context.subjects.findLast((s) => s.offset < anchor && s.offset >= from) ??
    context.subjects.findLast((s) => s.offset < from && s.offset >= before);
  if (subject === undefined) return null;
  const name = subjectAfterOpening(context, subject.offset) ?? subject.name;
  const facts = context.people.get(name);
  // ("Mr Roe" elsewhere in the document gives Roe no office, as "Mayor Roe" does: session 16; Reuters and
  // PolNeAR unchanged.)
  if (facts === undefined || facts.notPerson || [...facts.roles].some((r) => !COURTESY_TITLES.has(r)))
    return null;
  return gender === null || facts.gender === null || facts.gender === gender ? name : null;
}

/**
 * "One month after backing Roe, Poe still believes …": the first person of a sentence named inside a phrase that
 * opens it, up to its first comma, is no subject; the person right after that comma is (FIT sample of session 16:
 * "the Florida senator" went to the candidate named in the opening phrase). Null when the sentence opens with the
 * name or no person follows the comma.
 */
function subjectAfterOpening(context: SpeakerContext, offset: number): string | null {
  const tokens = context.tokens;
  const at = tokenAt(tokens, offset);
  const first = tokenAt(tokens, context.sentences[spanAt(context.sentences, offset)]?.start ?? offset);
  if (at === first) return null;
  for (let k = first; k < at; k++) if ((tokens[k] as Token).text === ",") return null;
  let comma = at + 1;
  while (comma < tokens.length && comma - at <= 12 && (tokens[comma] as Token).text !== ",") comma += 1;
  const next = tokens[comma + 1];
  if ((tokens[comma] as Token | undefined)?.text !== "," || next === undefined) return null;
  const person = context.mentions.find((m) => m.type === "person" && m.start === next.start);
  return person === undefined || insideQuote(context, person.start) ? null : person.entity;
}

/**
 * "In an interview with the hosts Jo Roe and Al Poe, the Democratic candidate said": a phrase opening the role
 * phrase's sentence with a preposition, up to the comma right before the phrase, names other people than the
 * role's (session 13's sample: a host got the candidate's 3 quotes by salience). Empty when the sentence opens
 * otherwise.
 */
export function openingPhrase(context: SpeakerContext, span: SpeakerPhrase): { start: number; end: number } {
  const tokens = context.tokens;
  const first = tokenAt(
    tokens,
    context.sentences[spanAt(context.sentences, span.start)]?.start ?? span.start,
  );
  const at = tokenAt(tokens, span.start);
  if (first >= at - 1 || tokens[at - 1]?.text !== ",") return { start: 0, end: 0 };
  if (!PREPOSITIONS.has(tokens[first]?.lower ?? "")) return { start: 0, end: 0 };
  return { start: (tokens[first] as { start: number }).start, end: span.start };
}
