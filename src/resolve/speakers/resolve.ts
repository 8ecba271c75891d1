import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { FAMILY_ROLES } from "../../lexicon/speaker-roles.js";
import { ROYAL_TITLES } from "../../lexicon/title-kinds.js";
import { spanAt, tokenAt } from "../../text/token-at.js";
import type { Mention, Quote, QuoteSpan, QuoteSpeaker, SpeakerPhrase, TextSpan, Token } from "../../types.js";
import { byPartyMember } from "./by-describer.js";
import { byName } from "./by-name.js";
import { byOrganization, organizationSpokenFor } from "./by-organization.js";
import { byRole } from "./by-role.js";
import { createSpeakerContext, overlapping, personNamed, remember, type SpeakerContext } from "./context.js";
import { byAge } from "./family.js";
import { NAME_SHAPE, writtenFullName } from "./full-names.js";
import { interviewee } from "./interviewee.js";
import { kinAfter } from "./kinship.js";
import { colonIntroducer, narrationSubject, organizationAsIt, Stories } from "./narration.js";
import type { Gender } from "./people.js";
import { personModified } from "./phrase-head.js";
import { byPronoun } from "./pronoun.js";
import { askedBefore, asker } from "./question.js";
import { withoutTitle } from "./speaker-name.js";
import { agreesWithTitle, titledNamesake, titleGenderOf } from "./title-gender.js";
import { unnamedSpokeBeforeAge, unnamedSpokeLast } from "./unnamed-speaker.js";

export { createSpeakerContext, type SpeakerContext } from "./context.js";
export { resolvePronoun } from "./pronoun.js";

/**
 * Resolves a speaker phrase to a person: a name to its entity, a pronoun to the most recent compatible
 * subject, a role noun to the person holding that role in context (title, country, recency). Call in
 * text order: every person resolved becomes the most recent subject. `quoted`: the quotes already named (an
 * "it" is the organization of the latest).
 */
export function resolveSpeaker(
  context: SpeakerContext,
  span: SpeakerPhrase,
  quoteStart: number = span.start,
  quoted: readonly Quote[] = [],
): QuoteSpeaker {
  const mention: TextSpan = { start: span.start, end: span.end, text: span.text };
  if (span.kind === "interviewee") {
    // An interview's answer: the label names the speaker, whom no later rule of a reported speech moves.
    const name = interviewee(context, span);
    if (name !== null) remember(context, name, span.start);
    return { name: name === null ? null : speakerName(context, name), mention };
  }
  const typed = { ...span, ...mention };
  let speaker: QuoteSpeaker;
  const member =
    memberNamedBefore(context, typed) ??
    (span.kind === "organization" || span.kind === "name" ? affiliateOpening(context, typed) : null);
  if (member !== null) speaker = { name: member, mention };
  else if (span.kind === "pronoun" && unnamedSpokeLast(context, typed, quoted)) {
    // "“…,” the Acme spokesman said. “…,” he said": the same unnamed speaker, for the same organization.
    const organization = organizationOfPhrase(context, quoted);
    speaker = organization === null ? { name: null, mention } : { name: null, mention, organization };
  } else if (span.kind === "pronoun") {
    speaker = byPronoun(context, typed, false, Math.min(span.start, quoteStart), true);
    const organization = speaker.name === null ? organizationAsIt(context, typed, quoted) : null;
    if (organization !== null) speaker = { ...speaker, organization };
  } else if (span.kind === "role") {
    speaker = unnamedSpokeBeforeAge(context, typed, quoted)
      ? byAge(context, typed, true)
      : byRole(context, typed, quoteStart);
    const spokenFor = speaker.name === null ? organizationSpokenFor(context, typed) : null;
    if (spokenFor !== null) speaker = { ...speaker, organization: spokenFor };
  } else {
    const modified = personModified(context, typed);
    const member = modified === null ? byPartyMember(context, typed) : null;
    if (modified !== null) speaker = { name: modified, mention };
    else if (member !== null) speaker = member;
    else if (span.kind === "organization") speaker = byOrganization(context, typed);
    else speaker = byName(context, typed);
  }
  // "Mrs Whitlow said" is no "Colin Whitlow": a fuller name of the other gender is not taken.
  const kin = kinGenderOf(context, span);
  const gender = titleGenderOf(span.text) ?? kin;
  const evidenced = kin !== null && kin === gender;
  // "Prince William said" is no "William Hague": a royal's given name takes no commoner's fuller name (session 34
  // probe, a BBC story naming both).
  const royalGivenName =
    speaker.name !== null &&
    !speaker.name.includes(" ") &&
    ROYAL_TITLES.has(span.text.split(/\s+/u)[0]?.toLowerCase() ?? "");
  if (!royalGivenName && !isTitledApart(context, span, speaker.name))
    speaker = withFullerName(context, speaker, gender, evidenced);
  if (speaker.name !== null) remember(context, speaker.name, span.start);
  // The person is remembered by the document's name for them; the quote names them without the title.
  return { ...speaker, mention, name: speaker.name === null ? null : speakerName(context, speaker.name) };
}

