/**
 * Attributions of translated wire copy and live pages that name the speaker without the usual subject–verb
 * order: "Xinhua quoted Li as saying" (the speaker is the verb's object) and a label before a colon
 * ("14:32 - Roche: “…”", "Mr Ann Lee (Orkney): “…”"), where no verb is written at all.
 */
import { PASSIVE_AUXILIARIES } from "../../lexicon/attribution-phrases.js";
import { CAPTION_LABELS } from "../../lexicon/boilerplate.js";
import { DASHES } from "../../lexicon/dashes.js";
import { OBJECT_SPEAKER_PRONOUNS } from "../../lexicon/pronouns.js";
import { LABEL_LEAD_MARKS } from "../../lexicon/punctuation.js";
import { QUOTE_MARKS } from "../../lexicon/quote-marks.js";
import { QUOTING_FORMS } from "../../lexicon/reporting-verbs.js";
import type { Token } from "../../types.js";
import { phraseStartingAt } from "./phrase-starting.js";
import { phraseEndingAt } from "./phrases.js";
import { type CuePhrase, cueAt, LOWER, lower, type SpeakerPhrase } from "./words.js";

/** Words a live page's time stamp may hold before a label: "14:32 GMT -", "3.45pm:", "Updated 11:42pm". */
const CLOCK_WORDS =
  /^(?:\d[\d.:]*(?:am|pm|h)?|a\.?m\.?|p\.?m\.?|GMT|BST|UTC|ET|EST|EDT|CET|IST|Updated|Update)$/i;
const MAX_PARENTHESIS_TOKENS = 8;
/** A time stamp's tokens before a label ("Updated 3 . 45pm :"): more is a sentence, and the scan stays short. */
const MAX_LEAD_TOKENS = 10;

function quotingActively(tokens: readonly Token[], at: number): boolean {
  return QUOTING_FORMS.has(lower(tokens[at])) && !PASSIVE_AUXILIARIES.has(lower(tokens[at - 1]));
}

/** Tokens at most in an apposition between the object of "quoted" and "as saying" (", Acme's chief executive,"). */
const MAX_APPOSITION_TOKENS = 8;

/**
 * `quoted him as saying`: the object pronoun of "quoted" right before "as" (the subject forms are phrases of their
 * own). Not "quoted her spokesman as saying", where "her" is a possessive: only right before "as".
 */
function objectPronoun(tokens: readonly Token[], at: number): SpeakerPhrase | null {
  return OBJECT_SPEAKER_PRONOUNS.has(lower(tokens[at])) && lower(tokens[at + 1]) === "as"
    ? { first: at, end: at + 1, kind: "pronoun" }
    : null;
}

/**
 * The comma closing an apposition that opens with the comma at `open` ("quoted Ann Lee, Acme's chief executive, as
 * saying"), when "as" and a participle follow it: its index, or -1. No quote mark, sentence end or verb inside.
 */
