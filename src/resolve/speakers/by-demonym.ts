/**
 * A nationality as a speaker ("the Brazilian said", "said the Spaniard"): the person the document describes by
 * that nationality, else the one person the narration just named, else nobody. Who "the Brazilian" is rests on
 * what the reader knows; where the text does not say it and names several people, the most salient person (the
 * rule before) was as often someone else: the coach named last, or a rival of another country.
 */
import { spanAt, tokenAt } from "../../text/token-at.js";
import type { Mention, QuoteSpeaker, TextSpan, Token } from "../../types.js";
import { subjectJustBefore } from "./by-describer.js";
import {
  lastNarratedBefore,
  overlapping,
  personNamed,
  personsBefore,
  type SpeakerContext,
} from "./context.js";
import { reports } from "./subject-position.js";

/** Sentences back (besides the phrase's own) in which the one person named stands for an undescribed nationality. */
const RECENT_SENTENCES = 2;

/** Words at most between a name's comma or bracket and the nationality of its apposition ("a 24-year-old"). */
const APPOSITION_WORDS = 5;

/**
 * The person named right before a nationality in apposition: "Rui Sallas, a Brazilian,", "Rui Sallas, the
 * 24-year-old Brazilian", "Rui Sallas (Brazil)"; only lower-case words, numbers and hyphens between, so not
 * "Rui Sallas, who joined from a Brazilian club," (a clause) nor "Rui Sallas met Brazilian fans".
 */
function appositiveOf(context: SpeakerContext, national: Mention): string | null {
  const tokens = context.tokens;
  const at = tokenAt(tokens, national.start);
  for (let k = at - 1; k >= Math.max(0, at - APPOSITION_WORDS - 1); k--) {
    const text = (tokens[k] as Token).text;
    if (text === "," || text === "(") {
      const before = tokens[k - 1];
      if (before === undefined) return null;
      const person = overlapping(context.mentions, { start: before.start, end: before.end, text: "" }).find(
        (m) => m.type === "person" && m.end === before.end,
      );
      return person?.entity ?? null;
    }
    if (!/^[\p{Ll}\d-]+$/u.test(text) || text === "who" || text === "and") return null;
  }
  return null;
}

/**
 * The person the document describes by the nationality of `national` before `span` ("Brazilian striker Rui
 * Sallas", or in apposition), the latest named in the narration when several are; null when nobody is.
 */
export function byDemonym(context: SpeakerContext, span: TextSpan, national: Mention): QuoteSpeaker {
  const described = new Set<string>();
  for (const facts of context.people.values())
    if (facts.countries.has(national.entity) && !facts.notPerson) described.add(facts.name);
  for (const m of overlapping(context.mentions, { start: 0, end: span.start, text: "" })) {
    if ((m.type !== "demonym" && m.type !== "country") || m.entity !== national.entity) continue;
    const person = appositiveOf(context, m);
    if (person !== null) described.add(person);
  }
  let name: string | null = null;
  let last = -1;
  for (const candidate of described) {
    const facts = context.people.get(candidate);
    const at = facts === undefined ? -1 : lastNarratedBefore(context, facts, span.start);
    if (at > last) {
      name = candidate;
      last = at;
    }
  }
  return {
    name: name ?? onlyPersonNamed(context, span, national) ?? subjectOfNationality(context, span, national),
    mention: span,
  };
}

/**
 * "Spurs boss Mauricio Pochettino said his side had been undone. “…,” the Argentine said.": the one person named as
 * the subject from the sentence before the quote up to it (an office's holder too: the coach), as an epithet is read
 * (by-describer.ts), unless the document gives them another nationality. Session 42 probe (a BBC Sport final): the
 * coach's quote had no speaker where the report named other players two sentences back.
 */
function subjectOfNationality(context: SpeakerContext, span: TextSpan, national: Mention): string | null {
  const name = subjectJustBefore(context, span, true);
  if (name === null) return null;
  // Only a subject reporting ("Pochettino said his side …"), whose statement the quote goes on with: "Coach Andre
  // Vilas praised the team. “…,” the Brazilian said" may be a player the story named before (tests/speakers-demonym-age).
  const here = spanAt(context.sentences, span.start);
  const from = context.sentences[Math.max(0, here - 1)]?.start ?? 0;
  const reporting = personsBefore(context, from, span.start).some(
    (m) => (personNamed(context, m.entity) ?? m.entity) === name && reports(context.tokens, m.end),
  );
  return reporting && ofNoOtherNationality(context, name, national) ? name : null;
}

/**
 * "Rafael Bermudez was pleased. “We played well,” said the Spaniard.": the one person the narration names in the
 * phrase's sentence and the RECENT_SENTENCES before it, unless the document gives them another nationality;
 * null when it names none or several.
 */
function onlyPersonNamed(context: SpeakerContext, span: TextSpan, national: Mention): string | null {
  const here = spanAt(context.sentences, span.start);
  const from = context.sentences[Math.max(0, here - RECENT_SENTENCES)]?.start ?? 0;
  const names = new Set(personsBefore(context, from, span.start).map((m) => m.entity));
  if (names.size !== 1) return null;
  const name = [...names][0] as string;
  return ofNoOtherNationality(context, name, national) ? name : null;
}

/** Whether the document gives the person no nationality, or the nationality of `national`. */
function ofNoOtherNationality(context: SpeakerContext, name: string, national: Mention): boolean {
  const countries = context.people.get(name)?.countries;
  return countries === undefined || countries.size === 0 || countries.has(national.entity);
}
