/**
 * Names inside the title of a work are no people: a person mention within a short title-case quotation ("When
 * Love Comes to Town", "American Pie"), and a one-word name the document only ever writes as the possessive
 * of a capitalized name ("Valentine's Day", "Crabbie's Grand National") or of a disease ("Alzheimer's disease");
 * a quoted name alone after a work's noun or a verb of making one ("the film "Marnie Gale"", "wrote “Wendy
 * Harrow,”").
 */
import { gazetteer, Kind } from "../../extract/entities/gazetteer.js";
import { CREATION_VERBS, TITLED_WORKS, WORK_NOUNS } from "../../lexicon/introducing-nouns.js";
import { REPORTING_VERBS } from "../../lexicon/reporting-verbs.js";
import { STOPWORDS } from "../../lexicon/stopwords.js";
import { isCapitalized } from "../../text/word-shape.js";
import type { Mention } from "../../types.js";

const NAME_KINDS = Kind.firstName | Kind.lastName;
/** The most words a quoted title has: a longer quotation is speech. */
const MAX_TITLE_WORDS = 8;
/** How far from the mention its quotation marks may be (characters, each side). */
const REACH = 80;

/** The quotation [open, close) around [start, end) on one line, or null. */
function quotationAround(text: string, start: number, end: number): { open: number; close: number } | null {
  const from = Math.max(0, start - REACH);
  const before = text.slice(from, start);
  const after = text.slice(end, Math.min(text.length, end + REACH));
  const lineStart = before.lastIndexOf("\n") + 1;
  const lineEnd = after.indexOf("\n") < 0 ? after.length : after.indexOf("\n");
  const left = before.slice(lineStart);
  const right = after.slice(0, lineEnd);
  const curlyOpen = left.lastIndexOf("“");
  if (curlyOpen >= 0 && left.indexOf("”", curlyOpen) < 0) {
    const close = right.indexOf("”");
    return close < 0 ? null : { open: from + lineStart + curlyOpen + 1, close: end + close };
  }
  const single = singleQuotationAround(left, right);
  if (single !== null) return { open: from + lineStart + single.open, close: end + single.close };
  const doubled = doubledQuotationAround(left, right);
  if (doubled !== null) return { open: from + lineStart + doubled.open, close: end + doubled.close };
  // Straight marks open and close alike: an opening one is followed by a word, a closing one follows a word.
  const open = left.lastIndexOf('"');
  const close = right.indexOf('"');
  if (open < 0 || close < 0) return null;
  const openAt = from + lineStart + open;
  const closeAt = end + close;
  const opens = /\S/u.test(text.charAt(openAt + 1)) && /^[\s([—–-]?$/u.test(text.charAt(openAt - 1));
  const closes =
    /\S/u.test(text.charAt(closeAt - 1)) && /^[\s.,;:!?)\]—–-]?$/u.test(text.charAt(closeAt + 1));
  return opens && closes ? { open: from + lineStart + open + 1, close: end + close } : null;
}

/**
 * Single marks around a name ("'Dust Kings' movie", "‘Oliver and the Glass Tower,'"), British style and
 * American titles inside a quotation: an opening mark after a space before a capital, a closing one (curly or
 * straight, either may close a curly one) after a word and before no letter, so that no apostrophe ("Brisco’s",
 * "Jones' car") counts. [open, close) relative to `left`'s start and to `right`'s start.
 */