/**
 * Whether the phrase's titled mention is a person the document's naming kept apart from any full name (its
 * entity the surname alone, `name`): "Mrs Ashworth" beside "Kevin Ashworth", whom the title's gender and the
 * first name's tell apart. The quote's speaker is the mention's entity (the contract's one name), not the full
 * name the surname would otherwise join (session 37 probe, a BBC court report: the widow's words went to her
 * murdered husband).
 */
function isTitledApart(context: SpeakerContext, span: SpeakerPhrase, name: string | null): boolean {
  if (name === null || name.includes(" ")) return false;
  return context.mentions.some(
    (m) =>
      m.type === "person" &&
      m.title !== undefined &&
      m.entity === name &&
      m.start >= span.start &&
      m.end <= span.end,
  );
}

/**
 * The speaker with the document's fuller name for their name, where it agrees with the phrase's title or kin
 * (`gender`): a name the document joined before, the one full name written for a surname, else the namesake the
 * title's gender fits ("Ms Whitlow" where the document names a Dana and a Colin Whitlow).
 */
function withFullerName(
  context: SpeakerContext,
  found: QuoteSpeaker,
  gender: Gender | null,
  evidenced: boolean,
): QuoteSpeaker {
  let speaker = found;
  if (speaker.name !== null) {
    const fuller = context.fuller.get(speaker.name);
    if (fuller !== undefined && agreesWithTitle(context, fuller, gender, evidenced))
      speaker = { ...speaker, name: fuller };
  }
  if (speaker.name !== null && !speaker.name.includes(" ")) {
    const full = onlyFullName(context, speaker.name);
    if (full !== null && agreesWithTitle(context, full, gender, evidenced)) {
      context.fuller.set(speaker.name, full);
      speaker = { ...speaker, name: full };
    } else if (full === null && gender !== null) {
      // "Ms Whitlow" where the document names a Dana and a Colin Whitlow: the one the title's gender fits.
      speaker = { ...speaker, name: titledNamesake(context, speaker.name, gender, evidenced) };
    }
  }
  if (
    speaker.name !== null &&
    gender !== null &&
    !agreesWithTitle(context, speaker.name, gender, evidenced)
  ) {
    const surname = speaker.name.split(" ").at(-1) as string;
    speaker = { ...speaker, name: titledNamesake(context, surname, gender, evidenced) };
  }
  return speaker;
}

/**
 * The gender of the kin noun in apposition right after a surname speaker phrase ("Mr Ellwood, her father,
 * said", "Ellwood, the girl's father, said"), or null: a person's kin, whom a full name of the other gender
 * sharing the surname is not (issue 11: "Mr X, her father" took the woman named in full, the only one of that
 * surname). Only after a one-word name: a full name written in the phrase is the speaker's own.
 */
function kinGenderOf(context: SpeakerContext, span: SpeakerPhrase): Gender | null {
  if (span.kind !== "name") return null;
  const words = span.text.split(/\s+/).length - (titleGenderOf(span.text) === null ? 0 : 1);
  if (words !== 1) return null;
  const genders = new Set(
    kinAfter(context.tokens, tokenAt(context.tokens, span.end)).map((k) => FAMILY_ROLES.get(k)),
  );
  const [gender] = genders;
  return genders.size === 1 && gender != null ? gender : null;
}

/**
 * The organization of the latest speaker phrase when the phrase's own sentence names it from the phrase on ("the
 * Acme spokesman", "a spokesman for Acme", "a senior analyst at Acme"), else null: an organization found further
 * off for "one manufacturer" is not the next "he said"'s (Reuters bench: a unit of currency so carried).
 */
