/**
 * A role the narration says a person was given: "Acme named Jo Roe (as) chief executive", "Roe, who was appointed
 * editor last year,", "Roe took over as coach in June", "Roe replaced Al Poe as manager", "Roe became chief
 * executive". A later "the chief executive said" is that person, as a careful reader takes it (invented business,
 * sport and newspaper reports: such a role went to nobody, since no title or appositive gave it).
 */
import {
  APPOINTED_PARTICIPLES,
  APPOINTED_ROLE_DETERMINERS,
  APPOINTED_ROLE_ENDS,
  APPOINTED_ROLE_MODIFIERS,
  APPOINTING_VERBS,
  APPOINTMENT_AUXILIARIES,
  BARE_ROLE_VERBS,
  BECOMING_VERBS,
  FUTURE_MARKERS,
  SUCCEEDING_VERBS,
  TAKING_OVER_VERBS,
} from "../../lexicon/appointment-words.js";
import { PERSON_DESCRIPTORS } from "../../lexicon/person-nouns.js";
import { ROLE_TITLES } from "../../lexicon/speaker-roles.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Token } from "../../types.js";

/** Tokens at most from the role phrase's start to its head ("as the club's new head coach"). */
const ROLE_PHRASE_TOKENS = 6;
/** Tokens at most of the person succeeded, between the verb and "as" ("replaced the veteran Al Poe as"). */
const SUCCEEDED_TOKENS = 5;

/**
 * The role (a ROLE_TITLES key or a PERSON_DESCRIPTORS noun, lower case) the person named by tokens [start, end)
 * is given by the narration around the name, or null.
 */
export function appointedRole(tokens: readonly Token[], start: number, end: number): string | null {
  return roleBefore(tokens, start, end) ?? roleAfter(tokens, end);
}

/** "named Jo Roe as chief executive", "appointed Jo Roe editor": the verb right before the name. */
function roleBefore(tokens: readonly Token[], start: number, end: number): string | null {
  const verb = tokens[start - 1]?.lower ?? "";
  if (!APPOINTING_VERBS.has(verb) || FUTURE_MARKERS.has(tokens[start - 2]?.lower ?? "")) return null;
  if (tokens[end]?.lower === "as") return rolePhrase(tokens, end + 1);
  return BARE_ROLE_VERBS.has(verb) ? rolePhrase(tokens, end) : null;
}

/** "Roe, who was appointed editor", "Roe took over as coach", "Roe replaced Al Poe as manager". */
function roleAfter(tokens: readonly Token[], end: number): string | null {
  let k = end;
  if (tokens[k]?.text === "," && tokens[k + 1]?.lower === "who") k += 2;
  const first = tokens[k]?.lower ?? "";
  if (TAKING_OVER_VERBS.has(first))
    return tokens[k + 1]?.lower === "over" && tokens[k + 2]?.lower === "as"
      ? rolePhrase(tokens, k + 3)
      : null;
  if (BECOMING_VERBS.has(first)) return rolePhrase(tokens, k + 1);
  if (SUCCEEDING_VERBS.has(first)) {
    for (let j = k + 1; j <= k + 1 + SUCCEEDED_TOKENS && j < tokens.length; j++) {
      const word = (tokens[j] as Token).lower;
      if (word === "as") return rolePhrase(tokens, j + 1);
      if (/^[,.;:!?()]$/.test(word)) return null;
    }
    return null;
  }
  let aux = 0;
  while (APPOINTMENT_AUXILIARIES.has(tokens[k]?.lower ?? "")) {
    k += 1;
    aux += 1;
  }
  if (aux === 0) return null;
  const participle = tokens[k]?.lower ?? "";
  if (participle === "taken") return roleAfter(tokens, k);
  if (!APPOINTED_PARTICIPLES.has(participle)) return null;
  const next = tokens[k + 1]?.lower;
  return rolePhrase(tokens, next === "as" || (participle === "promoted" && next === "to") ? k + 2 : k + 1);
}

/**
 * The head of the role phrase opening at token `k` ("the club's new head coach", "Rovers manager", "chief
 * executive"), when it ends there (punctuation, a preposition, the text's end): a two-word role, a role or a
 * person descriptor; else null.
 */
function rolePhrase(tokens: readonly Token[], k: number): string | null {
  let at = APPOINTED_ROLE_DETERMINERS.has(tokens[k]?.lower ?? "") ? k + 1 : k;
  for (const last = at + ROLE_PHRASE_TOKENS; at < last && at < tokens.length; at++) {
    const word = (tokens[at] as Token).lower;
    const pair = `${word} ${tokens[at + 1]?.lower ?? ""}`;
    if (ROLE_TITLES.has(pair) && endsPhrase(tokens, at + 2)) return pair;
    if ((ROLE_TITLES.has(word) || PERSON_DESCRIPTORS.has(word)) && endsPhrase(tokens, at + 1)) return word;
    const text = (tokens[at] as Token).text;
    // "the club's new manager": an owner with its possessive mark is part of the phrase.
    const owner = /^['’]s$/.test(tokens[at + 1]?.text ?? "");
    if (APPOINTED_ROLE_MODIFIERS.has(word) || /^['’]s$/.test(text) || owner || isCapitalized(text)) continue;
    return null;
  }
  return null;
}

function endsPhrase(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t === undefined || /^[,.;:!?()"“”'‘’—–-]+$/.test(t.text) || APPOINTED_ROLE_ENDS.has(t.lower);
}