function singleQuotationAround(left: string, right: string): { open: number; close: number } | null {
  // No opening mark, no quotation: most names' lines hold none (then no pattern runs).
  if (!left.includes("'") && !left.includes("‘")) return null;
  const opening = /(?:^|[\s([—–-])[‘'](?=\p{Lu}|$)/gu;
  let open = -1;
  // An exec loop, not matchAll (which clones the pattern and makes an iterator): each match holds its mark.
  for (let m = opening.exec(left); m !== null; m = opening.exec(left)) open = m.index + m[0].length;
  if (open < 0 || /\S[’'](?!\p{L})/u.test(left.slice(open))) return null;
  const close = /(?:^|\S)[’'](?!\p{L})/u.exec(right);
  return close === null ? null : { open, close: close.index + close[0].length - 1 };
}

/**
 * Two apostrophes as a double quotation mark (''Harbor Lights'', an archive's and a typewriter's style): an opening
 * pair after a space or a bracket before a capital, a closing pair after a word. [open, close) relative to
 * `left`'s start and to `right`'s start.
 */
function doubledQuotationAround(left: string, right: string): { open: number; close: number } | null {
  const open = left.lastIndexOf("''");
  if (open < 0 || !/^[\s([—–-]?$/u.test(left.charAt(open - 1))) return null;
  const inside = left.slice(open + 2);
  if (inside !== "" && !/^\p{Lu}/u.test(inside)) return null;
  const close = right.indexOf("''");
  if (close < 0 || /\s/u.test(right.charAt(close - 1))) return null;
  return { open: open + 2, close };
}

/** Whether a quotation is a title: a few words, each capitalized or a function word, more than the name's. */
function isQuotedTitle(quoted: string, name: string): boolean {
  const words = quoted.match(/[\p{L}\p{N}'’]+/gu) ?? [];
  if (words.length > MAX_TITLE_WORDS || words.length <= (name.match(/[\p{L}\p{N}'’]+/gu) ?? []).length)
    return false;
  if (!words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || STOPWORDS.has(w.toLowerCase()))) return false;
  // A word of the title beside the name that is an ordinary word ("Pie"): a list of names or a name called out
  // ("Peterson, Daniels!") is no title.
  const gaz = gazetteer();
  const own = new Set((name.match(/[\p{L}\p{N}'’]+/gu) ?? []).map((w) => w.toLowerCase()));
  return words.some((w) => {
    const key = w.toLowerCase();
    return (
      !own.has(key) &&
      isCapitalized(w) &&
      gaz.ordinaryWords.has(key) &&
      ((gaz.phrases.get(key) ?? 0) & NAME_KINDS) === 0
    );
  });
}

/** Whether the person mention lies inside a quoted title of a work. */
export function inQuotedTitle(text: string, mention: Pick<Mention, "start" | "end" | "text">): boolean {
  const quotation = quotationAround(text, mention.start, mention.end);
  return quotation !== null && isQuotedTitle(text.slice(quotation.open, quotation.close), mention.text);
}

/** Whether a one-word mention is written as a possessive before a capitalized word or a disease noun. */
export function isPossessiveOfThing(text: string, mention: Pick<Mention, "end">): boolean {
  const after = text.slice(mention.end, mention.end + 40);
  return /^['’]s\s+(?:\p{Lu}|disease\b|syndrome\b)/u.test(after);
}

/** An opening quotation mark right before the name, and the words before it (the last two). */
const CUE_BEFORE = /(?:^|\s)(?:(\p{L}[\p{L}-]*)\s+)?(\p{L}[\p{L}-]*)\s+["“‘']$/u;
/** The closing quotation mark right after the name, a comma or a full stop allowed inside. */
const CLOSED_AFTER = /^[,.!?]?["”’']/u;

/**
 * Whether the person mention is a quoted title alone after a work's noun or a verb of making one ("the film
 * "Marnie Gale"", "wrote “Wendy Harrow,”", "starred in "Marnie Gale""). FIT sample (session 10): a play's title
 * after "wrote"; Reuters bench: no such quotation.
 */
export function isQuotedWork(text: string, mention: Pick<Mention, "start" | "end">): boolean {
  if (!CLOSED_AFTER.test(text.slice(mention.end, mention.end + 2))) return false;
  const cue = CUE_BEFORE.exec(text.slice(Math.max(0, mention.start - 40), mention.start));
  if (cue === null) return false;
  const last = (cue[2] as string).toLowerCase();
  if (WORK_NOUNS.has(last) || CREATION_VERBS.has(last)) return true;
  return last === "in" && CREATION_VERBS.has((cue[1] ?? "").toLowerCase());
}

/** An opening quotation mark right before a name, after the line's start, a space or a bracket. */
const OPENED_BEFORE = /(?:^|[\s([—–-])(?:["“‘]|'{1,2})$/u;
/** A closing quotation mark right after a name (a comma or full stop allowed inside), no letter after it. */
const CLOSED_ALONE_AFTER = /^[,.]?(?:["”]|[’']{1,2})(?!\p{L})/u;

/** A name given in quotation marks ("gave his name as "Otto Brand,"", "her name is ‘Ruth’"): a person's. */
const NAME_GIVEN_BEFORE = /\bname\s+(?:is|was|as)\s+\S{1,2}$/iu;

/**
 * Whether a person mention is a whole quotation by itself (“Harbourlight.”, "Copper Moon" the song, ''Dunmore''),
 * not a name given as one: a name in quotation marks with nothing else inside is a title or a nickname, not the
 * person of the story.
 */
export function isWholeQuotation(text: string, mention: Pick<Mention, "start" | "end">): boolean {
  return (
    OPENED_BEFORE.test(text.slice(Math.max(0, mention.start - 3), mention.start)) &&
    CLOSED_ALONE_AFTER.test(text.slice(mention.end, mention.end + 4)) &&
    !NAME_GIVEN_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start)) &&
    !isAttributedQuote(text, mention.end)
  );
}

/**
 * Whether a reporting verb is among the three words after the closing mark ("“Dana Whitlow,” Omar Haddad said,
 * “is right.”"): the name is the start of someone's words, not a title.
 */
function isAttributedQuote(text: string, end: number): boolean {
  const words = text.slice(end, end + 60).match(/\p{L}+/gu) ?? [];
  return words.slice(0, 3).some((word) => REPORTING_VERBS.has(word));
}

/**
 * The person mentions that are only ever written as a whole quotation: no mention of the document outside quotation
 * marks shares a word with them (“Harbourlight” on a streaming service; "Benny" "Okafor" nicknames beside a full name stay out too,
 * "Dana" the nickname of someone named "Dana Whitlow" elsewhere stays in).
 */
export function quotedOnlyNames(text: string, mentions: readonly Mention[]): Set<Mention> {
  const quoted: Mention[] = [];
  const outsideWords = new Set<string>();
  for (const m of mentions) {
    if (m.type !== "person") continue;
    if (isWholeQuotation(text, m)) quoted.push(m);
    else for (const word of m.text.toLowerCase().split(/\s+/)) outsideWords.add(word);
  }
  const found = new Set<Mention>();
  for (const m of quoted)
    if (
      !m.text
        .toLowerCase()
        .split(/\s+/)
        .some((word) => outsideWords.has(word))
    )
      found.add(m);
  return found;
}

/** An article or a possessive opening an apposition after a name, and the three words after it. */
const WORK_APPOSITION = /^,\s+(?:the|a|an|his|her|their|its)((?:\s+[\p{L}\p{N}-]+){1,3})/u;
/** What may follow the work's noun in that apposition: the phrase's end or what the work is or did. */
const AFTER_WORK_NOUN =
  /^(?:[,.;:)!?]|\s+(?:that|which|about|by|starring|from|set|based|directed|written|released)\b)/u;
/** "X, the sequel to", "X, a remake of": a work's kin in apposition after its name. */
const KIN_APPOSITION =
  /^,\s+(?:the|a|an|his|her|their|its)\s+(?:[\p{Ll}\d-]+\s+)?(?:sequel|prequel|follow-up|remake)\s+(?:to|of)\b/u;
/** "a remake of X", "the sequel to X", "an adaptation of X": the name after is a work's. */
const KIN_BEFORE =
  /(?:^|[^\p{L}])(?:remake|sequel|prequel|adaptation|reboot|spin-off|spinoff)\s+(?:of|to)\s+$/u;
/**
 * "her new novel, X," "his latest album, X,", "Whitlow's new film, X,": a work's noun after a possessive, then the
 * name between commas (a name's possessive since session 23: invented showbiz texts). "a new musical, X," too (session
 * 27 probe of 42 invented local articles: 1 such work listed as a person). Not after "the" ("the movie, Ben, was long" addresses a listener on GUM podcast).
 */
const OWN_WORK_BEFORE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Aa]n?|\p{Lu}\p{L}*['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,2}(?:${[...TITLED_WORKS].join("|")}),\s+$`,
  "u",
);
/**
 * "the star of his new film, X,": after "of", the name in apposition is the person the phrase began with (invented
 * guard, session 23: the possessive's reading would leave the star out).
 */
const OF_OWN_WORK_BEFORE =
  /(?:^|[^\p{L}])of\s+(?:his|her|their|its|\p{Lu}\p{L}*['’]s)\s+(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}+,\s+$/u;
/**
 * "X, directed by Y": a film or a play is directed, and a person in apposition would be introduced, not credited
 * (session 27 probe: a festival's winning film listed as a person).
 */
const DIRECTED_AFTER = /^,\s+(?:written\s+and\s+)?directed\s+by\s/u;
/** "X, starring Y" (not "X, starring as Y": the actor). */
const STARRING_AFTER = /^,?\s+(?:co-)?starring\s+(?!as\b)/u;
/** "starred in X", "co-starring in X": a work after a verb of acting in one. */
const ACTED_IN_BEFORE = /\b(?:starred|stars|starring|co-starred|co-stars|co-starring)\s+in\s+$/u;

/**
 * Whether a work's noun in apposition follows the name (", the novel that", ", a 2004 film starring"): no
 * function word among its modifiers (", the star of the film," is a person's).
 */
function isWorkInApposition(after: string): boolean {
  const found = WORK_APPOSITION.exec(after);
  if (found === null) return false;
  const opening = found[0].length - (found[1] as string).length;
  const words = Array.from((found[1] as string).matchAll(/\S+/g), (w) => ({
    text: w[0],
    end: (w.index ?? 0) + w[0].length,
  }));
  const noun = words.findIndex((w) => TITLED_WORKS.has(w.text));
  if (noun < 0) return false;
  if (!words.slice(0, noun).every((w) => MODIFIER.test(w.text) && !STOPWORDS.has(w.text))) return false;
  return AFTER_WORK_NOUN.test(after.slice(opening + (words[noun] as { end: number }).end));
}
/** A modifier before a work's noun: a lower-case word or a year ("the 2004 film", "a new novel"). */
const MODIFIER = /^(?:\d{4}|\p{Ll}[\p{Ll}-]*)$/u;

/**
 * "In a new film, X, 34, plays a nurse": after a preposition, "a film" sets the scene and the name in apposition
 * opens the sentence's subject (an invented guard of session 27's "a new musical, X,").
 */
const SCENE_WORK_BEFORE =
  /(?:^|[^\p{L}])(?:in|on|for|from|with|at|of|to|into)\s+an?\s+(?:[\p{Ll}\d-]+\s+){0,2}\p{Ll}+,\s+$/iu;

/** "her new novel, " before a name, not after "of" (OWN_WORK_BEFORE, OF_OWN_WORK_BEFORE) nor a scene's "in a film". */
function isOwnWorkBefore(before: string): boolean {
  return OWN_WORK_BEFORE.test(before) && !OF_OWN_WORK_BEFORE.test(before) && !SCENE_WORK_BEFORE.test(before);
}

/**
 * The texts of the person mentions that name a work by their context: a work's noun in apposition after them
 * ("Wendy Harrow, the novel that made her famous"), "starring" after them ("Marnie Gale, starring Dana Whitlow"),
 * a verb of acting in a work before them ("starred in Marnie Gale"). Every mention of such a name is the
 * work's.
 * Null when none (most documents). Invented rows in tests/people-works.test.ts.
 */
export function worksByContext(text: string, mentions: readonly Mention[]): Set<string> | null {
  let found: Set<string> | null = null;
  for (const m of mentions) {
    if (m.type !== "person" || text.startsWith("'s", m.end) || text.startsWith("’s", m.end)) continue;
    const after = text.slice(m.end, m.end + 60);
    const before = text.slice(Math.max(0, m.start - 24), m.start);
    if (
      isWorkInApposition(after) ||
      STARRING_AFTER.test(after) ||
      DIRECTED_AFTER.test(after) ||
      (after.startsWith(",") && KIN_APPOSITION.test(after)) ||
      ACTED_IN_BEFORE.test(before) ||
      // The cheap test first: "of" or "to" somewhere before, or no kin's phrase.
      ((before.includes("of") || before.includes("to")) && KIN_BEFORE.test(before)) ||
      (after.startsWith(",") && isOwnWorkBefore(text.slice(Math.max(0, m.start - 48), m.start)))
    ) {
      found ??= new Set();
      found.add(m.text);
    }
  }
  return found;
}
