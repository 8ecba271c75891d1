/**
 * A legislator's title in capitals (MEMBER_TITLES: "MP", "MPP", "MLA"), or an abbreviated title written without
 * its stop ("Sen", "Gen", "Rep": session 38), right before a name is the name's title,
 * and the name is a person's, however the tagger read it: it left "veteran MP [Lawrence MacAulay]" and "MP
 * [Catherine McKenna]" untagged (the title read as an organization alone), and read "[MP Navdeep Bains]", whose
 * first name no list knows, as one organization (session 37 probe, CP 2019 cabinet shuffle; rolePersons splits
 * such a span only after a known first name). So is a title of two words or more the gazetteer knows before a
 * known first name ("Grand Chief Alvin Fiddler of …" left untagged: CP 2016 probe; Reuters: "Group Chief Executive
 * Brian Corby" gained his title, and "BIL Chief Executive Paul Collins" kept the firm "BIL"). The name is two or
 * three name-shaped words one space from the
 * title and from each other, none of them a function word or a date's, the first no ordinary word unless a
 * first name, ending as no organization, place or thing ("Dana Whitlow Trust"), not a place the gazetteer
 * knows, and no other span's words.
 */
import { TITLE_ABBREVIATIONS } from "../../lexicon/abbreviations.js";
import { DATE_WORDS } from "../../lexicon/attribution-phrases.js";
import { MEMBER_TITLES } from "../../lexicon/name-descriptors.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isOneSpaceRun } from "../../text/spacing.js";
import { isCapitalized, isNameShapedOrElided } from "../../text/word-shape.js";
import type { Token } from "../../types.js";
import { isKnownFirstName } from "./first-name.js";
import type { Gazetteer } from "./gazetteer.js";
import { endsAsNonPerson } from "./person-span.js";
import { isKnownPlace, keyOf } from "./places.js";
import { isRoleNoun } from "./role-nouns.js";
import type { TokenSpan } from "./spans.js";
import { titleBefore } from "./title-phrases.js";

/** Abbreviated titles that stand before no name ("St" a saint's or a street's, "Jr" and "Sr" after the name). */
const NOT_BEFORE_NAMES: ReadonlySet<string> = new Set(["st", "sr", "jr", "lt.gov"]);

/**
 * The legislators' titles in capitals, and the abbreviated titles written without their stop in title case ("Sen
 * Mark Hatfield", "Gen Qamar Javed Bajwa", "Rep David Obey": Reuters and British and South Asian papers drop the
 * stop; the tagger, trained on "Sen." mostly, read them as one organization or MISC span, or nothing).
 */
const TITLES: ReadonlySet<string> = new Set([
  ...MEMBER_TITLES.map((title) => title.toUpperCase()),
  ...[...TITLE_ABBREVIATIONS]
    .filter((title) => !NOT_BEFORE_NAMES.has(title))
    .map((title) => title.charAt(0).toUpperCase() + title.slice(1)),
]);

/** Most words of the name after the title. */
const MOST_NAME_WORDS = 3;

/** The spans with each titled name the file's comment describes made a person's span. */
export function memberTitleSpans(
  spans: readonly TokenSpan[],
  tokens: readonly Token[],
  first: number,
  end: number,
  gaz: Gazetteer,
): TokenSpan[] {
  let out = spans as TokenSpan[];
  for (let at = first; at < end - 2; at++) {
    const words = TITLES.has((tokens[at] as Token).text) ? 1 : titlePhraseEnding(tokens, at, first, gaz);
    if (words === 0) continue;
    const nameEnd = nameRunEnd(tokens, at + 1, end, gaz);
    if (nameEnd < 0) continue;
    out = withPerson(out, tokens, at + 1 - words, at + 1, nameEnd);
  }
  return out;
}

/**
 * The words of a title of two words or more that the gazetteer knows ending at `at` with a known first name after
 * it ("Grand Chief Alvin Fiddler of …": the tagger, which reads one word's kinds, left the name untagged; "Chief"
 * alone is no title, it opens "Chief Financial Officer"), else 0. The first name is asked first: most words are none.
 */
function titlePhraseEnding(tokens: readonly Token[], at: number, first: number, gaz: Gazetteer): number {
  const next = tokens[at + 1] as Token;
  if (!isCapitalized((tokens[at] as Token).text) || !isKnownFirstName(next.text)) return 0;
  const title = titleBefore(tokens, at + 1, first, gaz);
  return title !== null && title.length >= 2 ? title.length : 0;
}

/** Where the name that starts at `from` ends, or -1 when the words there make none. */
function nameRunEnd(tokens: readonly Token[], from: number, end: number, gaz: Gazetteer): number {
  let to = from;
  while (to < end && to - from < MOST_NAME_WORDS && isNameWord(tokens[to] as Token)) to++;
  if (to - from < 2 || !isOneSpaceRun(tokens, from - 1, to)) return -1;
  const opener = (tokens[from] as Token).text;
  if (gaz.ordinaryWords.has(opener.toLowerCase()) && !isKnownFirstName(opener)) return -1;
  // ("Det Chief Insp Vanessa Smith": a rank's word after the title opens no name; a surname may be one, "Fiddler".)
  if (isRoleNoun(opener)) return -1;
  if (endsAsNonPerson(tokens, from, to) !== null) return -1;
  return isKnownPlace(keyOf(tokens, from, to), gaz) ? -1 : to;
}

function isNameWord(token: Token): boolean {
  return (
    token.kind === "word" &&
    isNameShapedOrElided(token.text) &&
    !STOPWORDS.has(token.lower) &&
    !DATE_WORDS.has(token.lower)
  );
}

/**
 * The spans with the name after the title that starts at `title` (the name from the title's end to `nameEnd`) a
 * person's: of a span over the title, the words before the title stay as they were read ("[Liberal] MP"), and the
 * title goes (it names no one alone); a span over the name's words alone gives way to the person's. Unchanged when
 * a span runs past the name or the tagger read the name as a person already.
 */
function withPerson(
  spans: TokenSpan[],
  tokens: readonly Token[],
  title: number,
  from: number,
  nameEnd: number,
): TokenSpan[] {
  const out: TokenSpan[] = [];
  for (const span of spans) {
    if (span.end <= title || span.first >= nameEnd) out.push(span);
    else if (span.end > nameEnd || (span.label === "PER" && span.first === from)) return spans;
    // (A person's span whose words before the title are a rank's holds no one's name there: "[Chief] Insp" of "Det
    // Chief Insp Vanessa Holt"; "[BIL] Chief Executive" keeps the firm.)
    else if (span.first < title && !(span.label === "PER" && allRoleNouns(tokens, span.first, title)))
      out.push({ label: span.label, first: span.first, end: title });
  }
  out.push({ label: "PER", first: from, end: nameEnd });
  out.sort((a, b) => a.first - b.first);
  return out;
}

/** Whether every token in [first, end) is a role noun or title ("Chief", "Deputy Assistant"). */
function allRoleNouns(tokens: readonly Token[], first: number, end: number): boolean {
  for (let i = first; i < end; i++) if (!isRoleNoun((tokens[i] as Token).text)) return false;
  return true;
}