function organizationOfPhrase(context: SpeakerContext, quoted: readonly Quote[]): string | null {
  const speaker = quoted.findLast((q) => !q.partial && q.speaker.mention !== null)?.speaker;
  const organization = speaker?.organization;
  const phrase = speaker?.mention;
  if (organization === undefined || phrase == null) return null;
  const sentence = context.sentences[spanAt(context.sentences, phrase.start)];
  const end = sentence === undefined ? phrase.end : Math.max(sentence.end, phrase.end);
  const named = overlapping(context.mentions, { start: phrase.start, end, text: "" }).some(
    (m) => m.type === "organization" && m.start >= phrase.start && m.entity === organization,
  );
  return named ? organization : null;
}

/**
 * "Velden said" where the tagger kept the surname alone and the document writes "Maria Velden" once or more
 * (glued into an office it typed otherwise): the full name the person rule joins it to among the written
 * first-name-and-surname pairs (full-names.ts). FIT sample of session 11: a speaker was a bare surname.
 */
function onlyFullName(context: SpeakerContext, surname: string): string | null {
  return NAME_SHAPE.test(surname) ? writtenFullName(context, surname) : null;
}

/**
 * A person's name as a quote's speaker: without the title or office the document's name for them holds
 * ("Treasury Secretary Jonas Baker" → "Jonas Baker"), unless the words it would cut hold the person's surname:
 * "Tan Wei Ming", whom the document calls "Mr Tan", is no "Wei Ming" (family name first).
 */
function speakerName(context: SpeakerContext, name: string): string {
  const bare = withoutTitle(name);
  if (bare === name || !name.endsWith(` ${bare}`)) return bare;
  const cut = name
    .slice(0, name.length - bare.length)
    .trim()
    .split(/\s+/);
  const surname = cut.at(-1) as string;
  const alone = context.mentions.some((m) => m.type === "person" && m.text === surname && m.entity === name);
  return alone ? name : bare;
}

/**
 * Names the speakers of a document's quotes, in text order: a quote with a speaker phrase gets the phrase's
 * person (or organization), a quote that continues an earlier one gets that quote's speaker without a mention.
 */
export function resolveQuotes(
  spans: readonly QuoteSpan[],
  tokens: readonly Token[],
  sentences: ReadonlyArray<{ start: number; end: number }>,
  mentions: readonly Mention[],
): Quote[] {
  // (Direct quotes only: a quoted fragment is the writer's sentence, whose persons may be meant.)
  // (Nothing to name: the context's people, subjects and salience would go unread.)
  if (spans.length === 0) return [];
  // A speaker phrase between two parts of one quote (`“…,” said Alain Marais. “…”`) is narration.
  const direct = spans
    .filter((q) => !q.partial)
    .flatMap((q) => {
      const p = q.speakerPhrase;
      return p !== null && p.start > q.start && p.end < q.end
        ? [
            { start: q.start, end: p.start },
            { start: p.end, end: q.end },
          ]
        : [q];
    });
  // Made on first use: a document whose quotes are all fragments without a speaker phrase never reads it (690 of
  // the 4,393 Reuters bench documents with quotes; the context was 2.8% of a --jobs 1 profile).
  let built: SpeakerContext | null = null;
  const context = (): SpeakerContext => {
    built ??= createSpeakerContext(tokens, sentences, mentions, direct);
    return built;
  };
  const quotes: Quote[] = [];
  // `“…,” he said, adding: “…”`: one speaker phrase for two quotes is resolved once.
  let shared: { phrase: SpeakerPhrase; speaker: QuoteSpeaker } | null = null;
  const stories = new Stories();
  for (const span of spans) {
    let speaker: QuoteSpeaker = { name: null, mention: null };
    const phrase = span.speakerPhrase;
    // A sentence's subject before a quote standing alone ("Welfare was meant to be …") speaks only if it is a
    // person the document names; else the quote continues the earlier speaker.
    const speaks =
      phrase !== null &&
      (span.subjectOnly !== true || overlapping(mentions, phrase).some((m) => m.type === "person"));
    // "Roe was asked, “…”": the question is the asker's (named after "by", else nobody), not Roe's (a phrase
    // before "asked", "Roe was also asked, “…”", is the person asked) nor the speaker before's.
    const asked = askedBefore(tokens, sentences, span);
    const question =
      asked !== null && (!speaks || phrase.end <= (tokens[asked] as Token).start)
        ? asker(context(), asked, span.start)
        : null;
    if (question !== null) {
      speaker =
        question.name === null ? question : { ...question, name: speakerName(context(), question.name) };
      if (question.name !== null) remember(context(), question.name, (question.mention as TextSpan).start);
    } else if (speaks && shared?.phrase.start === phrase.start) speaker = shared.speaker;
    else if (speaks) {
      speaker =
        stories.teller(tokens, phrase, quotes) ?? resolveSpeaker(context(), phrase, span.start, quotes);
      shared = { phrase, speaker };
    } else {
      const continued = span.continues === null ? undefined : quotes[span.continues];
      const introducer = span.partial
        ? null
        : (colonIntroducer(context(), span.start) ??
          narrationSubject(
            context(),
            continued?.speaker.name ?? null,
            quotes.findLast((q) => !q.partial)?.end ?? 0,
            span.start,
          ));
      if (introducer !== null) {
        speaker = { ...introducer, name: speakerName(context(), introducer.name as string) };
        remember(context(), introducer.name as string, (introducer.mention as TextSpan).start);
      } else if (continued !== undefined) speaker = { ...continued.speaker, mention: null };
    }
    // A context never built learned no fuller name: asking it would build it for nothing (TypeScript cannot see
    // the closure assign `built`).
    const fuller =
      speaker.name === null ? undefined : (built as SpeakerContext | null)?.fuller.get(speaker.name);
    if (
      fuller !== undefined &&
      agreesWithTitle(context(), fuller, titleGenderOf(speaker.mention?.text ?? ""))
    )
      speaker = { ...speaker, name: fuller };
    const { start, end, text, partial, cue } = span;
    // The speaker built key by key in the output's order (`organization` undefined unless set; JSON leaves it
    // out): the spread copies above made a dozen hidden classes of speakers, which every later reader met.
    const named = { name: speaker.name, mention: speaker.mention, organization: speaker.organization };
    const quote = { start, end, text, partial, speaker: named, cue };
    stories.took(quote);
    quotes.push(quote);
  }
  return quotes;
}

