/**
 * A people's adjective that opens a firm's name ("Tarvenian Airlines", "Ostrovian Petroleum Co Plc", "Ostrovian
 * Telephone and Telegraph Co") is part of the firm's name, no mention of the country: the tagger reads the adjective
 * apart (a demonym) and the rest as an organization, or leaves the rest untagged. Reuters bench (`annotate`): 239
 * records change; `entities`' demonyms of the United Kingdom 638 -> 519, the United States 665 -> 576; a firm's
 * pieces ("Telegraph Co" in 49 documents, "Petroleum Co Plc" in 22) are its full names, and "BP" joins "British
 * Petroleum". Of 60 changed records read (seed 2025120203): 57 better, 1 neither (a name cut after "Midland
 * and"), 2 worse: two firms joined by "and" read as one, and "the British <Firm> Plc", where the adjective only
 * said whose the firm was. A government's body keeps its country ("the Ostrovian Finance Ministry": no firm's
 * ending), and so do a name's words that run on past the firm's word ("Ostrovian Oil Minister").
 */
import { mentionAt } from "../../extract/mention.js";
import { BODY_NAME_WORDS, FIRM_ENDINGS, isLegalFormWord } from "../../lexicon/organization-suffixes.js";
import { tokenAt } from "../../text/token-at.js";
import { isCapitalizedWord } from "../../text/word-shape.js";
import type { Mention, Token } from "../../types.js";

/** Words that join a firm's name words ("Telephone and Telegraph", "Bank of Ostrovia"), between two of them. */
const NAME_JOINS: ReadonlySet<string> = new Set(["and", "&", "of"]);

/** A word that ends a firm's name: a legal form or a firm's word ("Airlines", "Petroleum"). */
function endsFirm(token: Token): boolean {
  return isLegalFormWord(token.text) || FIRM_ENDINGS.has(token.lower);
}

/** Within a name: one space, or one line break (a wire's wrapped line). */
function joinsName(text: string, from: number, to: number): boolean {
  const gap = text.slice(from, to);
  return gap === " " || gap === "\n";
}

/**
 * The end of the firm's name a demonym ending at `end` opens, or -1: the capitalized words after it (joined by
 * "and", "&" or "of" between two of them, but not after a legal form: "<Firm> Co and <Firm2> BV" are two), the
 * first on its line, all of them up to the next word that is not one, the last a firm's ending, none a state
 * body's word ("the Ostrovian Ministry of Petroleum", "Department", "Agency": BODY_NAME_WORDS).
 */
function firmEnd(text: string, tokens: readonly Token[], end: number): number {
  let at = tokenAt(tokens, end);
  let token = tokens[at];
  if (token === undefined || text.slice(end, token.start) !== " ") return -1;
  let last: Token | null = null;
  let previousEnd = end;
  for (; token !== undefined; token = tokens[++at]) {
    if (!joinsName(text, previousEnd, token.start)) break;
    if (NAME_JOINS.has(token.lower) && last !== null) {
      if (isLegalFormWord(last.text)) break;
      const next = tokens[at + 1];
      if (!isCapitalizedWord(next) || !joinsName(text, token.end, (next as Token).start)) break;
    } else if (!isCapitalizedWord(token)) break;
    else if (BODY_NAME_WORDS.has(token.lower)) return -1;
    else last = token;
    previousEnd = token.end;
  }
  // The run must end at its firm's word: a capitalized word after it ("Oil Minister") makes it another name.
  return last !== null && last.end === previousEnd && endsFirm(last) ? last.end : -1;
}

/**
 * Whether a bracketed acronym after the name spells its words without the demonym ("The Ostrovian State Trading
 * Corporation (STC)"): the adjective only says whose the body is. Reuters bench: 2 such records, whose "STC" lost
 * its name when the demonym was taken in.
 */
function acronymLeavesDemonym(text: string, tokens: readonly Token[], start: number, end: number): boolean {
  const letters = /^\s\((\p{Lu}{2,})\)/u.exec(text.slice(end, end + 16))?.[1];
  if (letters === undefined) return false;
  let initials = "";
  for (let at = tokenAt(tokens, start); at < tokens.length && (tokens[at] as Token).end <= end; at++) {
    const token = tokens[at] as Token;
    if (isCapitalizedWord(token)) initials += token.text[0];
  }
  return initials === letters;
}

/** The words of a name, whatever spaces or line breaks are between them. */
const spaced = (name: string): string => name.replace(/\s+/g, " ");

/**
 * The mentions with each demonym that opens a firm's name made one organization with it, the organizations the
 * tagger read inside the name taken in. Left as they are when the name holds another kind of mention (a person,
 * a place, another demonym: "Ostrovian Gas and Ostrovian Telecom" is two firms). Then a demonym right before an
 * organization that, with it, opens a firm's name so made is that firm's short name too ("Ostrovian Video" of
 * "Ostrovian Video Group Inc" later in the document). Returns the same array when none.
 */
export function withDemonymFirms(mentions: Mention[], text: string, tokens: readonly Token[]): Mention[] {
  let changed: Mention[] | null = null;
  const firms: string[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const end = m.type === "demonym" && /\p{Ll}/u.test(m.text) ? firmEnd(text, tokens, m.end) : -1;
    let inside = i + 1;
    while (inside < mentions.length && (mentions[inside] as Mention).start < end) inside++;
    const taken = mentions.slice(i + 1, inside);
    if (
      end < 0 ||
      taken.some((t) => t.type !== "organization" || t.end > end) ||
      acronymLeavesDemonym(text, tokens, m.end + 1, end)
    ) {
      changed?.push(m);
      continue;
    }
    changed ??= mentions.slice(0, i);
    const name = text.slice(m.start, end);
    changed.push(mentionAt(m.start, end, name, "organization", spaced(name)));
    firms.push(`${spaced(name)} `);
    i = inside - 1;
  }
  if (changed === null) return mentions;
  return firms.length === 0 ? changed : withShortFirmNames(changed, text, firms);
}

/** A demonym and the organization right after it that open one of `firms` (names, each with a space after). */
function withShortFirmNames(mentions: Mention[], text: string, firms: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as Mention;
    const next = mentions[i + 1];
    if (m.type === "demonym" && next?.type === "organization" && joinsName(text, m.end, next.start)) {
      const name = spaced(text.slice(m.start, next.end));
      if (firms.some((firm) => firm.startsWith(`${name} `))) {
        out.push(mentionAt(m.start, next.end, text.slice(m.start, next.end), "organization", name));
        i++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
