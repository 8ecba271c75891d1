/**
 * The explicit-attribution check: quotes whose closing mark is followed at once by a reporting verb and a
 * capitalized name (`”, said Mr. Smith`, `” — said Ann Lee`) or by a name and a verb (`,” Ann Lee said`,
 * `,” Conservative Leader Ann Lee told reporters`). A careful reader gets every one of these right, so it
 * needs no annotation: it runs on PolNeAR and on the unannotated bench corpus alike.
 *
 * The detector is a plain regular expression over the raw text, written apart from the extractor (its own
 * short verb list, no tokens, no lexicon), so that it does not share the extractor's blind spots. For each
 * hit it asks: did we find a quote ending at that closing mark (`found`: any quote; `direct`: a non-partial
 * one), and does our speaker mention overlap the name (`speaker right`), and does it cover the whole
 * name with its title (`mention covers name`), and is the speaker resolved to that name (`named`; an
 * organization speaker is named when it keeps that organization, as docs/annotate-contract.md says it should)?
 */
import type { Quote, Span } from "../../src/types.js";
import { foldName } from "./named-speaker.js";

const VERBS =
  "said|says|told|tells|added|adds|asked|asks|explained|explains|wrote|writes|warned|warns|noted|insisted|insists|" +
  "replied|replies|revealed|reveals|recalled|recalls|tweeted|tweets|responded|responds|conceded|admitted|admits|" +
  "claimed|continued|stated|posted|confirmed|agreed|argued|declared";
/** After the quote, "told" is followed by the listener ("”, told Reuters"), not the speaker. */
const INVERTED_VERBS = VERBS.replace("told|tells|", "");
/** One capitalized word of a name, or a title with or without its period ("Mr", "Mr.", "Dr.", "O’Toole"). */
const NAME_WORD = "\\p{Lu}[\\p{L}’'.-]*";
/** A space, or a line break that does not start a paragraph (hard-wrapped wire text). */
const SPACE = "(?:[ \\t]+|[ \\t]*\\n(?![ \\t]{2}|\\n))";
const NAME = `${NAME_WORD}(?:${SPACE}(?:(?:de|van|von|bin|al|da)${SPACE})?${NAME_WORD}){0,5}`;
const NOT_ROLE = `(?:of|in|at|on|for|from|with|to|and|after|before|when|that|as|by|who|${VERBS})\\b`;
/**
 * Lower-case role words between an employer and the person: "Refco analyst Mike Connery", two roles joined by
 * "and" ("Acme president and chief executive Ann Lee"), and a comma before the person ("Acme chief
 * economist, Ann Lee").
 */
const ROLE_WORDS = `(?:${SPACE}(?!${NOT_ROLE})[\\p{Ll}]+){1,3}(?:${SPACE}and(?:${SPACE}(?!${NOT_ROLE})[\\p{Ll}]+){1,3})?,?`;
/**
 * A closing mark right after the quote's last character, then an optional comma or dash. Not after a
 * period: `“… .” Smith said` may open the next sentence rather than attribute this one. A straight single
 * mark (British `'…,' said Mr Smith`) only after punctuation: after a letter it is mostly an apostrophe. Not
 * after one quoted word: a nickname inside a name (`C.J. “Pete” Roe said`) closes no statement (2 of the
 * Reuters bench's 12 misses were such nicknames).
 */
const CLOSE = `(?:(?<=[\\p{L}\\p{N},!?…—–-])(?<![“"]\\p{L}+)["”’]|(?<=[,!?…])')(?:[ \\t]*[,—–-]+)?[ \\t]+`;
/**
 * An age between commas after the name (`,' Jane Roe, 45, said`), or a relative clause or appositive with no
 * comma inside (`,' Jane Roe, who chairs the club, explained`, `, Jane Roe, a club member, said`).
 */