/**
 * "Jo Roe, one of the group's founders, wrote", "Jo Roe one of the founders said" (a caption run into the text):
 * the person named right before "one of", whom the phrase after it describes. FIT sample of session 14: 2 quotes
 * went to nobody, the phrase being "the group's founders".
 */
function memberNamedBefore(context: SpeakerContext, span: TextSpan): string | null {
  const tokens = context.tokens;
  const at = tokenAt(tokens, span.start);
  if (tokens[at - 1]?.lower !== "of" || tokens[at - 2]?.lower !== "one") return null;
  const before = tokens[at - 3]?.text === "," ? at - 4 : at - 3;
  const end = tokens[before]?.end;
  if (end === undefined) return null;
  const person = context.mentions.find((m) => m.type === "person" && m.end === end);
  return person === undefined ? null : (personNamed(context, person.entity) ?? person.entity);
}

/**
 * "Jo Roe, a former official who is now a fellow at the Acme Institute, which works …, said": an organization
 * the phrase was cut to (or cut inside), after "at", "of" or "with" inside the apposition of the person opening the sentence, is
 * that person's employer; the person speaks (FIT sample of session 14: the institute spoke). Not past a reporting
 * verb ("Jo Roe said the Acme Institute …") nor a second comma-closed apposition.
 */
function affiliateOpening(context: SpeakerContext, span: TextSpan): string | null {
  const tokens = context.tokens;
  const organization = overlapping(context.mentions, span).find((m) => m.type === "organization");
  if (organization === undefined) return null;
  const at = tokenAt(tokens, organization.start);
  const governing = /^(?:the|The)$/.test(tokens[at - 1]?.text ?? "") ? at - 2 : at - 1;
  if (!/^(?:at|of|with)$/.test(tokens[governing]?.text ?? "")) return null;
  const sentence = context.sentences[spanAt(context.sentences, span.start)];
  if (sentence === undefined) return null;
  const first = tokenAt(tokens, sentence.start);
  const person = context.mentions.find((m) => m.type === "person" && m.start === tokens[first]?.start);
  if (person === undefined) return null;
  const comma = tokenAt(tokens, person.end);
  if (tokens[comma]?.text !== ",") return null;
  for (let k = comma + 1; k < governing; k++) {
    const word = (tokens[k] as Token).text;
    if (word === "," || REPORTING_VERBS.has(word.toLowerCase())) return null;
  }
  return personNamed(context, person.entity) ?? person.entity;
}