function appositionBeforeAs(tokens: readonly Token[], open: number, limit: number): number {
  if (tokens[open]?.text !== ",") return -1;
  for (let k = open + 1; k < Math.min(limit, open + 2 + MAX_APPOSITION_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (t.text === ",")
      return k > open + 1 && lower(tokens[k + 1]) === "as" && cueAt(tokens, k + 2)?.participle === true
        ? k
        : -1;
    // (Words, an age's number: `quoted Ann Lee, 54, as saying`.)
    if (t.kind !== "word" && t.kind !== "number" && t.text !== "-") return -1;
    if (QUOTE_MARKS.has(t.text) || cueAt(tokens, k) !== null) return -1;
  }
  return -1;
}

/**
 * Of an object and its apposition (`Acme's chief executive, Ann Lee,`), the one a reader names the speaker by: the
 * name in apposition to a role or organization phrase, else the object itself.
 */
function namedOfApposition(
  tokens: readonly Token[],
  object: SpeakerPhrase,
  open: number,
  close: number,
): SpeakerPhrase {
  if (object.kind === "name") return object;
  const inner = phraseStartingAt(tokens, open + 1, close);
  return inner !== null && inner.kind === "name" && inner.end === close ? inner : object;
}

/**
 * `state media quoted Premier Qiu as saying`: from the verb "quoted", the object that says, and the token after
 * "as saying". An apposition may stand between the object and "as" (`quoted Ann Lee, Acme's chief executive, as
 * saying`), and the object may be a pronoun (`quoted him as saying`): invented wire reports, where both went to
 * the outlet.
 */
export function quotedAsSaying(
  tokens: readonly Token[],
  cue: CuePhrase,
  limit: number,
): { speaker: SpeakerPhrase; end: number } | null {
  if (!quotingActively(tokens, cue.first)) return null;
  const pronoun = objectPronoun(tokens, cue.end);
  if (pronoun !== null)
    return cueAt(tokens, pronoun.end + 1)?.participle === true
      ? { speaker: pronoun, end: pronoun.end + 2 }
      : null;
  const object = phraseStartingAt(tokens, cue.end, limit);
  if (object === null) return null;
  if (lower(tokens[object.end]) === "as")
    return cueAt(tokens, object.end + 1)?.participle === true
      ? { speaker: object, end: object.end + 2 }
      : null;
  // (`quoted Acme's chief executive, Ann Lee, as saying`: the phrase read past the role to the name in commas.)
  if (tokens[object.end]?.text === "," && lower(tokens[object.end + 1]) === "as")
    return cueAt(tokens, object.end + 2)?.participle === true
      ? { speaker: object, end: object.end + 3 }
      : null;
  const served = servedBeforeAs(tokens, object, limit);
  if (served >= 0) return { speaker: object, end: served + 2 };
  const close = appositionBeforeAs(tokens, object.end, limit);
  if (close < 0) return null;
  return { speaker: namedOfApposition(tokens, object, object.end, close), end: close + 3 };
}

/** `Xinhua quoted Li as saying: “…”`: from the participle "saying", the object of "quoted" before "as". */
export function objectOfQuoting(
  tokens: readonly Token[],
  cue: CuePhrase,
  floor: number,
): SpeakerPhrase | null {
  if (!cue.participle || lower(tokens[cue.first - 1]) !== "as") return null;
  const pronoun = objectPronoun(tokens, cue.first - 2);
  if (pronoun !== null)
    return pronoun.first - 1 >= floor && quotingActively(tokens, pronoun.first - 1) ? pronoun : null;
  if (tokens[cue.first - 2]?.text === ",") return objectBeforeApposition(tokens, cue.first - 2, floor);
  const role = roleServingBefore(tokens, cue.first - 1, floor);
  if (role !== null) return role;
  const object = phraseEndingAt(tokens, cue.first - 2, floor);
  if (object === null || object.first - 1 < floor) return null;
  return quotingActively(tokens, object.first - 1) ? object : null;
}

/** Words that open what a role's object says of whom it serves: "a source close to", "a spokesman for". */
const SERVED_OPENERS: ReadonlySet<string> = new Set(["close", "for", "at", "of", "with", "familiar", "near"]);
/** Tokens at most from an unnamed role to "as saying" ("a source close to the Acme Holdings board"). */
const MAX_SERVED_TOKENS = 8;

/**
 * `quoted a source close to Dana Vell as saying`, `quoted sources familiar with the talks as saying`: the unnamed
 * role speaks, not the person or firm after "close to" or "for" (invented wire reports: the outlet spoke). From the
 * role phrase `object`, the index of "as" before a participle, or -1; only words between.
 */
function servedBeforeAs(tokens: readonly Token[], object: SpeakerPhrase, limit: number): number {
  if (object.kind !== "role" || !SERVED_OPENERS.has(lower(tokens[object.end]))) return -1;
  for (let k = object.end + 1; k < Math.min(limit, object.end + MAX_SERVED_TOKENS); k++) {
    const t = tokens[k] as Token;
    if (lower(t) === "as") return cueAt(tokens, k + 1)?.participle === true ? k : -1;
    if (t.kind !== "word" || QUOTE_MARKS.has(t.text) || cueAt(tokens, k) !== null) return -1;
  }
  return -1;
}

/** `quoted a source close to Vell as saying`: from "as" at `as`, the unnamed role after "quoted", or null. */
function roleServingBefore(tokens: readonly Token[], as: number, floor: number): SpeakerPhrase | null {
  for (let open = as - 2; open >= Math.max(floor + 1, as - MAX_SERVED_TOKENS); open--) {
    if (!SERVED_OPENERS.has(lower(tokens[open]))) continue;
    const role = phraseEndingAt(tokens, open - 1, floor);
    if (role === null || role.kind !== "role" || role.first - 1 < floor) continue;
    if (!quotingActively(tokens, role.first - 1)) continue;
    return servedBeforeAs(tokens, role, as + 1) === as ? role : null;
  }
  return null;
}

/** `quoted Ann Lee, Acme's chief executive, as saying`: from the apposition's closing comma, the object before it. */
function objectBeforeApposition(
  tokens: readonly Token[],
  close: number,
  floor: number,
): SpeakerPhrase | null {
  for (let open = close - 2; open >= Math.max(floor, close - 1 - MAX_APPOSITION_TOKENS); open--) {
    if (tokens[open]?.text !== ",") continue;
    if (appositionBeforeAs(tokens, open, close + 3) !== close) return null;
    const object = phraseEndingAt(tokens, open - 1, floor);
    if (object === null || object.first - 1 < floor || !quotingActively(tokens, object.first - 1))
      return null;
    return namedOfApposition(tokens, object, open, close);
  }
  return null;
}

/**
 * `15:25 - Roche: “…”`, `Health Minister Mary Roe: “…”`, `Mr Alistair Brodie (Orkney and Shetland): “…”`:
 * a name alone before the colon, with at most a time stamp and a dash before it, labels the quote as a
 * transcript's or a live page's turn does. Not a dateline in capitals ("KUALA LUMPUR:") nor a phrase inside
 * a sentence ("The verdict was clear: “…”").
 */
export function labelledSpeaker(
  tokens: readonly Token[],
  colon: number,
  floor: number,
): SpeakerPhrase | null {
  let last = colon - 1;
  if (tokens[last]?.text === ")") {
    let open = last - 1;
    while (open > floor && last - open <= MAX_PARENTHESIS_TOKENS && tokens[open]?.text !== "(") open -= 1;
    if (tokens[open]?.text !== "(") return null;
    last = open - 1;
  }
  const phrase = phraseEndingAt(tokens, last, floor);
  if (phrase === null || phrase.kind !== "name") return null;
  let upperOnly = true;
  for (let i = phrase.first; i <= last; i++)
    if (LOWER.test((tokens[i] as Token).text.slice(1))) upperOnly = false;
  if (upperOnly) return null;
  if (phrase.first > floor && !isCaptionLabel(tokens, floor, phrase.first)) {
    if (
      phrase.first - floor > MAX_LEAD_TOKENS ||
      !LABEL_LEAD_MARKS.has((tokens[phrase.first - 1] as Token).text)
    )
      return null;
    for (let i = floor; i < phrase.first - 1; i++) {
      const t = tokens[i] as Token;
      if (QUOTE_MARKS.has(t.text)) return null;
      if (t.kind === "word" && !CLOCK_WORDS.test(t.text)) return null;
    }
  }
  return phrase;
}

/**
 * Whether tokens [floor, first) are a page's caption label ("Media caption Jo Roe: “…”", BBC pages as scraped):
 * the label leads a name as a time stamp does. Invented probe (session 38, a BBC 2019 page): the quote had no
 * speaker.
 */
function isCaptionLabel(tokens: readonly Token[], floor: number, first: number): boolean {
  if (first - floor !== 2) return false;
  const label = `${(tokens[floor] as Token).lower} ${(tokens[floor + 1] as Token).lower}`;
  return CAPTION_LABELS.includes(label);
}

/**
 * `HEADLINE IN CAPITALS - Dana Roe: “…”`, `More from Roe and Lee: “…”`: a roundup of other outlets' words (poll
 * and press digests) labels each excerpt with its author's name after a dash or "More from", whatever the
 * sentence before the dash holds. The label's first name speaks (one of two co-authors). Not a name inside a
 * sentence ("The verdict of Dana Roe: “…”"): only a dash, "More from" or the sentence's start leads it.
 * In the FIT half of seed 20261211, 9 excerpts of two digests had no speaker without it.
 */
export function dashLabelledSpeaker(
  tokens: readonly Token[],
  colon: number,
  floor: number,
): SpeakerPhrase | null {
  const last = phraseEndingAt(tokens, colon - 1, floor);
  if (last === null || last.kind !== "name" || last.end !== colon) return null;
  let phrase = last;
  if (lower(tokens[phrase.first - 1]) === "and") {
    const first = phraseEndingAt(tokens, phrase.first - 2, floor);
    if (first === null || first.kind !== "name" || first.end !== phrase.first - 1) return null;
    phrase = first;
  }
  for (let i = phrase.first; i < colon; i++)
    if ((tokens[i] as Token).kind === "word" && !LOWER.test((tokens[i] as Token).text.slice(1))) {
      // (A capitals-only label is a dateline or a heading, "KUALA LUMPUR:", which labelledSpeaker declines too.)
      if ((tokens[i] as Token).text.length > 1) return null;
    }
  let lead = phrase.first - 1;
  if (lower(tokens[lead]) === "from" && lower(tokens[lead - 1]) === "more") {
    lead -= 2;
    // (A digest's bracketed source ends the excerpt before: "… [Acme.] More from Roe: “…”".)
    if (lead < floor || tokens[lead]?.text === "]") return phrase;
  }
  if (lead < floor) return null;
  const dash = tokens[lead] as Token;
  if (!DASHES.has(dash.text)) return null;
  // (A hyphen joined on both sides is part of a word: "pro-Whitlow:".)
  const joinedLeft = tokens[lead - 1]?.end === dash.start;
  const joinedRight = tokens[lead + 1]?.start === dash.end;
  return joinedLeft && joinedRight ? null : phrase;
}