const AGE = `(?:,[ \\t]*(?:\\d{1,3}|(?:who|whose|a|an|the)\\b[^,"“”‘’\\n]{1,100}),)?`;
/** An employer before the role words: "Bear Stearns and Co", "Jardine Fleming (Securities) Ltd". */
const EMPLOYER = `${NAME}(?:${SPACE}(?:(?:and|&|of)${SPACE}${NAME}|\\(${NAME}\\)(?:${SPACE}${NAME})?))*`;
/** An employer's possessive before the person: "Bank of Tokyo's Kimura", "Acme's Roe", "Acme Motors' Roe". */
const POSSESSIVE = "(?:['’]s|(?<=s)['’])";
const VERB_THEN_NAME = new RegExp(
  `${CLOSE}(?:${INVERTED_VERBS})${SPACE}(?:${EMPLOYER}${ROLE_WORDS}${SPACE}|${EMPLOYER}${POSSESSIVE}${SPACE})?(${NAME})`,
  "gu",
);
const NAME_THEN_VERB = new RegExp(
  `${CLOSE}(?:${NAME}${ROLE_WORDS}${SPACE}|${EMPLOYER}${POSSESSIVE}${SPACE})?(${NAME})${AGE}${SPACE}(?:${VERBS})\\b(?!${SPACE}(?:he|she|they|it|that|we|I)\\b)`,
  "gu",
);
/** Capitalized words that are not names: pronouns and the like opening an attribution. */
const NOT_NAMES = new Set(["He", "She", "It", "They", "We", "I", "You", "The", "This", "That", "A", "An"]);
/** A word ending in a possessive: the employer's ("Acme's Roe"), not the person's name. */
const POSSESSIVE_WORD = /^\p{Lu}.*(?:['’]s|s['’])$/u;
/**
 * Capitalized offices that end an employer and its title ("Acme Managing Director Ann Lee", "Vice Chairman and
 * Chief Financial Officer Ann Lee"); courtesy titles and ranks (Mr, Sen., Gen.) stay part of the name.
 */
const OFFICE =
  /^(?:President|Chairman|Chairwoman|Director|Officer|Executive|Secretary|Minister|Manager|Treasurer|Economist|Analyst|Spokesman|Spokeswoman)$/;
/**
 * A capitalized compound ending in a participle ("Ohio-based", "London-born", "Oscar-winning") describes the name
 * after it and is no part of it; read as a name word, it made a mention holding the name alone "not cover" it.
 */
const DESCRIBER = /^\p{Lu}[\p{L}.]*(?:-\p{L}+)*-(?:\p{Ll}+(?:ed|ing)|born|bred|built|grown|made|run)$/u;
/** A day or month after the verb dates the statement (`,” said Tuesday`), and is no part of a name. */
const DATE =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

export interface ExplicitAttribution {
  /** Offset just after the closing mark. */
  quoteEnd: number;
  /** The name run, titles included. */
  name: Span;
}

