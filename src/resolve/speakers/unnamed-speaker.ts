/**
 * A speaker pronoun right after a statement of someone the document does not name ("“…,” said the woman, who
 * asked not to be named. “…,” she said"): that same unnamed person, not the last person named by salience.
 */
import { UNNAMED_ONE_DETERMINERS } from "../../lexicon/attribution-phrases.js";
import { ARTICLES } from "../../lexicon/clause-words.js";
import { FEMALE_PERSON_NOUNS, MALE_PERSON_NOUNS } from "../../lexicon/person-nouns.js";
import { GENDERED_PRONOUNS } from "../../lexicon/pronouns.js";
import { FEMALE_ROLES, MALE_ROLES } from "../../lexicon/speaker-roles.js";
import { spanAt } from "../../text/token-at.js";
import type { Quote, TextSpan } from "../../types.js";
import { insideQuote, type SpeakerContext } from "./context.js";

/** Words opening a description of one person the document does not name ("the woman", "a cashier"). */
const DESCRIPTION_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...UNNAMED_ONE_DETERMINERS]);

/**
 * Whether the speaker pronoun `span` is the unnamed person who spoke the quote before: that quote's own phrase
 * ("the woman", "a cashier", "one official") named nobody and no organization, it stands in the pronoun's sentence
 * or the one before, no person is named between it and the pronoun outside quotes, and its head noun's gender (if
 * it has one) agrees. A description of someone speaking for an organization counts ("the Acme spokesman"): the
 * caller keeps that organization. FIT sample of seed 20261252: two "she said" after "said the woman, who …" went to the
 * woman named before her.
 */
export function unnamedSpokeLast(context: SpeakerContext, span: TextSpan, quoted: readonly Quote[]): boolean {
  const gender = GENDERED_PRONOUNS.get(span.text.toLowerCase());
  return gender !== undefined && describedOneSpokeLast(context, span, quoted, gender);
}

/**
 * Whether "the 58-year-old said" follows the statement of one unnamed person (`“…,” said one former miner outside
 * the count`), as a pronoun would (unnamedSpokeLast, of no gender): that person, not the most salient one named.
 * Session 42 probe (Brexit night in Sunderland): the miner's age went to the Scottish first minister.
 */
export function unnamedSpokeBeforeAge(
  context: SpeakerContext,
  span: TextSpan,
  quoted: readonly Quote[],
): boolean {
  return /^the \d{1,3}-year-old$/i.test(span.text) && describedOneSpokeLast(context, span, quoted, null);
}

function describedOneSpokeLast(
  context: SpeakerContext,
  span: TextSpan,
  quoted: readonly Quote[],
  gender: string | null,
): boolean {
  const latest = quoted.findLast((q) => !q.partial && q.speaker.mention !== null);
  const phrase = latest?.speaker.mention;
  if (latest === undefined || phrase == null || phrase.start >= span.start) return false;
  if (latest.speaker.name !== null) return false;
  const words = phrase.text.toLowerCase().split(/\s+/);
  const head = words.at(-1) as string;
  // "“…,” she said. “…,” she added": the chain of one unnamed person's statements goes on.
  if (
    words.length === 1 &&
    GENDERED_PRONOUNS.has(head) &&
    (gender === null || GENDERED_PRONOUNS.get(head) === gender)
  )
    return latest.speaker.organization === undefined && near(context, phrase, span, gender);
  // (An organization's spokesman, "the Bundesbank spokesman said", is as unnamed as "the woman": the organization
  // is the one the quote stays with; "Acme said" is no description and goes no further.)
  // A description of one person: an article or "one" before a lower-case noun; not a plural ("aides said": a
  // "he" after it is one of them or anyone), nor a phrase cut from a name ("Roe can be heard").
  if (!DESCRIPTION_OPENERS.has(words[0] as string) || words.length < 2 || /[^s]s$/.test(head)) return false;
  if (!/^\p{Ll}/u.test(phrase.text.split(/\s+/).at(-1) as string)) return false;
  const nounGender =
    FEMALE_PERSON_NOUNS.has(head) || FEMALE_ROLES.has(head)
      ? "female"
      : MALE_PERSON_NOUNS.has(head) || MALE_ROLES.has(head)
        ? "male"
        : null;
  if (gender !== null && nounGender !== null && nounGender !== gender) return false;
  return near(context, phrase, span, gender);
}

/**
 * Whether `phrase` stands in the pronoun's sentence or the one before, with no person who may be meant (of the
 * pronoun's gender or of none known) named between them outside quotes.
 */
function near(context: SpeakerContext, phrase: TextSpan, span: TextSpan, gender: string | null): boolean {
  const sentences = context.sentences;
  if (spanAt(sentences, phrase.start) < spanAt(sentences, span.start) - 1) return false;
  for (const m of context.mentions) {
    if (m.start >= span.start) break;
    if (m.type !== "person" || m.start < phrase.end || insideQuote(context, m.start)) continue;
    const known = context.people.get(m.entity)?.gender;
    if (known == null || known === gender) return false;
  }
  return true;
}