/** Every explicit attribution in a text, in text order. */
export function findExplicitAttributions(text: string): ExplicitAttribution[] {
  const found: ExplicitAttribution[] = [];
  for (const pattern of [VERB_THEN_NAME, NAME_THEN_VERB]) {
    for (const m of text.matchAll(pattern)) {
      const run = (m[1] as string).split(/(\s+)/);
      // A word of five letters or more with a full stop ends the sentence, and the name ("said Lopez. He
      // added"); initials and titles ("C.", "Sen.", "Capt.") do not.
      const stop = run.findIndex((w, i) => i < run.length - 1 && /^\p{Lu}\p{Ll}{4,}\.$/u.test(w));
      const words = (stop < 0 ? run : run.slice(0, stop + 1))
        .join("")
        .replace(/[.’']+$/u, "")
        .split(/(\s+)/);
      while (words.length > 0 && DATE.test(words.at(-1) as string)) words.splice(-2, 2);
      // The person starts after an employer's possessive, an office or a describer read into the name run
      // ("Acme's Roe", "Acme Vice President Ann Lee", "Ohio-based Ann Lee"): the run is not the name's.
      const cut = words.findLastIndex(
        (w, i) => i < words.length - 1 && (POSSESSIVE_WORD.test(w) || OFFICE.test(w) || DESCRIBER.test(w)),
      );
      const skipped = cut < 0 ? "" : words.slice(0, cut + 2).join("");
      const name = words.slice(cut < 0 ? 0 : cut + 2).join("");
      if (name === "" || NOT_NAMES.has(name.split(/\s+/)[0] as string)) continue;
      const at = (m.index as number) + m[0].lastIndexOf(m[1] as string) + skipped.length;
      found.push({ quoteEnd: (m.index as number) + 1, name: { start: at, end: at + name.length } });
    }
  }
  return found.sort((a, b) => a.quoteEnd - b.quoteEnd);
}

export interface ExplicitScore {
  attributions: number;
  found: number;
  direct: number;
  speakerRight: number;
  covers: number;
  named: number;
  misses: string[];
}

export const emptyExplicitScore = (): ExplicitScore => ({
  attributions: 0,
  found: 0,
  direct: 0,
  speakerRight: 0,
  covers: 0,
  named: 0,
  misses: [],
});

const overlaps = (a: Span, b: Span): boolean => Math.min(a.end, b.end) > Math.max(a.start, b.start);

/** A generational suffix after the surname ("Ann Lee Jr."): the surname is the word before it. */
const SUFFIX = /,?\s+(?:Jr|Sr|II|III|IV)\.?$/;

/** Whether an organization speaker's canonical name holds the attribution's name, or spells it in initials. */
function namesOrganization(organization: string | undefined, name: string, surname: string): boolean {
  if (organization === undefined) return false;
  const words = foldName(organization).split(/\s+/);
  if (words.map((w) => w.replace(/'s$/, "")).includes(surname)) return true;
  const initials = [...organization.matchAll(/\b\p{Lu}/gu)].map((c) => c[0]).join("");
  return /^\p{Lu}{2,}$/u.test(name) && initials === name;
}

/** Adds one document's explicit attributions to `score`; a miss is kept (as context) for error listings. */
export function scoreExplicit(score: ExplicitScore, text: string, quotes: readonly Quote[]): void {
  for (const a of findExplicitAttributions(text)) {
    score.attributions += 1;
    // A quote split around its attribution ends later: any quote holding the closing mark counts.
    const quote = quotes.find((q) => q.start < a.quoteEnd && q.end >= a.quoteEnd);
    const mention = quote?.speaker.mention ?? null;
    const right = mention !== null && overlaps(mention, a.name);
    if (quote !== undefined) score.found += 1;
    if (quote !== undefined && !quote.partial) score.direct += 1;
    if (right) score.speakerRight += 1;
    const covers = right && mention.start <= a.name.start && mention.end >= a.name.end;
    if (covers) score.covers += 1;
    // Resolved as the held-out scorer asks: to a named PERSON (not an organization) whose canonical name
    // holds the name's last word.
    const nameText = text.slice(a.name.start, a.name.end).replace(SUFFIX, "");
    const surname = foldName(nameText.split(/\s+/).at(-1) ?? "").replace(/'s$/, "");
    const named = quote?.speaker.name ?? "";
    // An organization speaker (`,” Acme said`) is right when it keeps that organization (the contract:
    // `name: null`, `speaker.organization` its canonical name, or the name an acronym of it).
    const isNamed =
      surname !== "" &&
      (foldName(named).split(/\s+/).includes(surname) ||
        namesOrganization(quote?.speaker.organization, nameText, surname));
    if (isNamed) score.named += 1;
    if (quote?.partial === true) {
      const from = Math.max(0, quote.start - 60);
      score.misses.push(
        `PARTIAL ${JSON.stringify(`${text.slice(from, quote.start)}[[${text.slice(quote.start, quote.end)}]]${text.slice(quote.end, a.name.end + 30)}`)}`,
      );
    }
    if (!covers || !isNamed) {
      const from = Math.max(0, a.quoteEnd - 80);
      const shown = `${text.slice(from, a.quoteEnd)}[[${text.slice(a.quoteEnd, a.name.end + 30)}]]`;
      score.misses.push(
        `${quote === undefined ? "MISS" : `${right ? (covers ? "NAME" : "PART") : "SPK"} ours=${JSON.stringify(mention?.text ?? null)} name=${JSON.stringify(quote.speaker.name)}${quote.speaker.organization === undefined ? "" : ` org=${JSON.stringify(quote.speaker.organization)}`}`} ${JSON.stringify(shown)}`,
      );
    }
  }
}

const pct = (part: number, whole: number): string => (whole === 0 ? "-" : ((100 * part) / whole).toFixed(1));

/**
 * One table row: attributions, found %, named % (the headline: the speaker resolved to a person whose
 * name holds the name's last word, the held-out scorer's sense), found as direct %, speaker right %
 * (our mention overlaps the name) and mention covers the name %.
 */
export function explicitRow(name: string, s: ExplicitScore): string[] {
  return [
    name,
    String(s.attributions),
    pct(s.found, s.attributions),
    pct(s.named, s.attributions),
    pct(s.direct, s.attributions),
    pct(s.speakerRight, s.attributions),
    pct(s.covers, s.attributions),
  ];
}

export const EXPLICIT_HEADER = [
  "explicit attribution",
  "quotes",
  "found",
  "named",
  "direct",
  "speaker right",
  "covers name",
];
